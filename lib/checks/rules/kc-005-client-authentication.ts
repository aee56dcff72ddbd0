import { Rule, RuleOutcome, violation } from '../rule';
import { show } from '../values';
import { describeBroker } from './keycloak';

/** EO-KC-005: the broker authenticates the way its upstream app is registered. */
export const brokerClientAuthentication: Rule = {
  id: 'EO-KC-005',
  severity: 'error',
  title: "The broker's client authentication is the upstream app's",
  explanation:
    'Keycloak\'s identity provider sends the client secret as its "Client authentication" says (by default ' +
    '"Client secret sent as post", `client_secret_post`). The upstream app accepts only its registered token ' +
    'endpoint authentication method, so a mismatch fails the code exchange with `invalid_client` after the user has ' +
    "signed in at the upstream IdP. Fix: register the broker's method on the app (Okta `tokenEndpointAuthMethod`), " +
    'or change the broker\'s "Client authentication".',
  see: [
    'https://www.keycloak.org/docs/latest/server_admin/#_identity_broker_oidc',
    'https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_oauth#token_endpoint_auth_method',
  ],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const broker of ctx.keycloakBrokers) {
      const client = ctx.clientByPath(broker.clientPath);
      const registered = client?.tokenEndpointAuthMethod;
      if (!client || registered === undefined || broker.clientAuthentication === undefined || registered === broker.clientAuthentication)
        continue;
      out.push(
        violation(
          broker.path,
          `${describeBroker(broker)} authenticates with ${show(broker.clientAuthentication)}, but ${client.path} is registered with ${show(registered)}: the code exchange fails with invalid_client. Fix: set tokenEndpointAuthMethod ${show(broker.clientAuthentication)} on ${client.path}, or change the broker's client authentication.`,
        ),
      );
    }
    return out;
  },
};
