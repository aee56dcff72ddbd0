import { isPublicClient } from '../model';
import { Rule, RuleOutcome, violation } from '../rule';
import { listOf } from '../values';

/** EO-GRANT-005: public clients use PKCE. */
export const publicClientPkce: Rule = {
  id: 'EO-GRANT-005',
  severity: 'error',
  title: 'Browser and native apps require PKCE',
  explanation:
    "Without PKCE, an authorization code intercepted from a public client's redirect can be redeemed by the " +
    'attacker (code injection). RFC 9700 section 2.1.1 requires PKCE for public clients. ' +
    'Fix: require PKCE on the app (`pkce: true`).',
  see: ['https://www.rfc-editor.org/rfc/rfc9700#section-2.1.1'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const client of ctx.manifest.clients) {
      const grants = listOf(client.grantTypes) ?? [];
      if (!isPublicClient(client) || !grants.includes('authorization_code') || client.pkce !== false) continue;
      out.push(
        violation(
          client.path,
          `${client.kind} app ${client.path} uses authorization_code with pkce false; a public client needs PKCE (RFC 9700 2.1.1). Fix: set pkce true.`,
        ),
      );
    }
    return out;
  },
};
