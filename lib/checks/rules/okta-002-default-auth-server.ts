import { Rule, RuleOutcome, violation } from '../rule';
import { show } from '../values';

/** EO-OKTA-002: no use of the org's `default` authorization server. */
export const defaultAuthServer: Rule = {
  id: 'EO-OKTA-002',
  severity: 'warning',
  title: 'Trusts do not use the Okta `default` authorization server',
  explanation:
    'The `default` authorization server (audience `api://default`) is shared by every app of the org that did not ' +
    'get its own server: its policies and scopes are edited for other apps, and a token minted for any of them is ' +
    'accepted wherever `api://default` is. Fix: declare a dedicated authorization server with its own audience.',
  see: ['https://developer.okta.com/docs/concepts/auth-servers/#default-custom-authorization-server'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const issuer of ctx.manifest.issuers) {
      if (issuer.kind !== 'okta') continue;
      const byUrl = typeof issuer.issuer === 'string' && /\/oauth2\/default\/?$/.test(issuer.issuer);
      if (!issuer.details?.defaultAuthServer && !byUrl) continue;
      out.push(
        violation(
          issuer.path,
          `${issuer.path} is the org's default authorization server (issuer ${show(issuer.issuer)}), shared with every other app. Fix: declare a dedicated OktaAuthorizationServer with its own audience.`,
        ),
      );
    }
    return out;
  },
};
