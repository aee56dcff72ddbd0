/**
 * Token validation errors: a closed set of stable codes, each with its HTTP status and its
 * RFC 6750 challenge. Messages never contain token text, `kid`, header or claim values.
 */

import { ExternalOAuthError } from '../util/error';

/** RFC 6750 section 3.1 error values. */
export type BearerError = 'invalid_request' | 'invalid_token' | 'insufficient_scope';

interface CodeSpec {
  readonly status: 400 | 401 | 403 | 503;
  /** The RFC 6750 `error` attribute; absent for "no credentials" and for 503. */
  readonly bearerError?: BearerError;
  /** Fixed, safe `error_description`. */
  readonly description: string;
}

/**
 * Every code a {@link TokenValidationError} can carry, with its status.
 * The set is closed: new codes are a breaking change.
 */
export const TOKEN_ERROR_CODES = {
  /** No bearer credentials in the request (RFC 6750 3.1: challenge without `error`). */
  missing_token: { status: 401, description: 'Bearer token required' },
  /** Malformed `Authorization` header, two `Authorization` headers, or a token in both header and query. */
  invalid_request: { status: 400, bearerError: 'invalid_request', description: 'Malformed bearer token request' },
  /** The token exceeds the size cap. */
  token_too_large: { status: 401, bearerError: 'invalid_token', description: 'Token too large' },
  /** Not a strict compact JWS; header or payload not a JSON object; a claim of the wrong type. */
  malformed_token: { status: 401, bearerError: 'invalid_token', description: 'Malformed token' },
  /** JWE or nested JWT, a `crit` header, a `typ` that is not an access-token type, or not `at+jwt` under an RFC 9068 profile. */
  unsupported_token: { status: 401, bearerError: 'invalid_token', description: 'Unsupported token type' },
  /** `alg` missing, `none`, symmetric, unknown, or not in the profile's allow-list. */
  algorithm_not_allowed: { status: 401, bearerError: 'invalid_token', description: 'Signing algorithm not allowed' },
  /** `iss` is not the issuer of any profile. */
  issuer_not_trusted: { status: 401, bearerError: 'invalid_token', description: 'Issuer not trusted' },
  /** No profile for this issuer serves the token's client id claim. */
  unknown_client: { status: 401, bearerError: 'invalid_token', description: 'Client not accepted' },
  /** `aud` does not contain any of the profile's audiences. */
  audience_mismatch: { status: 401, bearerError: 'invalid_token', description: 'Token audience not accepted' },
  /** A required claim (`exp`, `iat`, Entra `tid`, the mapping claim, the RFC 9068 claims) is absent, empty or not a string. */
  missing_claim: { status: 401, bearerError: 'invalid_token', description: 'Required claim missing' },
  /** `exp` has passed (beyond the clock tolerance). */
  token_expired: { status: 401, bearerError: 'invalid_token', description: 'Token expired' },
  /** `nbf` or `iat` is in the future beyond the clock tolerance. */
  token_not_yet_valid: { status: 401, bearerError: 'invalid_token', description: 'Token not yet valid' },
  /** The token lives longer than the maximum token lifetime. */
  token_lifetime_exceeded: { status: 401, bearerError: 'invalid_token', description: 'Token lifetime too long' },
  /** Entra: `tid` differs from the tenant of the profile's issuer. */
  tenant_mismatch: { status: 401, bearerError: 'invalid_token', description: 'Token tenant not accepted' },
  /** The token's flow (app or user token) is disabled in the profile. */
  flow_disabled: { status: 401, bearerError: 'invalid_token', description: 'Token flow not accepted' },
  /** No key of the issuer's JWKS fits the token (`kid` unknown, missing while required, or of another type). */
  key_not_found: { status: 401, bearerError: 'invalid_token', description: 'Signing key not found' },
  /** Entra: the key with the token's `kid` is published for another issuer (its JWK `issuer` member, `{tenantid}` substituted). */
  key_issuer_mismatch: { status: 401, bearerError: 'invalid_token', description: 'Signing key not valid for this issuer' },
  /** The signature does not verify. */
  invalid_signature: { status: 401, bearerError: 'invalid_token', description: 'Invalid token signature' },
  /** The revocation hook rejected the token's (iss, jti). */
  token_revoked: { status: 401, bearerError: 'invalid_token', description: 'Token revoked' },
  /** `resolveUser` does not know the mapped user. */
  unknown_user: { status: 401, bearerError: 'invalid_token', description: 'User not known' },
  /** The principal lacks a required role or scope. */
  insufficient_scope: { status: 403, bearerError: 'insufficient_scope', description: 'Insufficient role or scope' },
  /** No usable signing keys: the JWKS could not be fetched (or held no usable key) and no fresh-enough copy is cached. */
  jwks_unavailable: { status: 503, description: 'Signing keys temporarily unavailable' },
  /** A user hook (`resolveUser`, `isRevoked`) failed. */
  dependency_unavailable: { status: 503, description: 'Authorization dependency temporarily unavailable' },
} as const satisfies Record<string, CodeSpec>;

/** A stable token error code (see {@link TOKEN_ERROR_CODES}). */
export type TokenErrorCode = keyof typeof TOKEN_ERROR_CODES;

/** Default realm of `WWW-Authenticate` challenges. */
export const DEFAULT_REALM = 'api';

/** The `WWW-Authenticate` value for `code` (RFC 6750 section 3). */
export function bearerChallenge(code: TokenErrorCode, realm: string = DEFAULT_REALM): string {
  const spec: CodeSpec = TOKEN_ERROR_CODES[code];
  const base = `Bearer realm="${realm.replace(/["\\]/g, '')}"`;
  return spec.bearerError ? `${base}, error="${spec.bearerError}", error_description="${spec.description}"` : base;
}

/** A token was not accepted. `message` names configured values only, never token content. */
export class TokenValidationError extends ExternalOAuthError {
  declare public readonly code: TokenErrorCode;
  /** The HTTP status: 400, 401, 403 or 503. */
  public readonly status: 400 | 401 | 403 | 503;
  /** Seconds to put in `Retry-After` (503 only). */
  public readonly retryAfterSeconds?: number;
  /** The profile that served the token, once known. */
  public readonly profile?: string;

  constructor(code: TokenErrorCode, message?: string, details: { readonly retryAfterSeconds?: number; readonly profile?: string } = {}) {
    super(code, message ?? TOKEN_ERROR_CODES[code].description);
    this.status = TOKEN_ERROR_CODES[code].status;
    if (details.retryAfterSeconds !== undefined) this.retryAfterSeconds = details.retryAfterSeconds;
    if (details.profile !== undefined) this.profile = details.profile;
  }

  /** The RFC 6750 error (`invalid_request`, `invalid_token`, `insufficient_scope`), if any. */
  public get bearerError(): BearerError | undefined {
    return (TOKEN_ERROR_CODES[this.code] as CodeSpec).bearerError;
  }

  /** The `WWW-Authenticate` value with the default realm. */
  public get wwwAuthenticate(): string {
    return bearerChallenge(this.code);
  }

  /** The `WWW-Authenticate` value for `realm`. */
  public challenge(realm: string = DEFAULT_REALM): string {
    return bearerChallenge(this.code, realm);
  }

  /** `{ error, message }`, as the CLI prints it. */
  public toJSON(): { error: TokenErrorCode; message: string } {
    return { error: this.code, message: this.message };
  }
}
