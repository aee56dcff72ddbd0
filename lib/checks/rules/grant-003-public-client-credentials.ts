import { isPublicClient } from '../model';
import { Rule, RuleOutcome, violation } from '../rule';
import { listOf } from '../values';

/** EO-GRANT-003: no client credentials on a public client. */
export const publicClientCredentials: Rule = {
  id: 'EO-GRANT-003',
  severity: 'error',
  title: 'Browser and native apps never use client credentials',
  explanation:
    'The client credentials grant authenticates the application itself. A browser or native app ships its ' +
    "credentials to every user, so anyone can mint app tokens with the app's permissions, without a user. " +
    'Fix: use a separate service app (confidential client) for machine-to-machine access.',
  see: ['https://www.rfc-editor.org/rfc/rfc6749#section-4.4'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const client of ctx.manifest.clients) {
      const grants = listOf(client.grantTypes) ?? [];
      if (!isPublicClient(client) || !grants.includes('client_credentials')) continue;
      out.push(
        violation(
          client.path,
          `${client.kind} app ${client.path} has the client_credentials grant, but a public client cannot keep the secret that grant relies on. Fix: remove client_credentials and declare a service app for machine access.`,
        ),
      );
    }
    return out;
  },
};
