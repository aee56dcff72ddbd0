import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, show, showMinutes } from '../values';

/** The longest access-token lifetime that passes, in minutes. */
export const MAX_ACCESS_TOKEN_MINUTES = 60;

/** EO-LIFE-001: access tokens live at most 60 minutes. */
export const accessTokenLifetime: Rule = {
  id: 'EO-LIFE-001',
  severity: 'warning',
  title: 'Access tokens live at most 60 minutes',
  explanation:
    'An access token is a bearer credential that cannot be revoked at Snowflake, Redshift or the validator before ' +
    'it expires. Beyond 60 minutes (the Okta default) a leaked token stays useful for long; refresh tokens exist ' +
    'to keep sessions alive. Fix: set the access-token lifetime to 60 minutes or less.',
  see: ['https://www.rfc-editor.org/rfc/rfc9700#section-4.14'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const issuer of ctx.manifest.issuers) {
      for (const policy of Array.isArray(issuer.policies) ? issuer.policies : []) {
        for (const rule of policy.rules) {
          const where = `${issuer.path} policy ${show(policy.name)} rule ${show(rule.name)}`;
          out.push(...judge(issuer.path, where, rule.accessTokenLifetimeMinutes));
        }
      }
      const declared = issuer.details?.accessTokenLifetimeMinutes;
      if (declared !== undefined) out.push(...judge(issuer.path, `${issuer.path} (declared access-token lifetime)`, declared));
    }
    return out;
  },
};

function judge(path: string, where: string, minutes: unknown): RuleOutcome[] {
  if (typeof minutes !== 'number')
    return isApplyTimeValue(minutes) ? [unevaluable(path, `${where} access-token lifetime ${show(minutes)} is an apply-time value`)] : [];
  if (minutes <= MAX_ACCESS_TOKEN_MINUTES) return [];
  return [
    violation(
      path,
      `${where} issues access tokens for ${showMinutes(minutes)}, above ${MAX_ACCESS_TOKEN_MINUTES} minutes. Fix: set the access-token lifetime to ${MAX_ACCESS_TOKEN_MINUTES} minutes or less.`,
    ),
  ];
}
