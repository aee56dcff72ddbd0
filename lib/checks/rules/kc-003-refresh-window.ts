import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, show, showMinutes } from '../values';
import { brokerPolicyRules, describeBroker, OKTA_DEFAULT_REFRESH_WINDOW_MINUTES } from './keycloak';

/** EO-KC-003: Okta's "expire if not used every" <= refresh-token lifetime. */
export const refreshWindowWithinLifetime: Rule = {
  id: 'EO-KC-003',
  severity: 'error',
  title: 'Okta "expire if not used every" <= refresh-token lifetime for the broker client',
  explanation:
    'The Okta policy rule\'s refresh window ("expire if not used every") must not exceed the refresh-token lifetime; ' +
    'otherwise the broker is configured for an idle window that the token can never reach, and Okta rejects the ' +
    "rule at apply. An unset window is Okta's default of 7 days; an unlimited lifetime (0) passes. " +
    'Fix: lower the refresh window or raise the lifetime.',
  see: ['https://registry.terraform.io/providers/okta/okta/latest/docs/resources/auth_server_policy_rule'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const b of ctx.keycloakBrokers) {
      for (const r of brokerPolicyRules(ctx, b)) {
        const lifetime: unknown = r.rule.refreshTokenLifetimeMinutes;
        if (lifetime === undefined || lifetime === 0) continue;
        const declaredWindow: unknown = r.rule.refreshTokenWindowMinutes;
        const window = declaredWindow ?? OKTA_DEFAULT_REFRESH_WINDOW_MINUTES;
        if (typeof lifetime !== 'number' || typeof window !== 'number') {
          if (isApplyTimeValue(lifetime) || isApplyTimeValue(window))
            out.push(unevaluable(b.path, `${r.where} refresh window ${show(window)} vs lifetime ${show(lifetime)} are apply-time values`));
          continue;
        }
        if (window <= lifetime) continue;
        out.push(
          violation(
            b.path,
            `${r.where}, used by ${describeBroker(b)}, expires refresh tokens if not used every ${showMinutes(window)}${declaredWindow === undefined ? ' (Okta default)' : ''}, longer than their lifetime ${showMinutes(lifetime)}. Fix: set the refresh window to ${lifetime} minutes or less.`,
          ),
        );
      }
    }
    return out;
  },
};
