/**
 * `cdktf-external-oauth/validator`: the runtime that protects an API with the validation
 * profiles synthesized by the constructs. Never imports cdktf or constructs.
 */
export { TokenValidator } from './validator';
export type { TokenValidatorOptions, ResolvedOptions, ResolveUser, ResolvedUser, IsRevoked } from './options';
export type { Principal } from './principal';
export { TokenValidationError, TOKEN_ERROR_CODES, DEFAULT_REALM, bearerChallenge } from './errors';
export type { TokenErrorCode, BearerError } from './errors';
export { ValidatorConfigError, VALIDATOR_CONFIG_ERROR_CODES } from './config-error';
export type { ValidatorConfigErrorCode } from './config-error';
export { ExternalOAuthError } from '../util/error';
export { requireRole, requireScopes } from './authorize';
export { extractBearerToken, sendAuthError, authErrorHeaders, errorBody } from './http';
export type { IncomingRequestLike, ServerResponseLike, AuthenticateOptions } from './http';
export { expressMiddleware, fastifyOnRequest } from './adapters';
export type { AdapterOptions, ExpressMiddleware, ExpressRequestLike, FastifyReplyLike, FastifyRequestLike, RequestAuthenticator } from './adapters';
export type { ValidatorEvent, ValidatorEventListener, JwksFetchEvent, CacheHitEvent, AcceptedEvent, RejectedEvent } from './events';
export type { FetchLike, JwksFetchFailure } from './jwks-fetch';
export { runValidateToken } from './cli';
export type { ValidateTokenCommand } from './cli';
export { parseProfileSource, readProfileSource } from './profile-source';
export type { ProfileSource } from './profile-source';
export { checkProfiles } from './profile-rules';
export { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS } from './claim-rules';
export { DEFAULT_CLOCK_TOLERANCE_SECONDS } from './compiled-profile';
export { ACCESS_TOKEN_TYPES } from './header-rules';
