/**
 * The access matrix as text (terminal), Markdown (pull requests: a table, the probes and a
 * Mermaid diagram of issuers -> clients -> trusts) or JSON.
 */
import { code, plain, plainLines, text } from '../util/escape';
import type { AccessRow, Cell, SimTrustInfo, SimulationResult } from './types';

/** Output formats of the `simulate` command. */
export type SimulationFormat = 'text' | 'markdown' | 'json';

const TYPE_LABEL: Record<SimTrustInfo['type'], string> = {
  snowflake: 'Snowflake integration',
  redshift: 'Redshift trusted token issuer',
  profile: 'API profile',
  databricks: 'Databricks federation policy',
  'keycloak-broker': 'Keycloak broker',
};
const EVALUATOR_LABEL: Record<SimTrustInfo['evaluator'], string> = {
  validator: 'bundled validator',
  'snowflake-documented-rules': 'documented Snowflake rules',
  'redshift-documented-rules': 'documented Redshift / IAM Identity Center rules',
  'keycloak-documented-mappers':
    'documented behaviour of Keycloak\'s identity-provider mappers (ID token and userinfo; the access token only when "Access token is JWT" is on)',
  'databricks-documented-rules': 'documented Databricks token-exchange rules',
};

/** The columns of the matrix: the trusts, then the Keycloak brokers. */
export function columnsOf(result: SimulationResult): SimTrustInfo[] {
  return [...result.trusts, ...(result.brokers ?? [])];
}

function userName(result: SimulationResult, row: AccessRow): string | undefined {
  return row.user === undefined ? undefined : (result.users.find((u) => u.id === row.user)?.username ?? row.user);
}

/** `dbt Cloud · analyst@acme.example · user token (authorization_code)`. */
export function rowLabel(result: SimulationResult, row: AccessRow): string {
  const user = userName(result, row);
  const flow = row.flow === 'app' ? `app token (${row.grant})` : `user token (${[row.grant, ...row.alsoVia].join(', ')})`;
  const client = result.clients.find((c) => c.path === row.client);
  const clash = client !== undefined && result.clients.some((c) => c !== client && c.name === client.name);
  return [clash ? `${row.clientName} (${client.stack})` : row.clientName, ...(user ? [user] : []), flow].join(' · ');
}

/** True when the cell rejects a token of another issuer than the trust's (the uninteresting majority). */
export function isOtherIssuer(result: SimulationResult, row: AccessRow, cell: Cell): boolean {
  if (cell.outcome !== 'rejected' || (cell.code !== 'issuer_mismatch' && cell.code !== 'issuer_not_trusted')) return false;
  const trust = result.trusts.find((t) => t.path === cell.trust);
  const trustIssuer = result.issuers.find((i) => i.path === trust?.issuerPath);
  const token = row.tokens.find((t) => t.audience === cell.audience) ?? row.tokens[0];
  const tokenIssuer = result.issuers.find((i) => i.path === token?.issuerPath);
  return trustIssuer !== undefined && tokenIssuer !== undefined && trustIssuer.provider !== tokenIssuer.provider;
}

/**
 * Display names of identities that are stand-ins: a system user named by a client id known only
 * after apply is accepted "as" the UUID the simulation minted for it; readers see the declared client.
 */
export function declaredNames(result: SimulationResult): Map<string, string> {
  const names = new Map<string, string>();
  for (const s of result.standIns) {
    if (s.kind !== 'uuid') continue;
    const client = result.clients.find((c) => c.clientId === s.value && !c.synthetic);
    if (client) names.set(s.value, `${client.name} (client id known after apply)`);
  }
  return names;
}

/** `accepted as X with role Y`, `rejected: reason`, `not issued: reason`; `names` shows stand-in identities by their declared names. */
export function cellText(cell: Cell, options: { short?: boolean; names?: ReadonlyMap<string, string> } = {}): string {
  switch (cell.outcome) {
    case 'accepted': {
      const as = cell.as === undefined ? '?' : (options.names?.get(cell.as) ?? cell.as);
      const who = `accepted as ${as}${cell.principalKind === 'system' ? ' (system user)' : ''}`;
      return cell.role ? `${who} with role ${cell.role}` : who;
    }
    case 'rejected':
      return `rejected: ${options.short && cell.code ? cell.code : cell.reason}`;
    case 'not-issued':
      return `not issued: ${cell.reason}`;
    case 'sign-in-refused':
      return `sign-in refused: ${cell.reason}`;
    default:
      return `skipped: ${cell.reason}`;
  }
}

function summaryLine(result: SimulationResult): string {
  const access = result.rows.filter((r) => r.kind === 'access');
  const probes = result.rows.filter((r) => r.kind === 'probe');
  const accepted = access.reduce((n, r) => n + Object.values(r.cells).filter((c) => c.outcome === 'accepted').length, 0);
  const surprising = probes.filter((r) => Object.values(r.cells).some((c) => c.outcome === 'accepted')).length;
  const refused = access.filter((r) => r.signInRefused !== undefined).length;
  return (
    `${result.stacks.length} stack(s), ${result.issuers.length} issuer(s) on ${result.timings.providers} local OpenID provider(s), ${result.clients.filter((c) => !c.synthetic).length} client(s), ` +
    `${result.trusts.length} trust(s)${(result.brokers ?? []).length > 0 ? `, ${result.brokers.length} Keycloak broker(s)` : ''}; ${access.length} access row(s) with ${accepted} grant(s)${refused > 0 ? `, ${refused} sign-in(s) refused` : ''}; ${probes.length} negative probe(s), ${surprising} accepted; ` +
    `${result.timings.tokens} token(s) in ${(result.timings.totalMs / 1000).toFixed(1)} s`
  );
}

/** Plain text for terminals. */
export function renderSimulationText(result: SimulationResult): string {
  const out: string[] = [];
  const columns = columnsOf(result);
  const index = new Map(columns.map((t, i) => [t.path, i + 1]));
  const names = declaredNames(result);
  out.push(`Access simulation: ${summaryLine(result)}`, '', `Note: ${result.disclaimer}`, '');
  out.push('Trusts');
  for (const t of columns)
    out.push(`  [${index.get(t.path)}] ${t.name} — ${TYPE_LABEL[t.type]} (${t.path}); evaluated by the ${EVALUATOR_LABEL[t.evaluator]}`);
  out.push('', 'Access (each token presented to every trust)');
  for (const row of result.rows.filter((r) => r.kind === 'access')) {
    out.push(`  ${rowLabel(result, row)}   [${row.client}]`);
    if (row.signInRefused !== undefined) {
      out.push(`    sign-in refused: ${row.signInRefused}`);
      continue;
    }
    if (row.notIssued !== undefined) {
      out.push(`    not issued: ${row.notIssued}`);
      continue;
    }
    const cells = columns.map((t) => row.cells[t.path]).filter((c): c is Cell => c !== undefined);
    const hidden: number[] = [];
    for (const c of cells) {
      if (isOtherIssuer(result, row, c)) {
        hidden.push(index.get(c.trust)!);
        continue;
      }
      out.push(`    [${index.get(c.trust)}] ${columns[index.get(c.trust)! - 1]!.name}: ${cellText(c, { names })}`);
      for (const n of c.notes ?? []) out.push(`        note: ${n}`);
    }
    if (hidden.length > 0) out.push(`    [${hidden.join(', ')}] rejected: token of another issuer`);
  }
  const probes = result.rows.filter((r) => r.kind === 'probe');
  if (probes.length > 0) {
    out.push('', 'Negative probes (each should be rejected)');
    for (const t of result.trusts) {
      const own = probes.filter((p) => p.probe?.target === t.path);
      if (own.length === 0) continue;
      out.push(`  [${index.get(t.path)}] ${t.name}`);
      for (const p of own) {
        const c = p.cells[t.path]!;
        const flag = c.outcome === 'accepted' ? '(!) ' : '';
        out.push(`    ${p.probe!.kind}: ${p.probe!.description}`, `      -> ${flag}${cellText(c, { names })}`);
        for (const n of c.notes ?? []) out.push(`         note: ${n}`);
      }
    }
  }
  if (result.standIns.length > 0) {
    out.push('', 'Stand-ins for values known only after apply');
    for (const s of result.standIns)
      out.push(`  ${s.stack}: ${s.expression} = ${s.kind === 'issuer-url' ? 'the local provider of this issuer' : s.value}`);
  }
  if (result.assumptions.length > 0) {
    out.push('', 'Assumptions');
    for (const a of result.assumptions) out.push(`  - ${a}`);
  }
  return plainLines(out) + '\n';
}

/** Markdown text of any length, safe in a table cell. */
function md(value: string): string {
  return text(value, Infinity);
}

function mdCell(result: SimulationResult, row: AccessRow, cell: Cell | undefined): string {
  if (!cell) return '';
  if (isOtherIssuer(result, row, cell)) return '❌ other issuer';
  const icon = cell.outcome === 'accepted' ? '✅' : cell.outcome === 'rejected' ? '❌' : cell.outcome === 'sign-in-refused' ? '🚫' : '⛔';
  const notes = (cell.notes ?? []).map((n) => `<br>_${md(n)}_`).join('');
  return `${icon} ${md(cellText(cell, { names: declaredNames(result) }))}${notes}`;
}

function mermaidId(prefix: string, i: number): string {
  return `${prefix}${i}`;
}

function mermaidLabel(text: string): string {
  return `"${plain(text).replace(/"/g, '#quot;').replace(/[<>]/g, '')}"`;
}

/** The Mermaid flowchart: issuers -> clients (obtain tokens) -> trusts (accepted, or declared but rejected). */
export function renderMermaid(result: SimulationResult): string {
  const lines = ['flowchart LR'];
  const names = declaredNames(result);
  const issuerIds = new Map(result.issuers.map((i, n) => [i.path, mermaidId('i', n)]));
  const clientIds = new Map(result.clients.map((c, n) => [c.path, mermaidId('c', n)]));
  const trustIds = new Map(result.trusts.map((t, n) => [t.path, mermaidId('t', n)]));
  lines.push('  subgraph Issuers');
  for (const i of result.issuers) lines.push(`    ${issuerIds.get(i.path)}[${mermaidLabel(`${i.kind}: ${i.path}`)}]`);
  lines.push('  end', '  subgraph Clients');
  // Two clients of the same name (dbt Cloud in two stacks) are told apart by their stack.
  const clash = (c: SimulationResult['clients'][number]) => result.clients.some((o) => o !== c && !o.synthetic && o.name === c.name);
  for (const c of result.clients)
    if (!c.synthetic) lines.push(`    ${clientIds.get(c.path)}[${mermaidLabel(clash(c) ? `${c.name} (${c.stack})` : c.name)}]`);
  lines.push('  end', '  subgraph Trusts');
  for (const t of result.trusts) lines.push(`    ${trustIds.get(t.path)}[(${mermaidLabel(`${t.name} (${t.type})`)})]`);
  lines.push('  end');
  const declared = result.clients.filter((c) => !c.synthetic);
  for (const c of declared) {
    const from = issuerIds.get(c.issuer);
    if (from) lines.push(`  ${from} --> ${clientIds.get(c.path)}`);
  }
  const access = result.rows.filter((r) => r.kind === 'access');
  for (const c of declared) {
    for (const t of result.trusts) {
      const cells = access
        .filter((r) => r.client === c.path)
        .map((r) => ({ r, cell: r.cells[t.path] }))
        .filter((x) => x.cell !== undefined);
      const granted = cells.filter((x) => x.cell!.outcome === 'accepted');
      if (granted.length > 0) {
        const who = [
          ...new Set(granted.map((x) => `${names.get(x.cell!.as ?? '') ?? x.cell!.as}${x.cell!.role ? ` / ${x.cell!.role}` : ''}`)),
        ];
        const label = who.length > 2 ? `${who.length} identities` : who.join(', ');
        lines.push(`  ${clientIds.get(c.path)} -->|${mermaidLabel(label)}| ${trustIds.get(t.path)}`);
      } else if (t.clients.includes(c.path)) {
        const refused = cells.length > 0 && cells.every((x) => x.cell!.outcome === 'sign-in-refused');
        lines.push(`  ${clientIds.get(c.path)} -.->|${mermaidLabel(refused ? 'sign-in refused' : 'rejected')}| ${trustIds.get(t.path)}`);
      }
    }
  }
  return lines.join('\n');
}

/** Markdown for pull requests. `heading` is the level of the top heading. */
export function renderSimulationMarkdown(result: SimulationResult, options: { heading?: number } = {}): string {
  const h = '#'.repeat(options.heading ?? 2);
  const out: string[] = [];
  out.push(`${h} Access simulation`, '', summaryLine(result), '', `> **Note:** ${result.disclaimer}`, '');
  out.push(`${h}# Who gets in`, '');
  const columns = columnsOf(result);
  out.push(`| client · user · flow | ${columns.map((t) => `${md(t.name)}<br><sub>${md(TYPE_LABEL[t.type])}</sub>`).join(' | ')} |`);
  out.push(`|---|${columns.map(() => '---').join('|')}|`);
  for (const row of result.rows.filter((r) => r.kind === 'access')) {
    const cells =
      row.signInRefused !== undefined
        ? columns.map((t) => (row.cells[t.path] ? `🚫 sign-in refused: ${md(row.signInRefused!)}` : ''))
        : row.notIssued !== undefined
          ? columns.map((t) => (row.cells[t.path] ? `⛔ not issued: ${md(row.notIssued!)}` : ''))
          : columns.map((t) => mdCell(result, row, row.cells[t.path]));
    out.push(`| ${md(rowLabel(result, row))} | ${cells.join(' | ')} |`);
  }
  const probes = result.rows.filter((r) => r.kind === 'probe');
  if (probes.length > 0) {
    out.push(
      '',
      `${h}# Negative probes`,
      '',
      'Each probe should be rejected; ⚠️ marks one that is accepted.',
      '',
      '| trust | probe | result |',
      '|---|---|---|',
    );
    for (const p of probes) {
      const t = result.trusts.find((x) => x.path === p.probe!.target)!;
      const c = p.cells[t.path]!;
      out.push(
        `| ${md(t.name)} | **${p.probe!.kind}**: ${md(p.probe!.description)} | ${c.outcome === 'accepted' ? '⚠️ ' : ''}${mdCell(result, p, c)} |`,
      );
    }
  }
  out.push('', `${h}# Issuers → clients → trusts`, '', '```mermaid', renderMermaid(result), '```');
  if (result.standIns.length > 0) {
    out.push(
      '',
      `<details><summary>Stand-ins for values known only after apply (${result.standIns.length})</summary>`,
      '',
      '| stack | expression | stand-in |',
      '|---|---|---|',
    );
    for (const s of result.standIns)
      out.push(
        `| ${md(s.stack)} | ${code(s.expression)} | ${s.kind === 'issuer-url' ? 'the local provider of this issuer' : code(s.value)} |`,
      );
    out.push('', '</details>');
  }
  if (result.assumptions.length > 0) {
    out.push('', `${h}# Assumptions`, '', ...result.assumptions.map((a) => `- ${md(a)}`));
  }
  return out.join('\n') + '\n';
}

/** JSON with a trailing newline. */
export function renderSimulationJson(result: SimulationResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}

/** Renders in `format`. */
export function renderSimulation(result: SimulationResult, format: SimulationFormat): string {
  return format === 'json'
    ? renderSimulationJson(result)
    : format === 'markdown'
      ? renderSimulationMarkdown(result)
      : renderSimulationText(result);
}
