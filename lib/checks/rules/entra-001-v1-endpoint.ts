import { Rule, RuleOutcome, violation } from '../rule';
import { show } from '../values';

const MS_LOGIN_HOST = /^https:\/\/login\.(microsoftonline\.com|windows\.net)\//i;
const V1_PATH = /\/oauth2\/(authorize|token)\/?(\?.*)?$/i;

/** EO-ENTRA-001: clients use the Entra v2.0 endpoints only. */
export const entraV1Endpoint: Rule = {
  id: 'EO-ENTRA-001',
  severity: 'warning',
  title: 'Entra authorize and token endpoints are the v2.0 ones',
  explanation:
    'The v1 endpoints (`/oauth2/authorize`, `/oauth2/token` without `v2.0`) take a `resource` instead of scopes, ' +
    'do not support incremental consent, and are the legacy ADAL path (Microsoft recommends the v2.0 endpoints). The token format ' +
    "(and so `iss` and `aud`) is still decided by the API's access-token version, not by the endpoint, so this is " +
    'a warning, not a broken login. Fix: use `https://login.microsoftonline.com/<tenant>/oauth2/v2.0/authorize` ' +
    'and `.../oauth2/v2.0/token` with `<resource>/.default` or named scopes.',
  see: ['https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    const entraIssuers = new Set(ctx.manifest.issuers.filter((i) => i.kind === 'entra').map((i) => i.path));
    const endpoints = [
      ...ctx.manifest.issuers.flatMap((i) => [
        { path: i.path, entra: i.kind === 'entra', field: 'details.authorizeEndpoint', url: i.details?.authorizeEndpoint },
        { path: i.path, entra: i.kind === 'entra', field: 'details.tokenEndpoint', url: i.details?.tokenEndpoint },
      ]),
      ...ctx.manifest.clients.map((c) => ({
        path: c.path,
        entra: entraIssuers.has(c.issuer),
        field: 'details.authorizeEndpoint',
        url: c.details?.authorizeEndpoint,
      })),
    ];
    for (const e of endpoints) {
      if (!e.url) continue;
      // `${...}` parts (a tenant id) are filled in at apply; the path around them is literal.
      const literal = e.url.replace(/\$\{[^}]*\}/g, 'x');
      if (!(e.entra || MS_LOGIN_HOST.test(literal)) || !V1_PATH.test(literal)) continue;
      const fixed = e.url.replace(/\/oauth2\/(authorize|token)/i, '/oauth2/v2.0/$1');
      out.push(
        violation(
          e.path,
          `${e.path} ${e.field} is the Entra v1 endpoint ${show(e.url)}; only v2.0 endpoints are allowed. Fix: use ${show(fixed)}.`,
        ),
      );
    }
    return out;
  },
};
