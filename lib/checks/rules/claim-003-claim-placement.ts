import type { IssuerRecord, TrustRecord } from '../../manifest/types';
import { describeTrust, emittedClaims, mappingClaimsOf, OIDC_STANDARD_CLAIMS } from '../model';
import { Rule, RuleOutcome, violation } from '../rule';
import { isApplyTimeValue, listOf, show } from '../values';
import { describeBroker } from './keycloak';

/** The issuer's declared claims named `name`, by the token they are in. */
function placementOf(issuer: IssuerRecord, name: string): { inId: boolean; inAccess: boolean } {
  const declared = (listOf(issuer.claims) ?? []).filter((c) => c.name === name);
  return { inId: declared.some((c) => c.tokenType === 'id'), inAccess: emittedClaims(issuer).some((c) => c.name === name) };
}

/** EO-CLAIM-003: each claim is in the token its reader reads. */
export const claimPlacement: Rule = {
  id: 'EO-CLAIM-003',
  severity: 'error',
  title: 'Each claim is in the token its reader reads',
  explanation:
    'Okta puts a custom claim in one token: the access token (claim type RESOURCE) or the ID token (IDENTITY). ' +
    "Snowflake, Redshift and APIs read the access token; a Keycloak identity-provider broker's mappers (such as " +
    '"Advanced Claim to Group" on `groups`, which Ataccama ONE and Atlan rely on for roles) read the ID token and ' +
    'userinfo, and the access token only when "Access token is JWT" is on. A claim in the other token is simply ' +
    'absent for its reader: no group is mapped, no user is found. Fix: declare the claim for the token its reader ' +
    'reads (Okta `claimType: "IDENTITY"` for a broker\'s mapper, `"RESOURCE"` for a warehouse), or both.',
  see: [
    'https://developer.okta.com/docs/guides/customize-tokens-returned-from-okta/main/',
    'https://www.keycloak.org/docs/latest/server_admin/#_mappers',
  ],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const broker of ctx.keycloakBrokers) {
      const issuer = ctx.issuerByPath(broker.issuerPath);
      if (!issuer) continue;
      for (const mapper of broker.mappers ?? []) {
        if (isApplyTimeValue(mapper.claim)) continue;
        const { inId, inAccess } = placementOf(issuer, mapper.claim);
        const standardScope = OIDC_STANDARD_CLAIMS[mapper.claim];
        if (
          inId ||
          (standardScope !== undefined && (broker.scopes ?? ['openid']).includes(standardScope)) ||
          (inAccess && broker.accessTokenIsJwt === true)
        )
          continue;
        const where = inAccess ? 'only in the access token (claim type RESOURCE)' : 'in no token';
        out.push(
          violation(
            broker.path,
            `${describeBroker(broker)}: mapper ${show(mapper.name)} reads claim ${show(mapper.claim)}, which ${issuer.path} puts ${where}; the broker reads the ID token and userinfo, so the mapper maps nothing. Fix: declare ${show(mapper.claim)} as an ID-token claim (claimType "IDENTITY").`,
          ),
        );
      }
    }
    for (const trust of ctx.manifest.trusts) {
      const issuer = ctx.issuerByPath(trust.issuerPath);
      if (!issuer) continue;
      for (const name of claimsReadBy(trust)) {
        if (isApplyTimeValue(name)) continue;
        const { inId, inAccess } = placementOf(issuer, name);
        if (inId && !inAccess) {
          out.push(
            violation(
              trust.path,
              `${describeTrust(trust)} reads claim ${show(name)} from the access token, but ${issuer.path} puts it only in the ID token (claim type IDENTITY). Fix: declare ${show(name)} as an access-token claim (claimType "RESOURCE").`,
            ),
          );
        }
      }
    }
    return out;
  },
};

/** The access-token claims a trust maps to an identity. */
function claimsReadBy(trust: TrustRecord): readonly string[] {
  return mappingClaimsOf(trust)
    .flatMap((m) => m.claims ?? [])
    .filter((c) => c !== '');
}
