import { describeTrust } from '../model';
import { Rule, RuleOutcome, violation } from '../rule';
import { show } from '../values';

/** EO-SNOW-006: one Snowflake integration per issuer per account. */
export const oneIntegrationPerIssuer: Rule = {
  id: 'EO-SNOW-006',
  severity: 'error',
  title: 'One Snowflake integration per issuer per account',
  explanation:
    'Snowflake rejects a second External OAuth integration for the same issuer in one account, so the second ' +
    "`terraform apply` fails. Fix: extend the first integration's audience list (ALTER SECURITY INTEGRATION ... SET " +
    'EXTERNAL_OAUTH_AUDIENCE_LIST, declared as an existing integration) instead of creating another one.',
  see: ['https://docs.snowflake.com/en/user-guide/oauth-ext-overview'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    const created = ctx.snowflakeTrusts.filter((t) => !t.existing);
    created.forEach((trust, i) => {
      const earlier = created
        .slice(0, i)
        .find((t) => (t.account ?? '') === (trust.account ?? '') && (t.issuerPath === trust.issuerPath || t.issuer === trust.issuer));
      if (!earlier) return;
      out.push(
        violation(
          trust.path,
          `${describeTrust(trust)} is a second integration for issuer ${show(trust.issuer)} in account ${show(trust.account ?? '(provider default)')}; ${describeTrust(earlier)} already trusts it and Snowflake rejects the second. Fix: add its audiences to ${earlier.path} as an existing-integration audience extension.`,
        ),
      );
    });
    return out;
  },
};
