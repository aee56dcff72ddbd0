import { trustIssuer } from '../../manifest/trust-fields';
import { describeTrust, expectedIssuer } from '../model';
import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, show } from '../values';

/** EO-ISS-001: a trust expects exactly the `iss` its issuer puts in tokens. */
export const issuerString: Rule = {
  id: 'EO-ISS-001',
  severity: 'error',
  title: "A trust's issuer string equals the issuer's `iss`",
  explanation:
    'Snowflake, Redshift (IAM Identity Center) and the validator compare `iss` byte for byte. Entra puts ' +
    '`https://sts.windows.net/<tenant>/` (trailing slash included) in v1 tokens and ' +
    "`https://login.microsoftonline.com/<tenant>/v2.0` in v2 tokens; the API's `accessTokenVersion`, not the " +
    "endpoint a client calls, decides which. Okta puts its authorization server's issuer. A mismatch fails every " +
    'login with a generic "invalid token" error. Fix: wire the trust with the issuer object (never a copied URL) ' +
    "and set the Entra API's access-token version to the one the trust expects.",
  see: ['https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens#token-formats'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const issuer of ctx.manifest.issuers) {
      const expected = expectedIssuer(issuer);
      if (issuer.kind !== 'entra' || expected.value === issuer.issuer) continue;
      if (isApplyTimeValue(issuer.issuer) || isApplyTimeValue(expected.value)) {
        out.push(unevaluable(issuer.path, `issuer ${show(issuer.issuer)} vs ${show(expected.value)} expected for the ${expected.basis}`));
      } else {
        out.push(
          violation(
            issuer.path,
            `${issuer.path} declares issuer ${show(issuer.issuer)}, but as an ${expected.basis} its tokens carry iss ${show(expected.value)}. Fix: derive the issuer from the tenant and accessTokenVersion.`,
          ),
        );
      }
    }
    for (const trust of ctx.manifest.trusts) {
      const issuer = ctx.issuerByPath(trust.issuerPath);
      if (!issuer) {
        out.push(unevaluable(trust.path, `its issuer ${trust.issuerPath} is not in this manifest`));
        continue;
      }
      const expected = expectedIssuer(issuer);
      const actual = trustIssuer(trust);
      if (actual === expected.value) continue;
      if (isApplyTimeValue(actual) || isApplyTimeValue(expected.value)) {
        out.push(
          unevaluable(trust.path, `${describeTrust(trust)} expects iss ${show(actual)}, ${issuer.path} issues ${show(expected.value)}`),
        );
        continue;
      }
      out.push(
        violation(
          trust.path,
          `${describeTrust(trust)} expects iss ${show(actual)}, but ${issuer.path} (${expected.basis}) puts ${show(expected.value)} in iss.${hint(actual, expected.value)} Fix: pass the issuer object to the trust instead of a copied URL${issuer.kind === 'entra' ? ", or change the API's accessTokenVersion" : ''}.`,
        ),
      );
    }
    return out;
  },
};

function hint(actual: string, expected: string): string {
  if (actual.replace(/\/$/, '') === expected.replace(/\/$/, ''))
    return ' They differ only in the trailing slash, which iss comparison does not ignore.';
  if (actual.includes('sts.windows.net') && expected.endsWith('/v2.0'))
    return ' The trust expects a v1 issuer but the API issues v2 tokens.';
  if (actual.endsWith('/v2.0') && expected.includes('sts.windows.net'))
    return ' The trust expects a v2 issuer but the API issues v1 tokens.';
  return '';
}
