/**
 * The IPC protocol between the simulation (parent) and one local OpenID provider process
 * (`provider-server`). Pure types and constants: no runtime import.
 *
 *   child  -> parent  { type: 'ready', port }                 once listening on 127.0.0.1
 *   parent -> child   { id, type: 'configure', config }       issuer, JWKS paths, keys, clients
 *   parent -> child   { id, type: 'mint', request }           one access token, through the provider's endpoints
 *   parent -> child   { type: 'stop' }                        close and exit
 *   child  -> parent  { id, ok: true, result } | { id, ok: false, error }
 */

/** A private signing key as a JWK (RSA or EC), with its `kid` and `alg` (the algorithm the provider signs with). */
export interface SigningJwk {
  readonly kty: string;
  readonly kid: string;
  readonly alg: string;
  readonly use: 'sig';
  readonly [member: string]: unknown;
}

/** A client registered at the local provider. */
export interface LocalClient {
  readonly clientId: string;
  /** Absent for public clients (browser and native apps): PKCE only, no client authentication. */
  readonly clientSecret?: string;
  readonly grantTypes: ReadonlyArray<'client_credentials' | 'authorization_code' | 'refresh_token'>;
  /** The IdP requires PKCE of this client (Okta "Require PKCE"): an authorization request without `code_challenge` is refused. */
  readonly pkceRequired?: boolean;
  /** The IdP rotates this client's refresh tokens (Okta `refresh_token_rotation = ROTATE`): a used one is consumed. */
  readonly rotateRefreshToken?: boolean;
  /** Browser origins answered with CORS headers (Okta trusted origins with scope CORS); absent: any origin. */
  readonly corsOrigins?: readonly string[];
  /**
   * Who may sign in (Okta app assignments): the group and user ids assigned; `nobody`: every
   * sign-in is refused. Absent: everyone.
   */
  readonly assignment?: { readonly nobody: true } | { readonly admits: readonly string[] };
}

/** Okta's answer to a sign-in of a user who is not assigned to the app. */
export const NOT_ASSIGNED_DESCRIPTION = 'User is not assigned to the client application.';

/** What a provider process serves. */
export interface ProviderConfig {
  /** The exact `iss` of its tokens (the declared issuer with its host moved to loopback). */
  readonly issuer: string;
  /** URL paths that serve the JWKS (the declared JWKS URLs' paths); the first is advertised in discovery. */
  readonly jwksPaths: readonly string[];
  /** URL paths that serve the discovery document (`<issuer>/.well-known/openid-configuration`, the declared discovery URL). */
  readonly discoveryPaths: readonly string[];
  /** Signing keys, shared by the providers that publish the same JWKS URL. */
  readonly keys: readonly SigningJwk[];
  readonly clients: readonly LocalClient[];
  /** Names of the claims that ID tokens may carry besides `sub` (their values come with each mint). */
  readonly idClaimNames?: readonly string[];
  /** `typ` of the access-token header; `null` leaves it out. @default 'at+jwt' */
  readonly tokenTyp?: string | null;
  /** Fault injection for tests: fail the configure step. */
  readonly failConfigure?: boolean;
}

/** One access token to obtain from the provider. */
export interface MintRequest {
  /** `client_credentials`: POST /token. `authorization_code`: /auth, login + consent interaction, /token with PKCE. */
  readonly grant: 'client_credentials' | 'authorization_code';
  readonly clientId: string;
  /** The `aud` of the token (any string: URL, URI, GUID). */
  readonly audience: string;
  /** Scopes requested and granted by the resource server. */
  readonly scopes: readonly string[];
  readonly ttlSeconds: number;
  /** The signed-in account (authorization_code). */
  readonly accountId?: string;
  /** The issuer-shaped claims of the token, besides iss, aud, iat and exp which the provider sets. */
  readonly claims: Readonly<Record<string, unknown>>;
  /** Keep the provider's `jti`. */
  readonly keepJti: boolean;
  /** Where the granted scopes go: Okta `scp` (list), Entra `scp` (space-delimited), others `scope`. Absent: nowhere. */
  readonly scopeClaim?: { readonly name: string; readonly format: 'array' | 'space' };
  /** authorization_code: the claims of the ID token besides the ones the provider sets. */
  readonly idClaims?: Readonly<Record<string, unknown>>;
  /** authorization_code: the groups and user ids the signed-in account is known by (checked against the client's assignment). */
  readonly memberships?: readonly string[];
  /** authorization_code: the client sends `code_challenge` (PKCE). @default true */
  readonly sendsPkce?: boolean;
  /** authorization_code: a browser client's page origin, sent as `Origin` on its token calls; the response must allow it (CORS). */
  readonly browserOrigin?: string;
  /** authorization_code: refresh twice with the first refresh token (a program that does not keep rotated ones). */
  readonly refreshTwiceWithFirst?: boolean;
}

/** Where the provider (or the simulated browser) refused a sign-in. */
export interface SignInRefusal {
  /** `authorize`: the authorization request; `login`: the login interaction; `cors`: the browser blocked the token response; `refresh`: the second refresh. */
  readonly step: 'authorize' | 'login' | 'cors' | 'refresh';
  /** The OAuth error code (`access_denied`, `invalid_request`, `invalid_grant`) or `cors_blocked`. */
  readonly error: string;
  readonly description: string;
}

/** The result of a mint: a token, or a sign-in refused by the provider. */
export type MintResult =
  | {
      readonly token: string;
      /** The scopes the provider granted. */
      readonly scopes: string[];
      /** The ID token (authorization_code with `openid`). */
      readonly idToken?: string;
      /** refreshTwiceWithFirst: both refreshes worked. */
      readonly refreshedTwice?: boolean;
    }
  | { readonly refused: SignInRefusal };

/** Messages from the parent. */
export type ParentMessage =
  | { readonly id: number; readonly type: 'configure'; readonly config: ProviderConfig }
  | { readonly id: number; readonly type: 'mint'; readonly request: MintRequest }
  | { readonly type: 'stop' };

/** Messages from the child. */
export type ChildMessage =
  | { readonly type: 'ready'; readonly port: number }
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly error: string };

/** The redirect URI every local authorization-code client uses (the flow never follows it). */
export const LOCAL_REDIRECT_URI = 'https://client.simulate.invalid/callback';

/** Command-line flag of the child that makes it exit before listening (fault injection). */
export const FAIL_START_FLAG = '--simulate-fail-start';
