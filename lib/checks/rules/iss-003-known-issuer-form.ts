import { trustIssuer } from '../../manifest/trust-fields';
import { describeTrust } from '../model';
import { Rule, RuleOutcome, violation } from '../rule';
import { isApplyTimeValue, show } from '../values';

/** The published `iss` form of well-known IdPs, by host and path. */
interface IssuerForm {
  readonly idp: string;
  readonly matches: RegExp;
  /** The exact form, or undefined when `value` already has it. */
  readonly corrected: (value: string) => string | undefined;
}

const withSlash = (v: string): string | undefined => (v.endsWith('/') ? undefined : `${v}/`);
const withoutSlash = (v: string): string | undefined => (v.endsWith('/') ? v.replace(/\/+$/, '') : undefined);

const FORMS: readonly IssuerForm[] = [
  { idp: 'Entra ID v1 (`https://sts.windows.net/<tenant>/`)', matches: /^https:\/\/sts\.windows\.net\/[^/]+\/?$/i, corrected: withSlash },
  {
    idp: 'Entra ID v2 (`https://login.microsoftonline.com/<tenant>/v2.0`)',
    matches: /^https:\/\/login\.microsoftonline\.com\/[^/]+\/v2\.0\/?$/i,
    corrected: withoutSlash,
  },
  {
    idp: 'Okta (`https://<org>.okta.com/oauth2/<server id>`)',
    matches: /^https:\/\/[^/]+\.(okta|oktapreview|okta-emea|okta-gov)\.com(\/oauth2\/[^/]+)?\/?$/i,
    corrected: withoutSlash,
  },
  { idp: 'Auth0 (`https://<tenant>.<region>.auth0.com/`)', matches: /^https:\/\/[^/]+\.auth0\.com\/?$/i, corrected: withSlash },
  { idp: 'Keycloak (`https://<host>/realms/<realm>`)', matches: /^https:\/\/[^/]+(\/auth)?\/realms\/[^/]+\/?$/i, corrected: withoutSlash },
];

function misformed(value: string): { idp: string; corrected: string } | undefined {
  if (isApplyTimeValue(value)) return undefined;
  for (const form of FORMS) {
    if (!form.matches.test(value)) continue;
    const corrected = form.corrected(value);
    return corrected === undefined ? undefined : { idp: form.idp, corrected };
  }
  return undefined;
}

/** EO-ISS-003: an issuer URL typed by hand has its IdP's exact published form. */
export const knownIssuerForm: Rule = {
  id: 'EO-ISS-003',
  severity: 'error',
  title: "An issuer URL of a well-known IdP has that IdP's exact form",
  explanation:
    '`iss` is compared as an exact string. Issuers declared by URL (an `ExternalIssuer`, or a trust record edited by hand) ' +
    'cannot be checked against a construct, but the well-known IdPs publish one exact form: Entra v1 ends with a slash, ' +
    'Entra v2 ends with `/v2.0`, Auth0 ends with a slash, Okta and Keycloak never do. A missing or extra slash fails ' +
    'every login with no hint. Fix: use the form the IdP puts in `iss` (its discovery document shows it).',
  see: [
    'https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference',
    'https://developer.okta.com/docs/concepts/auth-servers/',
    'https://auth0.com/docs/secure/tokens/json-web-tokens/json-web-token-claims',
  ],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const issuer of ctx.manifest.issuers) {
      const bad = misformed(issuer.issuer);
      if (bad)
        out.push(
          violation(
            issuer.path,
            `${issuer.path} declares issuer ${show(issuer.issuer)}, but ${bad.idp} tokens carry ${show(bad.corrected)}. Fix: set the issuer URL to ${show(bad.corrected)}.`,
          ),
        );
    }
    for (const trust of ctx.manifest.trusts) {
      const value = trustIssuer(trust);
      const bad = misformed(value);
      if (bad)
        out.push(
          violation(
            trust.path,
            `${describeTrust(trust)} expects iss ${show(value)}, but ${bad.idp} tokens carry ${show(bad.corrected)}. Fix: use ${show(bad.corrected)}.`,
          ),
        );
    }
    return out;
  },
};
