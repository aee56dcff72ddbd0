import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, show, showSeconds } from '../values';
import { brokerPolicyRules, describeBroker } from './keycloak';

/** EO-KC-002: SSO Session Max + reserve <= the Okta refresh-token lifetime. */
export const sessionWithinRefreshLifetime: Rule = {
  id: 'EO-KC-002',
  severity: 'error',
  title: 'Keycloak SSO Session Max + reserve <= Okta refresh-token lifetime',
  explanation:
    'The broker keeps the user signed in for up to SSO Session Max while calling the upstream Okta app with the ' +
    'refresh token it stored at sign-in. If that refresh token expires first, downstream calls fail in the middle ' +
    "of a valid Keycloak session (Ataccama ONE's guide: align the Okta refresh-token rules with Keycloak's SSO timeouts). The reserve covers the product's job preprocessing, clock skew and the last " +
    "refresh. Unlimited (0) passes. Fix: raise the Okta policy rule's refresh-token lifetime, or lower SSO Session Max.",
  see: ['https://www.keycloak.org/docs/latest/server_admin/#_timeouts', 'https://developer.okta.com/docs/guides/refresh-tokens/main/'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const b of ctx.keycloakBrokers) {
      const rules = brokerPolicyRules(ctx, b);
      const needed = b.ssoSessionMaxSeconds + b.reserveSeconds;
      const withLifetime = rules.filter((r) => r.rule.refreshTokenLifetimeMinutes !== undefined);
      if (withLifetime.length === 0) {
        out.push(
          unevaluable(
            b.path,
            `no Okta policy rule assigned to ${b.clientPath} at ${b.issuerPath} declares a refresh-token lifetime to compare with SSO Session Max + reserve (${showSeconds(needed)})`,
          ),
        );
        continue;
      }
      for (const r of withLifetime) {
        const minutes: unknown = r.rule.refreshTokenLifetimeMinutes;
        if (typeof minutes !== 'number') {
          if (isApplyTimeValue(minutes))
            out.push(unevaluable(b.path, `${r.where} refresh-token lifetime ${show(minutes)} is an apply-time value`));
          continue;
        }
        if (minutes === 0 || needed <= minutes * 60) continue;
        out.push(
          violation(
            b.path,
            `${describeBroker(b)} keeps sessions for SSO Session Max ${showSeconds(b.ssoSessionMaxSeconds)} + reserve ${showSeconds(b.reserveSeconds)} = ${showSeconds(needed)}, but ${r.where} gives its client ${b.clientPath} refresh tokens for only ${showSeconds(minutes * 60)}. Fix: raise the refresh-token lifetime to at least ${Math.ceil(needed / 60)} minutes, or lower SSO Session Max.`,
          ),
        );
      }
    }
    return out;
  },
};
