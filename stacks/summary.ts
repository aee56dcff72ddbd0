/**
 * The one-screen summary `npm start` prints for each synthesized stack: where its files are,
 * and which issuers, clients and trusts it declares. Reads only the manifest (no cdktf).
 */
import { valuesOf } from '../lib/manifest/list-fields';
import type { ClientRecord, TrustManifest, TrustRecord } from '../lib/manifest/types';
import { signInText } from '../lib/review/build-posture';

function describeTrust(trust: TrustRecord): string {
  switch (trust.type) {
    case 'snowflake':
      return `snowflake ${trust.name}${trust.existing ? ' (existing, audience extended)' : ''}: ${valuesOf(trust.userMappingClaims).join(',')} -> ${trust.mappingAttribute}, any-role ${trust.anyRoleMode}, ${trust.users.length} user(s)`;
    case 'redshift':
      return `redshift ${trust.name}: ${trust.claimAttributePath} -> ${trust.identityStoreAttributePath}, application ${trust.application.mode}`;
    case 'profile': {
      const p = trust.profile;
      const flows = [
        p.machineFlow.enabled ? `machine ${p.machineFlow.systemUserClaim} -> role ${p.machineFlow.systemUserRole}` : '',
        p.userFlow.enabled ? `user ${p.userFlow.usernameClaim}` : '',
      ].filter(Boolean);
      return `api profile ${p.name}: ${flows.join('; ') || 'no flow enabled'}`;
    }
    case 'databricks':
      return trust.scope === 'service-principal'
        ? `databricks ${trust.name}: ${trust.subjectClaim} = ${trust.subject ?? ''} -> service principal ${trust.servicePrincipal?.name ?? trust.servicePrincipal?.applicationId ?? ''}`
        : `databricks ${trust.name}: ${trust.subjectClaim} -> account user, ${trust.users.length} user(s)`;
  }
}

function describeClient(client: ClientRecord): string {
  const signIn = client.assignment ? `; sign-in: ${signInText(client.assignment)}` : '';
  return `client ${client.name} (${client.kind}): ${valuesOf(client.grantTypes).join(', ')}${signIn}`;
}

/** Lines summarizing one stack's manifest, indented for the console. */
export function summarizeStack(manifest: TrustManifest, files: { terraform: string; manifest: string }): string[] {
  const lines = [`${manifest.stack}`, `  terraform  ${files.terraform}`, `  manifest   ${files.manifest}`];
  for (const issuer of manifest.issuers) {
    lines.push(`  issuer ${issuer.kind} ${issuer.issuer}  aud ${valuesOf(issuer.audiences).join(', ') || '-'}`);
    for (const client of manifest.clients.filter((c) => c.issuer === issuer.path)) lines.push(`    ${describeClient(client)}`);
    for (const trust of manifest.trusts.filter((t) => t.issuerPath === issuer.path)) lines.push(`    -> ${describeTrust(trust)}`);
  }
  const active = manifest.findings.filter((f) => !f.suppressed);
  const errors = active.filter((f) => f.severity === 'error').length;
  const suppressed = manifest.findings.length - active.length;
  lines.push(`  findings   ${errors} error(s), ${active.length - errors} warning(s), ${suppressed} suppressed`);
  for (const f of active.filter((x) => x.severity === 'warning')) lines.push(`    warning ${f.ruleId} [${f.path}] ${f.message}`);
  for (const f of manifest.findings.filter((x) => x.suppressed))
    lines.push(`    suppressed ${f.ruleId} [${f.path}] ${f.suppressed?.reason}`);
  return lines;
}
