import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, listOf, show } from '../values';
import { brokerPolicyRules, describeBroker } from './keycloak';

/** EO-KC-006: every scope the broker requests is granted by a policy rule of its app. */
export const brokerScopesGranted: Rule = {
  id: 'EO-KC-006',
  severity: 'error',
  title: 'Every scope the broker requests is granted to its upstream app',
  explanation:
    'Keycloak\'s identity provider requests its configured "Scopes" at the upstream authorization server. Okta ' +
    'evaluates the request against the access policies assigned to the app: a scope that no authorization-code ' +
    'rule grants fails the sign-in ("Policy evaluation failed for this request"), and a scope the server does not ' +
    "define fails with `invalid_scope`. Fix: add the scope to the policy rule that serves the broker's app, or " +
    "remove it from the broker's scopes.",
  see: [
    'https://developer.okta.com/docs/guides/configure-access-policy/main/',
    'https://www.keycloak.org/docs/latest/server_admin/#_identity_broker_oidc',
  ],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const broker of ctx.keycloakBrokers) {
      const issuer = ctx.issuerByPath(broker.issuerPath);
      if (!issuer || issuer.kind !== 'okta' || broker.scopes === undefined) continue;
      const rules = brokerPolicyRules(ctx, broker);
      if (rules.length === 0) continue; // EO-KC-002 reports a broker without upstream policy
      const granted = rules.map((r) => listOf(r.rule.scopes));
      if (granted.some((g) => g === undefined || g.some(isApplyTimeValue))) {
        out.push(unevaluable(broker.path, `the policy rules serving ${broker.clientPath} hold apply-time scope values`));
        continue;
      }
      const missing = broker.scopes.filter((s) => !granted.some((g) => g!.includes(s)));
      if (missing.length > 0) {
        out.push(
          violation(
            broker.path,
            `${describeBroker(broker)} requests ${show(missing)}, which no authorization-code policy rule serving ${broker.clientPath} grants (${rules.map((r) => r.where).join('; ')}): Okta refuses the sign-in. Fix: grant them in that rule, or remove them from the broker's scopes.`,
          ),
        );
      }
    }
    return out;
  },
};
