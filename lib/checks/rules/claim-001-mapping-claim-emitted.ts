import type { TokenFlow } from '../../core/kinds';
import type { ClaimRecord, IssuerRecord, TrustRecord } from '../../manifest/types';
import type { RuleContext } from '../context';
import { clientPathsOf, describeTrust, emittedClaims, flowsOfTrust, mappingClaimsOf } from '../model';
import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, listOf, show } from '../values';

interface Requirement {
  /** Any one of these claims must be emitted; `undefined` when the list is an apply-time value. */
  readonly claims: readonly string[] | undefined;
  /** The flows that must carry it; empty: any flow. */
  readonly flows: ReadonlyMap<TokenFlow, readonly string[]>;
  readonly field: string;
}

/** EO-CLAIM-001: the claim a trust maps to an identity is in the tokens of the flows it serves. */
export const mappingClaimEmitted: Rule = {
  id: 'EO-CLAIM-001',
  severity: 'error',
  title: 'The mapping claim is emitted for the flow',
  explanation:
    "A trust maps one claim to a user: Snowflake's user-mapping claim, Redshift's claim attribute path, a " +
    "profile's `systemUserClaim` (machine flow) or `usernameClaim` (user flow). If the issuer does not put that " +
    'claim in the access tokens of that flow, every login of that flow fails. Entra client-credentials (app) tokens ' +
    'carry no `upn`, `unique_name` or `scp`; Okta custom claims exist only when declared with `addClaim()` and only ' +
    'for the flows declared. Fix: map a claim the flow carries (e.g. `appid`/`sub` for app tokens), or declare ' +
    'the claim on the issuer.',
  see: [
    'https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference',
    'https://developer.okta.com/docs/guides/customize-tokens-returned-from-okta/main/',
  ],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const trust of ctx.manifest.trusts) {
      const issuer = ctx.issuerByPath(trust.issuerPath);
      if (!issuer) continue;
      for (const req of requirementsOf(ctx, trust)) out.push(...checkRequirement(trust, issuer, req));
    }
    return out;
  },
};

/** Each mapping of the trust with the flows that must carry its claim: the mapping's own flow, or every flow of the trust's clients. */
function requirementsOf(ctx: RuleContext, trust: TrustRecord): Requirement[] {
  return mappingClaimsOf(trust).map(({ claims, field, flow }) => ({
    claims,
    field,
    flows: flow ? new Map([[flow, clientPathsOf(trust)]]) : flowsOfTrust(ctx, trust),
  }));
}

function checkRequirement(trust: TrustRecord, issuer: IssuerRecord, req: Requirement): RuleOutcome[] {
  if (!req.claims || req.claims.some(isApplyTimeValue))
    return [unevaluable(trust.path, `${req.field} ${show(req.claims ?? 'a list')} of ${describeTrust(trust)} is an apply-time value`)];
  const claims = req.claims;
  const emitted = emittedClaims(issuer);
  const byName = new Map(emitted.map((c) => [c.name, c]));
  const out: RuleOutcome[] = [];
  const idOnly = new Set((listOf(issuer.claims) ?? []).filter((c) => c.tokenType === 'id').map((c) => c.name));
  for (const name of claims) {
    // A claim declared only for the ID token is EO-CLAIM-003's finding (the wrong token), not a missing claim.
    if (!byName.has(name) && !idOnly.has(name)) {
      out.push(
        violation(
          trust.path,
          `${describeTrust(trust)} maps ${req.field} ${show(name)}, but ${issuer.path} (${issuer.kind}) emits no such access-token claim (it emits ${show(emitted.map((c) => c.name))}). Fix: map one of those claims, or declare ${show(name)} on the issuer (Okta: addClaim()).`,
        ),
      );
    }
  }
  for (const [flow, clients] of req.flows) {
    const carriers = claims.map((n) => byName.get(n)).filter((c): c is ClaimRecord => !!c && c.flows.includes(flow));
    if (carriers.length > 0) continue;
    const present = claims.filter((n) => byName.has(n));
    if (present.length === 0) continue; // reported above
    const alternatives = emitted.filter((c) => c.flows.includes(flow) && c.valueKind && c.valueKind !== 'other').map((c) => c.name);
    out.push(
      violation(
        trust.path,
        `${describeTrust(trust)} maps ${req.field} ${show(present.length === 1 ? present[0] : present)}, but ${issuer.path} (${issuer.kind}) puts it only in ${describeFlows(present.map((n) => byName.get(n)!))} tokens, while ${show(clients)} obtain ${flow} tokens${flow === 'machine' ? ' (client credentials)' : ''}. Fix: map a claim that ${flow} tokens carry${alternatives.length ? ` (e.g. ${show(alternatives)})` : ''}, or serve that flow with another trust.`,
      ),
    );
  }
  return out;
}

function describeFlows(claims: readonly ClaimRecord[]): string {
  const flows = [...new Set(claims.flatMap((c) => c.flows))];
  return flows.length ? flows.join(' and ') : 'no';
}
