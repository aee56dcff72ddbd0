import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, listOf, show } from '../values';
import { describeBroker } from './keycloak';

const ENDPOINT = /^(\/auth)?\/realms\/[^/]+\/broker\/[^/]+\/endpoint$/;

/** EO-KC-004: the broker client redirects to the exact Keycloak broker endpoint. */
export const brokerRedirectExact: Rule = {
  id: 'EO-KC-004',
  severity: 'error',
  title: "The broker client's redirect URI is the exact Keycloak broker endpoint",
  explanation:
    'Keycloak (and products built on it, such as Atlan and Ataccama) receives the upstream code at ' +
    '`https://<host>[/auth]/realms/<realm>/broker/<alias>/endpoint`. Okta matches redirect URIs exactly, so a ' +
    'trailing slash, a missing `/endpoint`, a query string or another alias fails the sign-in with "redirect_uri ' +
    'mismatch". Fix: register the exact endpoint URI shown in the Keycloak identity-provider settings.',
  see: ['https://www.keycloak.org/docs/latest/server_admin/#_identity_broker_overview'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const b of ctx.keycloakBrokers) {
      const client = ctx.clientByPath(b.clientPath);
      if (!client) continue;
      const uris = listOf(client.redirectUris);
      if (!uris || uris.some(isApplyTimeValue)) {
        out.push(unevaluable(b.path, `redirect URIs ${show(uris ?? client.redirectUris)} of ${client.path} hold apply-time values`));
        continue;
      }
      const exact = uris.filter((u) => isEndpoint(u));
      for (const u of uris.filter((x) => !isEndpoint(x) && /\/broker\//.test(x))) {
        out.push(
          violation(
            b.path,
            `${describeBroker(b)}: ${client.path} redirect URI ${show(u)} is not an exact Keycloak broker endpoint (…/realms/<realm>/broker/<alias>/endpoint, no trailing slash or query). Fix: register the exact endpoint URI.`,
          ),
        );
      }
      if (exact.length === 0) {
        out.push(
          violation(
            b.path,
            `${describeBroker(b)}: ${client.path} registers no exact Keycloak broker endpoint among its redirect URIs ${show(uris)}. Fix: add https://<keycloak-host>/realms/<realm>/broker/<alias>/endpoint exactly.`,
          ),
        );
      }
    }
    return out;
  },
};

function isEndpoint(uri: string): boolean {
  try {
    const url = new URL(uri);
    return url.protocol === 'https:' && !url.search && !url.hash && ENDPOINT.test(url.pathname);
  } catch {
    return false;
  }
}
