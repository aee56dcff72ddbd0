import { describeClient } from '../model';
import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { show } from '../values';

/** EO-CLIENT-003: the token endpoint authentication method is one the client program uses. */
export const programAuthMethod: Rule = {
  id: 'EO-CLIENT-003',
  severity: 'error',
  title: 'The token endpoint authentication method is one the client program uses',
  explanation:
    'The IdP accepts only the registered token endpoint authentication method: an app registered with ' +
    '`client_secret_basic` refuses a program that sends the secret in the request body (`client_secret_post`, ' +
    'the Keycloak broker\'s default "Client secret sent as post") with `invalid_client`, after the user has ' +
    'signed in. Fix: register the method the program uses (`tokenEndpointAuthMethod`), or configure the program ' +
    'to use the registered one.',
  see: ['https://www.rfc-editor.org/rfc/rfc7591#section-2', 'https://openid.net/specs/openid-connect-core-1_0.html#ClientAuthentication'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const client of ctx.manifest.clients) {
      const method = client.tokenEndpointAuthMethod;
      if (method === undefined || method === 'none') continue;
      if (!client.program) {
        out.push(
          unevaluable(
            client.path,
            `${describeClient(client)} authenticates with ${show(method)}, and its client program is not declared (declare program)`,
          ),
        );
      } else if (!client.program.tokenEndpointAuthMethods.includes(method)) {
        out.push(
          violation(
            client.path,
            `${describeClient(client)} is registered with token endpoint authentication ${show(method)}, but its client program ${JSON.stringify(client.program.name)} uses ${show(client.program.tokenEndpointAuthMethods)}: the token request fails with invalid_client. Fix: set tokenEndpointAuthMethod ${show(client.program.tokenEndpointAuthMethods[0])}.`,
          ),
        );
      }
    }
    return out;
  },
};
