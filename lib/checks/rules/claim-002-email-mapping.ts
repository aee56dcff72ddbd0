import { describeTrust, emittedClaims } from '../model';
import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, listOf, show } from '../values';

/** EO-CLAIM-002: a Snowflake EMAIL_ADDRESS mapping reads an email-valued claim. */
export const emailMapping: Rule = {
  id: 'EO-CLAIM-002',
  severity: 'error',
  title: 'A Snowflake EMAIL_ADDRESS mapping uses an email-valued claim',
  explanation:
    'With `EXTERNAL_OAUTH_SNOWFLAKE_USER_MAPPING_ATTRIBUTE = EMAIL_ADDRESS`, Snowflake looks the claim value up in ' +
    "the users' EMAIL property. A claim that holds an object id, a client id or a username that is not an email " +
    'address matches nobody. Fix: map a claim declared with `valueKind: "email"` (Entra `upn`/`email`, an Okta ' +
    '`user.email` claim), or switch the mapping attribute to LOGIN_NAME.',
  see: ['https://docs.snowflake.com/en/sql-reference/sql/create-security-integration-oauth-external'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const trust of ctx.snowflakeTrusts) {
      if (trust.mappingAttribute !== 'EMAIL_ADDRESS') continue;
      const issuer = ctx.issuerByPath(trust.issuerPath);
      if (!issuer) continue;
      const claims = listOf(trust.userMappingClaims);
      if (!claims || claims.some(isApplyTimeValue)) {
        out.push(unevaluable(trust.path, `the user-mapping claims of ${describeTrust(trust)} are an apply-time value`));
        continue;
      }
      const byName = new Map(emittedClaims(issuer).map((c) => [c.name, c]));
      for (const name of claims) {
        const claim = byName.get(name);
        if (!claim || claim.valueKind === 'email') continue; // an unknown claim is EO-CLAIM-001's
        const emails = [...byName.values()].filter((c) => c.valueKind === 'email').map((c) => c.name);
        const okta =
          issuer.kind === 'okta' && name === 'sub'
            ? " Okta's sub is the Okta username, which equals the email only while every login is kept in email format."
            : '';
        const fix = emails.length
          ? `an email claim such as ${show(emails)}`
          : `a claim declared with valueKind "email"${issuer.kind === 'okta' ? ' (Okta: addClaim email = user.email)' : ''}`;
        out.push(
          violation(
            trust.path,
            `${describeTrust(trust)} maps EMAIL_ADDRESS from claim ${show(name)}, which ${issuer.path} declares as ${show(claim.valueKind ?? 'other')}, not an email address.${okta} Fix: map ${fix}, or use mappingAttribute LOGIN_NAME.`,
          ),
        );
      }
    }
    return out;
  },
};
