/**
 * `cdktf-external-oauth/validator`: the runtime that protects an API with the validation
 * profiles synthesized by the constructs. Never imports cdktf or constructs.
 */
export { ExternalOAuthError } from '../util/error';
export type {
  AdapterOptions,
  ExpressMiddleware,
  ExpressRequestLike,
  FastifyReplyLike,
  FastifyRequestLike,
  RequestAuthenticator,
} from './adapters';
export { expressMiddleware, fastifyOnRequest } from './adapters';
export { requireRole, requireScopes } from './authorize';
export { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS } from './claim-rules';
export type { ValidateTokenCommand } from './cli';
export { runValidateToken } from './cli';
export { DEFAULT_CLOCK_TOLERANCE_SECONDS } from './compiled-profile';
export type { ValidatorConfigErrorCode } from './config-error';
export { VALIDATOR_CONFIG_ERROR_CODES, ValidatorConfigError } from './config-error';
export type { BearerError, TokenErrorCode } from './errors';
export { bearerChallenge, DEFAULT_REALM, TOKEN_ERROR_CODES, TokenValidationError } from './errors';
export type { AcceptedEvent, CacheHitEvent, JwksFetchEvent, RejectedEvent, ValidatorEvent, ValidatorEventListener } from './events';
export { ACCESS_TOKEN_TYPES } from './header-rules';
export type { AuthenticateOptions, IncomingRequestLike, ServerResponseLike } from './http';
export { authErrorHeaders, errorBody, extractBearerToken, sendAuthError } from './http';
export type { FetchLike, JwksFetchFailure } from './jwks-fetch';
export type { IsRevoked, ResolvedOptions, ResolvedUser, ResolveUser, TokenValidatorOptions } from './options';
export type { Principal } from './principal';
export { checkProfiles } from './profile-rules';
export type { ProfileSource } from './profile-source';
export { parseProfileSource, readProfileSource } from './profile-source';
export { TokenValidator } from './validator';
