import { isPublicClient } from '../model';
import { Rule, RuleOutcome, violation } from '../rule';
import { listOf, show } from '../values';

/** EO-GRANT-002: public clients rotate refresh tokens. */
export const refreshRotation: Rule = {
  id: 'EO-GRANT-002',
  severity: 'error',
  title: 'Refresh tokens of browser and native apps rotate',
  explanation:
    'A browser (SPA) or native app cannot keep a secret, so a stolen refresh token is redeemable by anyone. The ' +
    'OAuth 2.0 Security BCP (RFC 9700 section 4.14.2) requires refresh tokens of public clients to be ' +
    'sender-constrained or rotated, so that reuse of an old token is detected and revokes the family. ' +
    'Fix: set refresh-token rotation ROTATE (Okta `refresh_token_rotation = "ROTATE"`), or drop the refresh_token grant.',
  see: [
    'https://www.rfc-editor.org/rfc/rfc9700#section-4.14.2',
    'https://developer.okta.com/docs/guides/refresh-tokens/main/#refresh-token-rotation',
  ],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const client of ctx.manifest.clients) {
      const grants = listOf(client.grantTypes) ?? [];
      if (!isPublicClient(client) || !grants.includes('refresh_token') || client.refreshToken?.rotation === 'ROTATE') continue;
      out.push(
        violation(
          client.path,
          `${client.kind} app ${client.path} gets refresh tokens with rotation ${show(client.refreshToken?.rotation ?? 'STATIC (not set)')}, but a public client's refresh tokens must rotate (RFC 9700 4.14.2). Fix: set refresh-token rotation "ROTATE".`,
        ),
      );
    }
    return out;
  },
};
