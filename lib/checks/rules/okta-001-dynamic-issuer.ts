import { Rule, RuleOutcome, violation } from '../rule';

/** EO-OKTA-001: no DYNAMIC issuer mode. */
export const dynamicIssuerMode: Rule = {
  id: 'EO-OKTA-001',
  severity: 'warning',
  title: 'Okta authorization servers do not use issuer mode DYNAMIC',
  explanation:
    'With issuer mode DYNAMIC the `iss` of a token depends on the domain the client called (the Okta org URL or a ' +
    'custom domain), so one authorization server issues two different issuer strings and trusts that compare ' +
    "`iss` exactly accept only one of them. OpenMetadata's Okta guide says to change it from Dynamic to the Okta URL. Fix: set issuer mode ORG_URL or CUSTOM_URL.",
  see: ['https://developer.okta.com/docs/guides/custom-url-domain/main/#about-issuer-configuration'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const issuer of ctx.manifest.issuers) {
      if (issuer.kind !== 'okta' || issuer.details?.issuerMode !== 'DYNAMIC') continue;
      out.push(
        violation(
          issuer.path,
          `${issuer.path} has issuer mode "DYNAMIC": its iss follows the domain each client calls, while trusts compare one exact iss. Fix: set issuerMode "ORG_URL" (or "CUSTOM_URL").`,
        ),
      );
    }
    return out;
  },
};
