import { Rule, RuleOutcome, violation } from '../rule';
import { listOf } from '../values';

/** EO-GRANT-004: no resource owner password credentials grant. */
export const passwordGrant: Rule = {
  id: 'EO-GRANT-004',
  severity: 'warning',
  title: 'No resource owner password grant',
  explanation:
    "The password grant hands the user's password to the client, bypasses MFA and phishing-resistant sign-in, and " +
    'trains users to type passwords into apps. The OAuth 2.0 Security BCP (RFC 9700 section 2.4) says it MUST NOT ' +
    'be used. Fix: use the authorization code grant with PKCE, or client credentials for machines.',
  see: ['https://www.rfc-editor.org/rfc/rfc9700#section-2.4'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const client of ctx.manifest.clients) {
      if (!(listOf(client.grantTypes) ?? []).includes('password')) continue;
      out.push(
        violation(
          client.path,
          `${client.kind} app ${client.path} has the "password" grant (RFC 9700 2.4: must not be used). Fix: use authorization_code with PKCE.`,
        ),
      );
    }
    return out;
  },
};
