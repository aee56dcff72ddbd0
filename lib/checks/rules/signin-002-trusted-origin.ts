import { corsTrustedOrigins, webOrigin } from '../../core/client-program';
import { describeClient } from '../model';
import { Rule, RuleOutcome, violation } from '../rule';
import { isApplyTimeValue, listOf, show } from '../values';

/** EO-SIGNIN-002: an Okta browser app's page origins are CORS trusted origins. */
export const browserTrustedOrigin: Rule = {
  id: 'EO-SIGNIN-002',
  severity: 'error',
  title: "An Okta browser app's origins are trusted origins (CORS)",
  explanation:
    "A single-page app calls Okta's token endpoint (code exchange, refresh) from the browser, with its page's " +
    'origin. Okta answers cross-origin requests only for trusted origins with the CORS scope; for any other origin ' +
    'the browser blocks the response, so the user signs in at Okta and is then stuck on the callback page. Fix: ' +
    "trust each https origin of the app's redirect and sign-out URIs (`OktaOidcApp` creates `okta_trusted_origin` " +
    'for a browser app by default; `trustedOrigins: { existing: [...] }` declares origins the org already trusts).',
  see: [
    'https://developer.okta.com/docs/guides/enable-cors/main/',
    'https://help.okta.com/en-us/content/topics/security/api-trusted-origins.htm',
  ],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const client of ctx.manifest.clients) {
      if (client.kind !== 'browser' || ctx.issuerByPath(client.issuer)?.kind !== 'okta') continue;
      const trusted = new Set(corsTrustedOrigins(client));
      const uris = [...(listOf(client.redirectUris) ?? []), ...(listOf(client.postLogoutRedirectUris) ?? [])];
      const origins = [
        ...new Set(
          uris
            .filter((u) => !isApplyTimeValue(u))
            .map(webOrigin)
            .filter((o): o is string => o !== undefined),
        ),
      ];
      const missing = origins.filter((o) => !trusted.has(o));
      if (missing.length > 0) {
        out.push(
          violation(
            client.path,
            `${describeClient(client)} is a browser app whose origin(s) ${show(missing)} are not Okta trusted origins with the CORS scope (trusted: ${show([...trusted])}): the browser blocks its token and refresh calls. Fix: trust them (okta_trusted_origin, scopes CORS and REDIRECT), or declare them with trustedOrigins.existing.`,
          ),
        );
      }
    }
    return out;
  },
};
