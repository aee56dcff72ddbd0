import { describeClient } from '../model';
import { Rule, RuleOutcome, unevaluable, violation } from '../rule';

/** EO-CLIENT-002: refresh tokens rotate only for a client program that keeps the rotated token. */
export const programKeepsRotatedToken: Rule = {
  id: 'EO-CLIENT-002',
  severity: 'error',
  title: 'Refresh tokens rotate only for a client program that keeps the new one',
  explanation:
    'With refresh-token rotation (Okta `refresh_token_rotation = "ROTATE"`), every refresh returns a new refresh ' +
    'token, and presenting an old one after the grace period is treated as theft: Okta invalidates the token ' +
    'family. A program that stores one refresh token and reuses it (a broker that keeps the token from sign-in, a ' +
    'job that reads it from its configuration) is then signed out at the second refresh. Fix: `STATIC` rotation ' +
    'for such a confidential client, or a program that stores each new refresh token. Public clients must rotate ' +
    "(EO-GRANT-002), so a public client's program must keep rotated tokens.",
  see: [
    'https://developer.okta.com/docs/guides/refresh-tokens/main/#refresh-token-rotation',
    'https://www.rfc-editor.org/rfc/rfc9700#section-4.14.2',
  ],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const client of ctx.manifest.clients) {
      if (client.refreshToken?.rotation !== 'ROTATE') continue;
      if (!client.program) {
        out.push(
          unevaluable(
            client.path,
            `${describeClient(client)} rotates refresh tokens, and its client program is not declared (declare program)`,
          ),
        );
      } else if (!client.program.keepsRotatedRefreshToken) {
        out.push(
          violation(
            client.path,
            `${describeClient(client)} rotates refresh tokens, but its client program ${JSON.stringify(client.program.name)} keeps reusing the first one: the reuse after the grace period revokes the token family. Fix: set refreshToken rotation "STATIC" for this confidential client, or use a program that stores each new refresh token.`,
          ),
        );
      }
    }
    return out;
  },
};
