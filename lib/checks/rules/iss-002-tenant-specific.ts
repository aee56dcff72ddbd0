import { trustIssuer } from '../../manifest/trust-fields';
import { describeTrust } from '../model';
import { Rule, RuleOutcome, violation } from '../rule';
import { show } from '../values';

const PLACEHOLDER_TENANTS = ['common', 'organizations', 'consumers', '{tenantid}', '{tenant}'];
const ENTRA_HOSTS = /^https:\/\/(login\.microsoftonline\.com|sts\.windows\.net|login\.windows\.net)\/([^/]+)/i;

/** EO-ISS-002: Entra issuers name one tenant. */
export const tenantSpecificIssuer: Rule = {
  id: 'EO-ISS-002',
  severity: 'error',
  title: 'Entra issuers name one tenant, never `common` or `organizations`',
  explanation:
    'Entra signing keys are shared by all tenants, so a token from any other tenant verifies against the same JWKS. ' +
    'Only an exact, tenant-specific `iss` keeps other tenants out; `common`, `organizations`, `consumers` and ' +
    '`{tenantid}` are discovery placeholders, never a real `iss`. Fix: use the tenant id (GUID).',
  see: ['https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens#validate-the-issuer'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const issuer of ctx.manifest.issuers) {
      const tenant = issuer.details?.tenantId;
      if (issuer.kind === 'entra' && tenant && PLACEHOLDER_TENANTS.includes(tenant.toLowerCase())) {
        out.push(
          violation(
            issuer.path,
            `${issuer.path} uses tenant ${show(tenant)}, a multi-tenant placeholder; any Entra tenant's tokens would verify. Fix: set the tenant id (GUID) of your directory.`,
          ),
        );
      }
    }
    for (const trust of ctx.manifest.trusts) {
      const m = ENTRA_HOSTS.exec(trustIssuer(trust));
      if (m && PLACEHOLDER_TENANTS.includes(m[2].toLowerCase())) {
        out.push(
          violation(
            trust.path,
            `${describeTrust(trust)} trusts iss ${show(trustIssuer(trust))}, whose tenant ${show(m[2])} is a placeholder that no token carries and that would admit every tenant. Fix: use the tenant id (GUID).`,
          ),
        );
      }
    }
    return out;
  },
};
