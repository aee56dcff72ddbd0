/**
 * Claim rules of the serving profile, cheapest first: `alg` in the profile allow-list, the
 * RFC 9068 header `typ` when the profile requires it, `aud` exact, `exp` required, `iat`
 * required (unless the profile opts out), `nbf`, `iat` not in the future, the maximum lifetime,
 * the RFC 9068 claims, Entra `tid`.
 * Time comparisons follow jose (`now` in whole seconds, tolerance on both sides).
 */
import type { CompiledProfile } from './compiled-profile';
import { TokenValidationError } from './errors';
import type { CheckedHeader } from './header-rules';

/** Default maximum token lifetime: 24 h. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;

/** Claims RFC 9068 section 2.2 requires (besides `iss`, `exp`, `aud`, checked for every token). */
const RFC9068_CLAIMS = ['sub', 'client_id', 'iat', 'jti'] as const;

const malformed = (claim: string, type: string): TokenValidationError =>
  new TokenValidationError('malformed_token', `Malformed token: "${claim}" must be ${type}`);

function optionalNumber(claims: Readonly<Record<string, unknown>>, claim: string): number | undefined {
  const v = claims[claim];
  if (v !== undefined && typeof v !== 'number') throw malformed(claim, 'a number');
  return v as number | undefined;
}

function audienceMatches(aud: unknown, audiences: readonly string[]): boolean {
  if (typeof aud === 'string') return audiences.includes(aud);
  if (aud === undefined) return false;
  if (!Array.isArray(aud) || aud.some((a) => typeof a !== 'string')) throw malformed('aud', 'a string or a list of strings');
  return aud.some((a) => audiences.includes(a as string));
}

/**
 * Checks the claims of a token against `p`; returns `exp`. `nowSeconds` is whole seconds.
 */
export function checkClaims(
  claims: Readonly<Record<string, unknown>>,
  header: CheckedHeader,
  p: CompiledProfile,
  nowSeconds: number,
  maxLifetimeSeconds: number,
): number {
  if (!p.algorithms.has(header.alg))
    throw new TokenValidationError('algorithm_not_allowed', `Token algorithm not allowed by profile "${p.name}"`);
  if (p.rfc9068 && header.typ !== 'at+jwt') {
    throw new TokenValidationError(
      'unsupported_token',
      `Profile "${p.name}" requires RFC 9068 access tokens (header typ at+jwt or application/at+jwt)`,
    );
  }
  if (!audienceMatches(claims.aud, p.audiences))
    throw new TokenValidationError('audience_mismatch', `Token audience is not one of profile "${p.name}"`);
  const tol = p.toleranceSeconds;
  const exp = claims.exp;
  if (exp === undefined) throw new TokenValidationError('missing_claim', 'Token has no "exp" claim');
  if (typeof exp !== 'number') throw malformed('exp', 'a number');
  const nbf = optionalNumber(claims, 'nbf');
  const iat = optionalNumber(claims, 'iat');
  if (iat === undefined && p.requireIssuedAt) throw new TokenValidationError('missing_claim', 'Token has no "iat" claim');
  if (exp <= nowSeconds - tol) throw new TokenValidationError('token_expired');
  if (nbf !== undefined && nbf > nowSeconds + tol) throw new TokenValidationError('token_not_yet_valid', 'Token "nbf" is in the future');
  if (iat !== undefined && iat > nowSeconds + tol) throw new TokenValidationError('token_not_yet_valid', 'Token "iat" is in the future');
  const lifetime = iat !== undefined ? exp - iat : exp - nowSeconds - tol;
  if (lifetime > maxLifetimeSeconds)
    throw new TokenValidationError('token_lifetime_exceeded', `Token lifetime exceeds ${maxLifetimeSeconds} s`);
  if (claims.sub !== undefined && typeof claims.sub !== 'string') throw malformed('sub', 'a string');
  if (claims.jti !== undefined && typeof claims.jti !== 'string') throw malformed('jti', 'a string');
  if (p.rfc9068) {
    for (const claim of RFC9068_CLAIMS) {
      const v = claims[claim];
      if (v === undefined || v === '')
        throw new TokenValidationError('missing_claim', `Token has no "${claim}" claim (RFC 9068, profile "${p.name}")`);
    }
    if (typeof claims.client_id !== 'string') throw malformed('client_id', 'a string');
  }
  if (p.tenant !== undefined) {
    const tid = claims.tid;
    if (typeof tid !== 'string' || tid.length === 0) throw new TokenValidationError('missing_claim', 'Token has no "tid" claim');
    if (tid !== p.tenant) throw new TokenValidationError('tenant_mismatch', `Token tenant is not the tenant of profile "${p.name}"`);
  }
  return exp;
}
