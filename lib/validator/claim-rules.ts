/**
 * Claim rules of the serving profile, cheapest first: `alg` in the profile allow-list, `aud`
 * exact, `exp` required, `nbf`, `iat` not in the future, the maximum lifetime, Entra `tid`.
 * Time comparisons follow jose (`now` in whole seconds, tolerance on both sides).
 */
import type { CompiledProfile } from './compiled-profile';
import { TokenValidationError } from './errors';

/** Default maximum token lifetime: 24 h. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;

const malformed = (claim: string, type: string): TokenValidationError => new TokenValidationError('malformed_token', `Malformed token: "${claim}" must be ${type}`);

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
export function checkClaims(claims: Readonly<Record<string, unknown>>, alg: string, p: CompiledProfile, nowSeconds: number, maxLifetimeSeconds: number): number {
  if (!p.algorithms.has(alg)) throw new TokenValidationError('algorithm_not_allowed', `Token algorithm not allowed by profile "${p.name}"`);
  if (!audienceMatches(claims.aud, p.profile.audiences)) throw new TokenValidationError('audience_mismatch', `Token audience is not one of profile "${p.name}"`);
  const tol = p.toleranceSeconds;
  const exp = claims.exp;
  if (exp === undefined) throw new TokenValidationError('missing_claim', 'Token has no "exp" claim');
  if (typeof exp !== 'number') throw malformed('exp', 'a number');
  const nbf = optionalNumber(claims, 'nbf');
  const iat = optionalNumber(claims, 'iat');
  if (exp <= nowSeconds - tol) throw new TokenValidationError('token_expired');
  if (nbf !== undefined && nbf > nowSeconds + tol) throw new TokenValidationError('token_not_yet_valid', 'Token "nbf" is in the future');
  if (iat !== undefined && iat > nowSeconds + tol) throw new TokenValidationError('token_not_yet_valid', 'Token "iat" is in the future');
  const lifetime = iat !== undefined ? exp - iat : exp - nowSeconds - tol;
  if (lifetime > maxLifetimeSeconds) throw new TokenValidationError('token_lifetime_exceeded', `Token lifetime exceeds ${maxLifetimeSeconds} s`);
  if (claims.sub !== undefined && typeof claims.sub !== 'string') throw malformed('sub', 'a string');
  if (claims.jti !== undefined && typeof claims.jti !== 'string') throw malformed('jti', 'a string');
  if (p.tenant !== undefined) {
    const tid = claims.tid;
    if (typeof tid !== 'string' || tid.length === 0) throw new TokenValidationError('missing_claim', 'Token has no "tid" claim');
    if (tid !== p.tenant) throw new TokenValidationError('tenant_mismatch', `Token tenant is not the tenant of profile "${p.name}"`);
  }
  return exp;
}
