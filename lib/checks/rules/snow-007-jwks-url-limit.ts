import { describeTrust } from '../model';
import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { listOf, show } from '../values';

const MAX_JWKS_URLS = 3;

/** EO-SNOW-007: at most 3 JWKS URLs. */
export const jwksUrlLimit: Rule = {
  id: 'EO-SNOW-007',
  severity: 'error',
  title: 'A Snowflake integration lists at most 3 JWKS URLs',
  explanation:
    '`EXTERNAL_OAUTH_JWS_KEYS_URL` accepts at most three URLs; a fourth fails at apply. Fix: keep one URL per ' +
    "issuer (the issuer's JWKS) and drop stale ones.",
  see: ['https://docs.snowflake.com/en/sql-reference/sql/create-security-integration-oauth-external'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const trust of ctx.snowflakeTrusts) {
      const urls = listOf(trust.jwksUrls);
      if (!urls) out.push(unevaluable(trust.path, `the JWKS URL list of ${describeTrust(trust)} is an apply-time value`));
      else if (urls.length > MAX_JWKS_URLS)
        out.push(
          violation(
            trust.path,
            `${describeTrust(trust)} lists ${urls.length} JWKS URLs ${show(urls)}; Snowflake accepts at most ${MAX_JWKS_URLS}. Fix: remove ${urls.length - MAX_JWKS_URLS} of them.`,
          ),
        );
    }
    return out;
  },
};
