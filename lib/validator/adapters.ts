/**
 * Express middleware and Fastify `onRequest` hook, typed structurally (no express or fastify
 * dependency). On success the principal is stored on the request (`req.principal`); on a
 * {@link TokenValidationError} the RFC 6750 response is written; other errors go to the framework.
 */
import { requireRole, requireScopes } from './authorize';
import { TokenValidationError } from './errors';
import { AuthenticateOptions, authErrorHeaders, errorBody, IncomingRequestLike, sendAuthError, ServerResponseLike } from './http';
import { checkRealm } from './options';
import type { Principal } from './principal';

/** Anything that authenticates a node:http request (a {@link TokenValidator}). */
export interface RequestAuthenticator {
  authenticate(req: IncomingRequestLike, options?: AuthenticateOptions): Promise<Principal>;
  /** The validator's default realm. */
  readonly options?: { readonly realm?: string };
}

/** Options of the HTTP adapters. */
export interface AdapterOptions extends AuthenticateOptions {
  /** The principal's role must be one of these. @default any role */
  readonly roles?: readonly string[];
  /** The principal must have all of these scopes. @default none */
  readonly scopes?: readonly string[];
  /** `realm` of the challenge. @default the validator's `realm` option */
  readonly realm?: string;
}

/** The realm an adapter writes; an explicit `realm` option is checked when the adapter is created. */
function adapterRealm(validator: RequestAuthenticator, options: AdapterOptions): string | undefined {
  return options.realm !== undefined ? checkRealm(options.realm) : validator.options?.realm;
}

function authorize(principal: Principal, options: AdapterOptions): Principal {
  if (options.roles) requireRole(principal, options.roles);
  if (options.scopes) requireScopes(principal, options.scopes);
  return principal;
}

/** An Express request: a node:http request that receives `principal`. */
export interface ExpressRequestLike extends IncomingRequestLike {
  principal?: Principal;
}

/** Express-style middleware `(req, res, next)`. */
export type ExpressMiddleware = (req: ExpressRequestLike, res: ServerResponseLike, next: (err?: unknown) => void) => void;

/** Express middleware that authenticates every request. */
export function expressMiddleware(validator: RequestAuthenticator, options: AdapterOptions = {}): ExpressMiddleware {
  const realm = adapterRealm(validator, options);
  return (req, res, next) => {
    validator.authenticate(req, options).then(
      (principal) => {
        let failure: unknown;
        try {
          req.principal = authorize(principal, options);
        } catch (err) {
          failure = err;
        }
        if (failure instanceof TokenValidationError) sendAuthError(res, failure, realm);
        else if (failure !== undefined) next(failure);
        else next();
      },
      (err: unknown) => {
        if (err instanceof TokenValidationError) sendAuthError(res, err, realm);
        else next(err);
      },
    );
  };
}

/** A Fastify request: `raw` is the node:http request. */
export interface FastifyRequestLike {
  readonly raw?: IncomingRequestLike;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly url?: string;
  principal?: Principal;
}

/** The parts of a Fastify reply the hook uses. */
export interface FastifyReplyLike {
  code(statusCode: number): FastifyReplyLike;
  header(name: string, value: string): FastifyReplyLike;
  send(payload?: string): FastifyReplyLike;
}

/** Fastify `onRequest` hook: `app.addHook('onRequest', fastifyOnRequest(validator))`. */
export function fastifyOnRequest(
  validator: RequestAuthenticator,
  options: AdapterOptions = {},
): (request: FastifyRequestLike, reply: FastifyReplyLike) => Promise<FastifyReplyLike | undefined> {
  const realm = adapterRealm(validator, options);
  return async (request, reply) => {
    try {
      request.principal = authorize(await validator.authenticate(request.raw ?? request, options), options);
      return undefined;
    } catch (err) {
      if (!(err instanceof TokenValidationError)) throw err;
      reply.code(err.status);
      for (const [name, value] of authErrorHeaders(err, realm)) reply.header(name, value);
      reply.send(errorBody(err));
      return reply;
    }
  };
}
