import { describeTrust } from '../model';
import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, show } from '../values';

/** EO-DBX-005: a Databricks policy finds the issuer's keys by discovery, not pinned keys. */
export const databricksPinnedKeys: Rule = {
  id: 'EO-DBX-005',
  severity: 'warning',
  title: 'A Databricks federation policy finds keys by discovery, not a pinned `jwks_json`',
  explanation:
    "With neither `jwks_uri` nor `jwks_json`, Databricks fetches the keys from the issuer's well-known " +
    "endpoint, which Databricks strongly recommends. A pinned `jwks_json` stops matching at the issuer's next " +
    'key rotation (Okta and Entra rotate automatically) and every exchange fails from then on; a `jwks_uri` other ' +
    "than the issuer's published JWKS URL does the same when the two diverge. Fix: remove `jwksJson` / " +
    '`jwksUri`.',
  see: ['https://registry.terraform.io/providers/databricks/databricks/1.99.0/docs/resources/service_principal_federation_policy'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const trust of ctx.databricksTrusts) {
      if (trust.jwks.source === 'json') {
        out.push(
          violation(
            trust.path,
            `${describeTrust(trust)} pins jwks_json (kid ${show(trust.jwks.keyIds ?? [])}): the exchange fails from the issuer's next key rotation on. Fix: remove jwksJson to use discovery.`,
          ),
        );
        continue;
      }
      if (trust.jwks.source !== 'uri' || !trust.jwks.uri) continue;
      const issuer = ctx.issuerByPath(trust.issuerPath);
      if (!issuer || issuer.jwksUrl === trust.jwks.uri) continue;
      if (isApplyTimeValue(issuer.jwksUrl) || isApplyTimeValue(trust.jwks.uri)) {
        out.push(unevaluable(trust.path, `jwks_uri ${show(trust.jwks.uri)} vs the issuer's ${show(issuer.jwksUrl)}`));
        continue;
      }
      out.push(
        violation(
          trust.path,
          `${describeTrust(trust)} fetches keys from jwks_uri ${show(trust.jwks.uri)}, but ${issuer.path} publishes them at ${show(issuer.jwksUrl)}. Fix: remove jwksUri to use discovery.`,
        ),
      );
    }
    return out;
  },
};
