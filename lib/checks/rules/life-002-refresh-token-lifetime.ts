import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, show, showMinutes } from '../values';

/** The longest refresh-token lifetime that passes: 90 days, in minutes. */
export const MAX_REFRESH_TOKEN_MINUTES = 90 * 24 * 60;

/** EO-LIFE-002: refresh tokens live at most 90 days. */
export const refreshTokenLifetime: Rule = {
  id: 'EO-LIFE-002',
  severity: 'warning',
  title: 'Refresh tokens live at most 90 days',
  explanation:
    'A refresh token mints new access tokens for its whole lifetime, with no user present. 90 days is the dbt ' +
    "default and the Okta org server's fixed lifetime; longer, or unlimited (0 in Okta), keeps a stolen token " +
    'useful for months. Fix: set the refresh-token lifetime to 90 days (129600 minutes) or less, with an idle ' +
    'window ("expire if not used every").',
  see: ['https://developer.okta.com/docs/guides/refresh-tokens/main/#refresh-token-lifetime'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const issuer of ctx.manifest.issuers) {
      for (const policy of Array.isArray(issuer.policies) ? issuer.policies : []) {
        for (const rule of policy.rules) {
          const minutes: unknown = rule.refreshTokenLifetimeMinutes;
          if (minutes === undefined) continue;
          const where = `${issuer.path} policy ${show(policy.name)} rule ${show(rule.name)}`;
          if (typeof minutes !== 'number') {
            if (isApplyTimeValue(minutes))
              out.push(unevaluable(issuer.path, `${where} refresh-token lifetime ${show(minutes)} is an apply-time value`));
            continue;
          }
          if (minutes !== 0 && minutes <= MAX_REFRESH_TOKEN_MINUTES) continue;
          const shown = minutes === 0 ? 'an unlimited lifetime (0)' : showMinutes(minutes);
          out.push(
            violation(
              issuer.path,
              `${where} gives refresh tokens ${shown}, above 90 days (${MAX_REFRESH_TOKEN_MINUTES} min). Fix: set the refresh-token lifetime to 90 days or less.`,
            ),
          );
        }
      }
    }
    return out;
  },
};
