/**
 * Renders a {@link ReviewReport} as Markdown for a pull-request comment or GITHUB_STEP_SUMMARY.
 */
import { code, inline, list, table, text } from '../util/escape';
import type { ReviewChange } from './diff/change-kinds';
import { minutesText } from './diff/sets';
import type { ClientPosture, FindingPosture, IssuerPosture, TokenPath, TrustPosture } from './posture';
import type { ReviewReport } from './report';

/** Most change rows shown; the JSON format has them all. */
export const MAX_CHANGE_ROWS = 200;

/** The whole review as Markdown. */
export function renderReviewMarkdown(report: ReviewReport): string {
  const s = report.summary;
  const lines = [
    '## External OAuth review',
    '',
    `${s.stacks} stack(s) · ${s.issuers} issuer(s) · ${s.clients} client(s) · ${s.trusts} trust(s) · findings: ${s.errors} error(s), ${s.warnings} warning(s), ${s.suppressed} suppressed`,
    '',
  ];
  if (report.changes) lines.push(...changesSection(report.changes));
  for (const issuer of report.posture.issuers) lines.push(...issuerSection(issuer));
  lines.push(...findingsSection(report.posture.findings));
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

function changesSection(changes: readonly ReviewChange[]): string[] {
  const counts = ['critical', 'high', 'medium', 'low'].map((r) => `${changes.filter((c) => c.risk === r).length} ${r}`).join(', ');
  const lines = [
    '### Changes since base, most risky first',
    '',
    changes.length === 0 ? 'No identity changes.' : `${changes.length} change(s): ${counts}.`,
    '',
  ];
  const rows = changes
    .slice(0, MAX_CHANGE_ROWS)
    .map((c, n) => [
      String(n + 1),
      c.risk === 'critical' || c.risk === 'high' ? `**${c.risk}**` : c.risk,
      inline(c.summary),
      code(c.subject),
      c.before === undefined ? '' : code(c.before),
      c.after === undefined ? '' : code(c.after),
    ]);
  lines.push(...table(['#', 'Risk', 'Change', 'Where', 'Before', 'After'], rows));
  if (changes.length > MAX_CHANGE_ROWS) lines.push(`…and ${changes.length - MAX_CHANGE_ROWS} more (see \`--format json\`).`, '');
  const advice = [
    ...new Set(changes.filter((c) => c.advice).map((c) => `> **${inline(c.summary)}** (${code(c.subject)}): ${text(c.advice ?? '')}`)),
  ];
  if (advice.length > 0) lines.push(...advice.flatMap((a) => [a, '']));
  return lines;
}

function issuerSection(issuer: IssuerPosture): string[] {
  // An issuer string known only after apply (`${okta_auth_server.AuthServer_4A2B.issuer}`) is the
  // same expression in every stack that names its server alike: head it by name and construct path.
  const applyTime = issuer.issuer.includes('${');
  const title =
    issuer.kind === 'unknown'
      ? `### Issuer ${code(issuer.issuer || '(not declared)')} (not declared in these manifests)`
      : applyTime
        ? `### Issuer ${text(issuer.name || issuer.path)} ${code(issuer.path)} (${issuer.kind}; issuer URL known after apply)`
        : `### Issuer ${code(issuer.issuer)} (${issuer.kind})`;
  const facts = [
    ...(applyTime && issuer.kind !== 'unknown' ? [`issuer ${code(issuer.issuer)}`] : []),
    `path ${code(issuer.path)}`,
    `stack ${code(issuer.stack)}`,
    ...(issuer.name ? [`name ${code(issuer.name)}`] : []),
    ...(issuer.jwksUrl ? [`JWKS ${code(issuer.jwksUrl)}`] : []),
    `audiences ${list(issuer.audiences)}`,
    ...(issuer.scopes.length > 0 ? [`scopes ${list(issuer.scopes)}`] : []),
  ];
  return [title, '', facts.join(' · '), '', ...clientsTable(issuer.clients, issuer.trusts), ...trustsTable(issuer.trusts, issuer.clients)];
}

function clientsTable(clients: readonly ClientPosture[], trusts: readonly TrustPosture[]): string[] {
  const trustName = (path: string) => trusts.find((t) => t.path === path)?.name ?? path;
  const rows = clients.flatMap((c) => {
    const who = `${code(c.name)} (${c.kind}) ${code(c.clientId)}`;
    const common = [list(c.redirectUris), list(c.acceptedBy.map(trustName)), clientNotes(c)];
    if (c.tokens.length === 0) return [[who, 'no policy rule lets it obtain tokens', list(c.grantTypes), '', '', ...common]];
    return c.tokens.map((t) => [who, text(t.via), list(t.grantTypes), list(t.scopes), lifetimes(t), ...common]);
  });
  return rows.length === 0
    ? []
    : [
        '**Clients and the tokens they can obtain**',
        '',
        ...table(['Client', 'Via', 'Grants', 'Scopes', 'Access / refresh (window)', 'Redirect URIs', 'Accepted by', 'Notes'], rows),
      ];
}

function lifetimes(t: TokenPath): string {
  const refresh = t.refreshTokenLifetimeMinutes === undefined ? '' : ` / ${minutesText(t.refreshTokenLifetimeMinutes)}`;
  const window = t.refreshTokenWindowMinutes === undefined ? '' : ` (${minutesText(t.refreshTokenWindowMinutes)})`;
  return `${minutesText(t.accessTokenLifetimeMinutes)}${refresh}${window}`;
}

function clientNotes(c: ClientPosture): string {
  // PKCE and front-channel tokens concern browser redirects: a client-credentials service app
  // (Okta lists its back-channel `token` response type) has neither.
  const redirects = c.grantTypes.some((g) => g === 'authorization_code' || g === 'implicit');
  const notes = [
    ...(c.pkce === undefined || !redirects ? [] : [`PKCE ${c.pkce ? 'on' : 'off'}`]),
    ...(c.refreshTokenRotation ? [`refresh ${c.refreshTokenRotation}`] : []),
    ...(c.tokenEndpointAuthMethod ? [`auth ${c.tokenEndpointAuthMethod}`] : []),
    ...(c.grantTypes.includes('implicit') && c.responseTypes.some((r) => /(^|\s)token(\s|$)/.test(r)) ? ['front-channel tokens'] : []),
    ...(c.secret?.endDate ? [`secret ends ${c.secret.endDate}`] : []),
    ...(c.secret?.endDateRelative ? [`secret ends after ${c.secret.endDateRelative}`] : []),
    ...(c.signIn ? [`sign-in: ${c.signIn}`] : []),
    ...(c.trustedOrigins ? [`trusted origins: ${c.trustedOrigins.length > 0 ? c.trustedOrigins.join(', ') : 'none'}`] : []),
    ...(c.program ? [`program ${c.program}`] : []),
  ];
  return notes.map((n) => text(n)).join(', ');
}

function trustsTable(trusts: readonly TrustPosture[], clients: readonly ClientPosture[]): string[] {
  const clientName = (path: string) => clients.find((c) => c.path === path)?.name ?? path;
  const rows = trusts.map((t) => [
    `${code(t.name)} ${code(t.path)}`,
    t.type,
    list(t.audiences),
    t.clients.length === 0 ? 'any client of the issuer' : list(t.clients.map(clientName)),
    t.mappings.length === 0 ? 'no flow enabled' : t.mappings.map((m) => `${m.flow}: ${code(m.claim)} → ${text(m.identity)}`).join('; '),
    t.mappings.map((m) => text(m.role)).join('; '),
    [...t.roleControls.map((r) => text(r)), ...usersText(t), ...t.manualSteps.map((s) => `manual step: ${text(s)}`)].join('; '),
  ]);
  return rows.length === 0
    ? []
    : [
        '**Trusts that accept its tokens**',
        '',
        ...table(['Trust', 'Type', 'Audiences', 'Clients', 'Claim → identity', 'Role', 'Controls'], rows),
      ];
}

function usersText(t: TrustPosture): string[] {
  if (t.users.length === 0) return [];
  const users = t.users.map(
    (u) =>
      `${u.name}${u.service ? ' (service)' : ''}${u.defaultRole ? ` default ${u.defaultRole}` : ''}${u.roles.length > 0 ? ` roles ${u.roles.join('/')}` : ''}`,
  );
  return [`users: ${list(users, (u) => text(u), 4)}`];
}

function findingsSection(findings: readonly FindingPosture[]): string[] {
  const rows = findings.map((f) => [
    f.severity,
    code(f.ruleId),
    code(f.path),
    text(f.message),
    f.source ? code(f.source) : '',
    f.suppressedReason ? text(f.suppressedReason) : '',
  ]);
  return [
    '### Findings',
    '',
    ...(rows.length === 0 ? ['No findings.', ''] : table(['Severity', 'Rule', 'Where', 'Message', 'Source', 'Suppressed because'], rows)),
  ];
}
