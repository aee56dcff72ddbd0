import { describeClient } from '../model';
import { Rule, RuleOutcome, unevaluable, violation } from '../rule';

/** EO-CLIENT-001: the IdP requires PKCE only of a client program that sends it. */
export const programSendsPkce: Rule = {
  id: 'EO-CLIENT-001',
  severity: 'error',
  title: 'PKCE is required only of a client program that sends it',
  explanation:
    'With PKCE required (Okta `pkce_required`), the IdP rejects every authorization request without a ' +
    '`code_challenge` (RFC 7636). A client program that does not send one, such as a Keycloak identity-provider ' +
    'broker with "Use PKCE" off (Keycloak\'s default) or a server-side app whose vendor guide does not mention ' +
    'PKCE, then fails at the first sign-in. Fix: turn PKCE on in the client program (Keycloak: "Use PKCE"), or ' +
    'do not require it of this confidential client (`pkce: false`; a public client always needs it). Declare the ' +
    'program (`program: ClientProgram...`) so that this can be checked.',
  see: [
    'https://www.rfc-editor.org/rfc/rfc7636',
    'https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_oauth#pkce_required',
  ],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const client of ctx.manifest.clients) {
      if (client.pkce !== true) continue;
      if (!client.program) {
        out.push(
          unevaluable(client.path, `${describeClient(client)} requires PKCE, and its client program is not declared (declare program)`),
        );
      } else if (!client.program.sendsPkce) {
        out.push(
          violation(
            client.path,
            `${describeClient(client)} requires PKCE, but its client program ${JSON.stringify(client.program.name)} does not send a code_challenge: the IdP rejects every sign-in. Fix: turn PKCE on in the program, or set pkce false on this confidential client.`,
          ),
        );
      }
    }
    return out;
  },
};
