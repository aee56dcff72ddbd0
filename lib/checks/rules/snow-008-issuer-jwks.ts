import { describeTrust } from '../model';
import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, listOf, show } from '../values';

/** EO-SNOW-008: the integration fetches keys where the issuer publishes them. */
export const issuerJwks: Rule = {
  id: 'EO-SNOW-008',
  severity: 'warning',
  title: "A Snowflake integration's JWKS URLs include the issuer's JWKS URL",
  explanation:
    "Snowflake verifies signatures only with keys fetched from the integration's JWKS URLs. If none of them is the " +
    "issuer's published JWKS, a key rotation at the issuer (or a copy of another tenant's URL) breaks every login. " +
    'Fix: take the JWKS URL from the issuer object.',
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const trust of ctx.snowflakeTrusts) {
      const issuer = ctx.issuerByPath(trust.issuerPath);
      const urls = listOf(trust.jwksUrls);
      if (!issuer || !urls || urls.includes(issuer.jwksUrl)) continue;
      if (isApplyTimeValue(urls) || isApplyTimeValue(issuer.jwksUrl)) {
        out.push(unevaluable(trust.path, `JWKS URLs ${show(urls)} vs the issuer's ${show(issuer.jwksUrl)}`));
        continue;
      }
      out.push(
        violation(
          trust.path,
          `${describeTrust(trust)} fetches keys from ${show(urls)}, but ${issuer.path} publishes them at ${show(issuer.jwksUrl)}. Fix: use the issuer's JWKS URL.`,
        ),
      );
    }
    return out;
  },
};
