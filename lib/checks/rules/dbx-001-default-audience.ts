import { describeTrust, mintedAudiences } from '../model';
import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, show } from '../values';

/** EO-DBX-001: a Databricks policy without audiences is used only with an issuer that mints the account id. */
export const databricksDefaultAudience: Rule = {
  id: 'EO-DBX-001',
  severity: 'error',
  title: 'A Databricks federation policy without audiences has an issuer that mints the account id',
  explanation:
    'When `oidc_policy.audiences` is omitted, Databricks accepts only tokens whose `aud` is the Databricks account ' +
    "id. If the issuer mints another audience (an Okta authorization server's one audience, an Entra API's " +
    "identifier URI or client id, GitHub Actions' `https://github.com/<owner>`), every token exchange fails. " +
    'Fix: list the audience the issuer mints (the default: take it from the issuer object), or make the issuer ' +
    'mint the account id.',
  see: [
    'https://docs.databricks.com/aws/en/dev-tools/auth/oauth-federation-policy',
    'https://registry.terraform.io/providers/databricks/databricks/1.99.0/docs/resources/account_federation_policy',
  ],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const trust of ctx.databricksTrusts) {
      if (!trust.audiencesDefaulted) continue;
      const issuer = ctx.issuerByPath(trust.issuerPath);
      if (!issuer) continue; // EO-ISS-001 reports the missing issuer
      const minted = mintedAudiences(issuer);
      if (trust.accountId === undefined) {
        out.push(
          unevaluable(
            trust.path,
            `${describeTrust(trust)} omits audiences, so Databricks accepts the account id only, and the policy declares no accountId to compare with ${show(minted.values ?? "the issuer's audiences")}`,
          ),
        );
        continue;
      }
      if (minted.values?.includes(trust.accountId)) continue;
      if (!minted.values || isApplyTimeValue(minted.values) || isApplyTimeValue(trust.accountId)) {
        out.push(unevaluable(trust.path, `account id ${show(trust.accountId)} vs minted ${show(minted.values ?? 'an apply-time list')}`));
        continue;
      }
      out.push(
        violation(
          trust.path,
          `${describeTrust(trust)} omits audiences, so Databricks accepts only aud = the account id ${show(trust.accountId)}, but ${issuer.path} mints ${show(minted.values)} (${minted.basis}): every exchange fails. Fix: set audiences to ${show(minted.values[0] ?? "the issuer's audience")} (omit omitAudiences), or make the issuer mint the account id.`,
        ),
      );
    }
    return out;
  },
};
