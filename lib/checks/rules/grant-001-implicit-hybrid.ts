import { frontChannelResponseTypes } from '../../core/kinds';
import { Rule, RuleOutcome, violation } from '../rule';
import { listOf, show } from '../values';

/** EO-GRANT-001: no implicit or hybrid flow. */
export const implicitHybrid: Rule = {
  id: 'EO-GRANT-001',
  severity: 'warning',
  title: 'No implicit or hybrid flow',
  explanation:
    'The implicit grant and hybrid response types (`token`, `id_token` next to `code`) return tokens in the ' +
    'redirect URI fragment, where browser history, referrer headers, extensions and injected scripts read them; ' +
    'the tokens cannot be sender-constrained and access-token injection goes undetected. The OAuth 2.0 Security ' +
    'BCP (RFC 9700 section 2.1.2) says not to use them. Fix: use the authorization code grant with PKCE and ' +
    'rotating refresh tokens, even in a single-page app.',
  see: [
    'https://www.rfc-editor.org/rfc/rfc9700#section-2.1.2',
    'https://developer.okta.com/docs/guides/implement-grant-type/authcodepkce/main/',
  ],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const client of ctx.manifest.clients) {
      const grants = listOf(client.grantTypes) ?? [];
      const tokenResponses = frontChannelResponseTypes(grants, listOf(client.responseTypes) ?? []);
      if (!grants.includes('implicit') && tokenResponses.length === 0) continue;
      const app = client.kind === 'browser' ? 'browser app' : `${client.kind} app`;
      out.push(
        violation(
          client.path,
          `${app} ${client.path} uses the implicit/hybrid flow (grantTypes ${show(grants)}, responseTypes ${show(listOf(client.responseTypes) ?? [])}); tokens in the redirect fragment leak and cannot be sender-constrained (RFC 9700 2.1.2). Fix: remove "implicit" and the token/id_token response types; use authorization_code with PKCE.`,
        ),
      );
    }
    return out;
  },
};
