/**
 * Options of a {@link TokenValidator}, their defaults and their ranges.
 */
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS } from './claim-rules';
import { ValidatorConfigError } from './config-error';
import { DEFAULT_REALM } from './errors';
import type { ValidatorEventListener } from './events';
import type { FetchLike } from './jwks-fetch';

/** What `resolveUser` returns for a known user; `undefined`, `null` or `false` mean unknown. */
export interface ResolvedUser {
  /** The user's role, copied to `Principal.role`. */
  readonly role?: string;
}

/** A user directory lookup for user-flow tokens. Unknown users are rejected (`unknown_user`). */
export type ResolveUser = (
  username: string,
  context: { readonly profile: string; readonly issuer: string; readonly claims: Readonly<Record<string, unknown>> },
) => ResolvedUser | true | false | null | undefined | Promise<ResolvedUser | true | false | null | undefined>;

/**
 * A revocation or replay check, keyed on (iss, jti), never on the token string (ECDSA
 * signatures are malleable). Return `true` to reject the token (`token_revoked`).
 * Runs on every validation, cache hits included.
 */
export type IsRevoked = (ref: {
  readonly issuer: string;
  readonly jti?: string;
  readonly profile: string;
  readonly subject: string;
  readonly exp: number;
}) => boolean | Promise<boolean>;

/** Options of a {@link TokenValidator}. */
export interface TokenValidatorOptions {
  /** Current time in milliseconds since the epoch (freeze it in tests). @default Date.now */
  readonly clock?: () => number;
  /** Largest accepted token, in characters (bytes: a valid token is ASCII). @default 16384 */
  readonly maxTokenBytes?: number;
  /** Longest accepted token lifetime (`exp - iat`, or `exp - now` without `iat`). @default 86400 (24 h) */
  readonly maxTokenLifetimeSeconds?: number;
  /**
   * Entries of the verified-token cache (keyed by the exact token string; a token enters on its
   * second verification, so tokens presented once never evict others); 0 disables it; at most
   * 8,388,608 (2^23). @default 1000
   */
  readonly cacheSize?: number;
  /** User directory for user-flow tokens. @default every mapped username is accepted, without a role */
  readonly resolveUser?: ResolveUser;
  /** Revocation / replay check on (iss, jti). @default none */
  readonly isRevoked?: IsRevoked;
  /** Event listener for metrics and audit logs. @default none */
  readonly onEvent?: ValidatorEventListener;
  /** Timeout of one JWKS download, headers and body. @default 5000 */
  readonly jwksTimeoutMs?: number;
  /** Largest accepted JWKS response. @default 262144 (256 KiB) */
  readonly jwksMaxBytes?: number;
  /** Age after which keys are refreshed in the background. @default 600000 (10 min) */
  readonly jwksRefreshMs?: number;
  /** Minimum time between two downloads of one JWKS (bounds unknown-`kid` refetches). @default 2000 */
  readonly jwksCooldownMs?: number;
  /** How long keys keep serving after the last successful download while downloads fail. @default 86400000 (24 h) */
  readonly jwksStaleLimitMs?: number;
  /** The `fetch` used for JWKS downloads. @default globalThis.fetch */
  readonly fetch?: FetchLike;
  /** `realm` of `WWW-Authenticate` challenges written by the HTTP adapters. @default "api" */
  readonly realm?: string;
}

/** Options with defaults applied. */
export interface ResolvedOptions {
  readonly clock: () => number;
  readonly maxTokenBytes: number;
  readonly maxTokenLifetimeSeconds: number;
  readonly cacheSize: number;
  readonly resolveUser?: ResolveUser;
  readonly isRevoked?: IsRevoked;
  readonly onEvent?: ValidatorEventListener;
  readonly jwksTimeoutMs: number;
  readonly jwksMaxBytes: number;
  readonly jwksRefreshMs: number;
  readonly jwksCooldownMs: number;
  readonly jwksStaleLimitMs: number;
  readonly fetch?: FetchLike;
  readonly realm: string;
}

function int(name: string, value: number | undefined, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new ValidatorConfigError(
      'EO_INVALID_OPTION',
      `option ${name} must be an integer between ${min} and ${max}; got ${String(value)}`,
    );
  }
  return v;
}

/** Visible ASCII and space, without `"` and `\\`: a realm goes verbatim into a quoted-string of `WWW-Authenticate`. */
const REALM = /^[\x20\x21\x23-\x5b\x5d-\x7e]{1,256}$/;

/**
 * Checks a `realm` (RFC 6750 section 3, RFC 9110 section 11.6.1): 1 to 256 visible ASCII
 * characters or spaces, no `"` or `\\`. Anything else would fail when the first 401 is written.
 * Throws {@link ValidatorConfigError} (`EO_INVALID_OPTION`).
 */
export function checkRealm(realm: unknown, name = 'realm'): string {
  if (typeof realm !== 'string' || !REALM.test(realm)) {
    throw new ValidatorConfigError(
      'EO_INVALID_OPTION',
      `option ${name} must be 1 to 256 visible ASCII characters or spaces, without " or \\ (it is sent in the WWW-Authenticate header); got ${JSON.stringify(realm) ?? String(realm)}`,
    );
  }
  return realm;
}

/**
 * The largest `cacheSize`, 2^23: the cache remembers up to twice as many first verifications,
 * and V8's `Map` and `Set` hold at most 2^24 entries (beyond, every insertion throws).
 */
const MAX_CACHE_SIZE = 2 ** 23;

/** Applies defaults and checks ranges; throws {@link ValidatorConfigError}. */
export function resolveOptions(o: TokenValidatorOptions = {}): ResolvedOptions {
  return {
    clock: o.clock ?? Date.now,
    maxTokenBytes: int('maxTokenBytes', o.maxTokenBytes, 16 * 1024, 64, 1024 * 1024),
    maxTokenLifetimeSeconds: int('maxTokenLifetimeSeconds', o.maxTokenLifetimeSeconds, DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, 1),
    cacheSize: int('cacheSize', o.cacheSize, 1000, 0, MAX_CACHE_SIZE),
    ...(o.resolveUser ? { resolveUser: o.resolveUser } : {}),
    ...(o.isRevoked ? { isRevoked: o.isRevoked } : {}),
    ...(o.onEvent ? { onEvent: o.onEvent } : {}),
    jwksTimeoutMs: int('jwksTimeoutMs', o.jwksTimeoutMs, 5000, 1, 60_000),
    jwksMaxBytes: int('jwksMaxBytes', o.jwksMaxBytes, 256 * 1024, 1024, 16 * 1024 * 1024),
    jwksRefreshMs: int('jwksRefreshMs', o.jwksRefreshMs, 10 * 60_000, 1000),
    jwksCooldownMs: int('jwksCooldownMs', o.jwksCooldownMs, 2000, 0),
    jwksStaleLimitMs: int('jwksStaleLimitMs', o.jwksStaleLimitMs, 24 * 60 * 60_000, 0),
    ...(o.fetch ? { fetch: o.fetch } : {}),
    realm: o.realm === undefined ? DEFAULT_REALM : checkRealm(o.realm),
  };
}
