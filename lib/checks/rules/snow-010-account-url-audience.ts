import { describeTrust, mintedAudiences } from '../model';
import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, show } from '../values';

/** EO-SNOW-010: the issuer mints the URL of the Snowflake account the integration lives in. */
export const accountUrlAudience: Rule = {
  id: 'EO-SNOW-010',
  severity: 'error',
  title: 'The issuer mints the Snowflake account URL',
  explanation:
    'Snowflake accepts an External OAuth token only when its `aud` is the account URL ' +
    '(`https://<account identifier>.snowflakecomputing.com`) or a value of EXTERNAL_OAUTH_AUDIENCE_LIST. When the ' +
    "integration takes its audiences from the issuer object, a typo in the issuer's audience is copied to both sides " +
    'and no other check sees it. With `accountUrl` declared on the integration, the account URL is the ground truth: ' +
    "the issuer must mint it. Fix: set the issuer's audience to the account URL (for Okta, the authorization " +
    "server's audience).",
  see: ['https://docs.snowflake.com/en/user-guide/oauth-ext-custom', 'https://docs.snowflake.com/en/user-guide/admin-account-identifier'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const trust of ctx.snowflakeTrusts) {
      const accountUrl = trust.accountUrl;
      const issuer = ctx.issuerByPath(trust.issuerPath);
      if (accountUrl === undefined || !issuer) continue;
      const minted = mintedAudiences(issuer).values;
      if (isApplyTimeValue(accountUrl) || !minted || minted.some(isApplyTimeValue)) {
        out.push(unevaluable(trust.path, `account URL ${show(accountUrl)} vs the audiences ${issuer.path} mints`));
        continue;
      }
      const norm = (u: string) => u.replace(/\/+$/, '').toLowerCase();
      if (minted.some((a) => norm(a) === norm(accountUrl))) continue;
      out.push(
        violation(
          trust.path,
          `${describeTrust(trust)} lives in the Snowflake account ${show(accountUrl)}, but ${issuer.path} mints ${show(minted)}: Snowflake would reject every token of this issuer. Fix: make ${issuer.path} mint ${show(accountUrl)}.`,
        ),
      );
    }
    return out;
  },
};
