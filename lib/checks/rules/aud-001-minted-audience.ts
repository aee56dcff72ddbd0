import type { IssuerRecord } from '../../manifest/types';
import { audiencesOfTrust, describeTrust, expectedIssuer, mintedAudiences } from '../model';
import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, show } from '../values';

/**
 * A Snowflake account URL: `https://<account identifier>.snowflakecomputing.com` (optionally with
 * region and cloud segments, or privatelink).
 * @see https://docs.snowflake.com/en/user-guide/admin-account-identifier
 */
const SNOWFLAKE_ACCOUNT_URL = /^https:\/\/[a-z0-9_.-]+\.snowflakecomputing\.com\/?$/i;

/** EO-AUD-001: every audience a trust accepts is one its issuer mints. */
export const mintedAudience: Rule = {
  id: 'EO-AUD-001',
  severity: 'error',
  title: 'Each trust audience is one the issuer mints',
  explanation:
    "A token's `aud` is decided by the issuer: an Okta authorization server mints its one audience; an Entra API " +
    'mints its identifier URI (App ID URI) in v1 tokens and its client id in v2 tokens. An audience that no issuer ' +
    'with the same `iss` mints never matches, so logins fail, or it is a copy-paste of another resource. Audiences ' +
    'minted by another issuer record with the same `iss` (a second Entra API of the same tenant) are accepted. ' +
    "Fix: take the audience from the issuer object, or change the Entra API's access-token version. When a " +
    'Snowflake integration accepts its account URL (`https://<account>.snowflakecomputing.com`), that URL is what ' +
    'Snowflake expects: the fix is on the issuer, which must mint it.',
  see: ['https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const trust of ctx.manifest.trusts) {
      const issuer = ctx.issuerByPath(trust.issuerPath);
      if (!issuer) continue; // EO-ISS-001 reports the missing issuer
      const accepted = audiencesOfTrust(trust);
      if (!accepted) {
        out.push(unevaluable(trust.path, `the audience list of ${describeTrust(trust)} is an apply-time value`));
        continue;
      }
      const sameIss = ctx.manifest.issuers.filter((i) => i === issuer || expectedIssuer(i).value === expectedIssuer(issuer).value);
      const minted = mintedFrom(sameIss);
      const own = mintedAudiences(issuer);
      for (const aud of accepted) {
        if (minted.values.includes(aud)) continue;
        if (isApplyTimeValue(aud) || minted.unresolved) {
          out.push(unevaluable(trust.path, `audience ${show(aud)} vs minted ${show(minted.values)}`));
          continue;
        }
        // A Snowflake account URL is the ground truth of a Snowflake trust (the account the
        // integration lives in): then the issuer's audience is the side that differs.
        const fix =
          trust.type === 'snowflake' && SNOWFLAKE_ACCOUNT_URL.test(aud)
            ? `Fix: make ${issuer.path} mint ${show(aud)}, the URL of the Snowflake account this integration lives in (the issuer's audience is the side that differs).`
            : `Fix: accept ${show((own.values ?? [])[0] ?? "the issuer's audience")} by wiring the audience from the issuer object.`;
        out.push(
          violation(
            trust.path,
            `${describeTrust(trust)} accepts audience ${show(aud)}, but ${issuer.path} mints ${show(own.values ?? [])} (${own.basis}). ${fix}`,
          ),
        );
      }
    }
    return out;
  },
};

function mintedFrom(issuers: readonly IssuerRecord[]): { values: string[]; unresolved: boolean } {
  const values: string[] = [];
  let unresolved = false;
  for (const i of issuers) {
    const m = mintedAudiences(i).values;
    if (!m) unresolved = true;
    else values.push(...m);
  }
  return { values, unresolved: unresolved || values.some(isApplyTimeValue) };
}
