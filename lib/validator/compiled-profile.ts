/**
 * A validation profile prepared for the hot path, and the index that finds the profile
 * serving a token: `issuer` equals `iss` and `clientId` equals the first present client-id claim.
 */
import { listOf } from '../manifest/list-fields';
import { DEFAULT_CLIENT_ID_CLAIMS } from '../manifest/schema';
import type { ValidationProfile } from '../manifest/types';
import { DEFAULT_ALGORITHMS } from './algorithms';
import { appTokenTest } from './classify';
import { TokenValidationError } from './errors';
import type { JwksCache } from './jwks-cache';
import { entraTenantOf } from './profile-rules';

/** Default clock tolerance (`clockToleranceSeconds`, at most 300). */
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 60;

/** A profile with its defaults applied and its JWKS cache attached. */
export interface CompiledProfile {
  readonly profile: ValidationProfile;
  readonly name: string;
  /** The accepted audiences (a loaded profile holds no apply-time expression: `profile-rules` refuses it). */
  readonly audiences: readonly string[];
  readonly algorithms: ReadonlySet<string>;
  readonly clientIdClaims: readonly string[];
  readonly toleranceSeconds: number;
  /** Entra: the tenant id in the issuer, which `tid` must equal. */
  readonly tenant?: string;
  /**
   * Entra: the issuers a signing key's `issuer` member may name for this tenant: the profile's
   * issuer and the tenant's v2.0 issuer on the JWKS host (v1 tokens are signed by keys the
   * v2.0 JWKS scopes to the v2.0 issuer).
   */
  readonly keyIssuers?: readonly string[];
  /** `iat` is required (the profile's `requireIssuedAt`, default true; always under RFC 9068). */
  readonly requireIssuedAt: boolean;
  /** `tokenProfile` is `rfc9068`. */
  readonly rfc9068: boolean;
  /** True for an app (client credentials) token, by the issuer kind's rule. */
  readonly isAppToken: (claims: Readonly<Record<string, unknown>>) => boolean;
  readonly jwks: JwksCache;
}

/** Applies defaults; `jwksFor` returns the shared cache of a URL. */
export function compileProfile(profile: ValidationProfile, jwksFor: (url: string) => JwksCache): CompiledProfile {
  const tenant = profile.issuerKind === 'entra' ? entraTenantOf(profile.issuer) : undefined;
  return {
    profile,
    name: profile.name,
    audiences: listOf(profile.audiences) ?? [],
    algorithms: new Set(profile.algorithms ?? DEFAULT_ALGORITHMS),
    clientIdClaims: profile.clientIdClaims === undefined ? DEFAULT_CLIENT_ID_CLAIMS : (listOf(profile.clientIdClaims) ?? []),
    toleranceSeconds: profile.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS,
    ...(tenant !== undefined ? { tenant, keyIssuers: entraKeyIssuers(profile, tenant) } : {}),
    requireIssuedAt: profile.requireIssuedAt !== false || profile.tokenProfile === 'rfc9068',
    rfc9068: profile.tokenProfile === 'rfc9068',
    isAppToken: appTokenTest(profile),
    jwks: jwksFor(profile.jwksUrl),
  };
}

function entraKeyIssuers(profile: ValidationProfile, tenant: string): string[] {
  const issuers = [profile.issuer];
  try {
    const v2 = `https://${new URL(profile.jwksUrl).host}/${tenant}/v2.0`;
    if (v2 !== profile.issuer) issuers.push(v2);
  } catch {
    // the JWKS URL was checked when the profile was loaded
  }
  return issuers;
}

/** The client id a profile reads from `claims`: the first present client-id claim. */
export function clientIdOf(claims: Readonly<Record<string, unknown>>, names: readonly string[]): unknown {
  for (const name of names) if (claims[name] !== undefined) return claims[name];
  return undefined;
}

/** Finds the profile for (iss, client id). */
export class ProfileIndex {
  private readonly byIssuer = new Map<string, CompiledProfile[]>();

  constructor(public readonly profiles: readonly CompiledProfile[]) {
    for (const p of profiles) {
      const list = this.byIssuer.get(p.profile.issuer);
      if (list) list.push(p);
      else this.byIssuer.set(p.profile.issuer, [p]);
    }
  }

  /** The serving profile, or `issuer_not_trusted` / `unknown_client`. */
  public select(claims: Readonly<Record<string, unknown>>): CompiledProfile {
    const iss = claims.iss;
    const candidates = typeof iss === 'string' ? this.byIssuer.get(iss) : undefined;
    if (!candidates) throw new TokenValidationError('issuer_not_trusted', 'The token issuer is not trusted by any profile');
    for (const p of candidates) {
      if (clientIdOf(claims, p.clientIdClaims) === p.profile.clientId) return p;
    }
    throw new TokenValidationError('unknown_client', 'No profile of this issuer serves the token client id');
  }
}
