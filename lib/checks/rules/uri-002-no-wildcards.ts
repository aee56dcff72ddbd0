import { Rule, RuleOutcome, violation } from '../rule';
import { show } from '../values';
import { urisOf } from './uris';

/** EO-URI-002: redirect and sign-out URIs are exact. */
export const noWildcardUris: Rule = {
  id: 'EO-URI-002',
  severity: 'error',
  title: 'Redirect and sign-out URIs contain no wildcards',
  explanation:
    'A wildcard redirect URI lets an attacker who controls any matching host or path receive authorization codes ' +
    '(open redirector, subdomain takeover). The OAuth 2.0 Security BCP requires exact string matching of redirect ' +
    'URIs. Fix: register every exact URI, e.g. the callback and the silent-callback separately.',
  see: ['https://www.rfc-editor.org/rfc/rfc9700#section-4.1'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const client of ctx.manifest.clients) {
      for (const { field, uri } of urisOf(client)) {
        // Only the literal parts count: `${...}` expressions are filled in at apply.
        if (uri === undefined || !uri.replace(/\$\{[^}]*\}/g, '').includes('*')) continue;
        out.push(
          violation(
            client.path,
            `${client.path} ${field} is ${show(uri)}, a wildcard URI that matches hosts or paths an attacker may control. Fix: list each exact URI instead.`,
          ),
        );
      }
    }
    return out;
  },
};
