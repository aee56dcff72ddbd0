import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, listOf, show } from '../values';
import { describeBroker } from './keycloak';

const ENDPOINT = /\/realms\/[^/]+\/broker\/[^/]+\/endpoint$/;

/** EO-KC-008: the broker's sign-out redirect is registered on the upstream app. */
export const brokerLogoutResponse: Rule = {
  id: 'EO-KC-008',
  severity: 'error',
  title: "The broker's sign-out redirect (`.../endpoint/logout_response`) is registered",
  explanation:
    'When a user signs out, Keycloak ends the upstream session too and asks the upstream IdP to send the browser ' +
    'back to `<broker endpoint>/logout_response`. Okta redirects only to registered sign-out redirect URIs, so ' +
    'without it the sign-out stops at an Okta error page and the upstream session stays open. Fix: add the broker ' +
    "endpoint followed by `/logout_response` to the app's sign-out redirect URIs (`ClientProgram.keycloakBroker` " +
    'sets it).',
  see: [
    'https://www.keycloak.org/docs/latest/server_admin/#_identity_broker_oidc',
    'https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_oauth#post_logout_redirect_uris',
  ],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const broker of ctx.keycloakBrokers) {
      const client = ctx.clientByPath(broker.clientPath);
      if (!client) continue;
      const redirects = listOf(client.redirectUris);
      const logouts = listOf(client.postLogoutRedirectUris);
      if (!redirects || !logouts || [...redirects, ...logouts].some(isApplyTimeValue)) {
        out.push(unevaluable(broker.path, `the redirect or sign-out URIs of ${client.path} hold apply-time values`));
        continue;
      }
      const expected = redirects.filter((u) => ENDPOINT.test(u)).map((u) => `${u}/logout_response`);
      if (expected.length === 0 || expected.some((e) => logouts.includes(e))) continue; // EO-KC-004 reports a missing endpoint
      out.push(
        violation(
          broker.path,
          `${describeBroker(broker)}: ${client.path} registers sign-out redirect URIs ${show(logouts)}, without ${show(expected[0])}: the upstream sign-out cannot return to Keycloak. Fix: add ${show(expected[0])} to postLogoutRedirectUris.`,
        ),
      );
    }
    return out;
  },
};
