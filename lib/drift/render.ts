/**
 * Renders a {@link DriftReport} as plain text (CI logs) or Markdown (step summaries, issues).
 */
import { code, list, plainLines, table, text } from '../util/escape';
import type { DriftFinding, DriftReport } from './report';

function verdict(report: DriftReport): string {
  const s = report.summary;
  const head = report.exitCode === 0 ? 'no drift' : report.exitCode === 2 ? 'DRIFT' : report.exitCode === 3 ? 'NOT CHECKED' : 'ERROR';
  return `${head}: ${s.drift} drift, ${s.unchecked} unreachable, ${s.errors} error(s), ${s.notices} notice(s)`;
}

function findingLine(f: DriftFinding): string {
  const pair = f.expected !== undefined || f.actual !== undefined ? ` (expected ${f.expected ?? '-'}, actual ${f.actual ?? '-'})` : '';
  return `${f.severity.padEnd(6)} ${f.code} ${f.subject}: ${f.message}${pair}`;
}

/** Plain text: one line per issuer and planned resource, then every finding. */
export function renderDriftText(report: DriftReport): string {
  const lines: string[] = [];
  for (const i of report.live?.issuers ?? []) {
    const keys = i.keys.length > 0 ? `, ${i.keys.filter((k) => k.usable).length}/${i.keys.length} usable key(s)` : '';
    lines.push(`issuer ${i.issuer}: ${i.status}${keys} (${i.durationMs} ms)`);
  }
  if (report.plan) {
    lines.push(
      `plan ${report.plan.file}: ${report.plan.resources.length} identity resource(s) changed, ${report.plan.otherResources} other resource change(s) ignored`,
    );
    for (const r of report.plan.resources) {
      lines.push(
        `  ${r.category === 'drift' ? 'drifted' : 'pending'} ${r.action} ${r.address}${r.importId !== undefined ? ` (import ${r.importId})` : ''}`,
      );
      for (const a of r.attributes) lines.push(`    ${a.path}: ${a.before} -> ${a.after}`);
    }
  }
  lines.push(...report.findings.filter((f) => f.severity !== 'unchecked').map(findingLine));
  if (report.unreachable.length > 0) {
    lines.push('could not check (nothing answered; not drift):');
    lines.push(...report.unreachable.map((u) => `  ${u.subject}: ${u.message}`));
  }
  lines.push(verdict(report));
  return plainLines(lines) + '\n';
}

/** Markdown: verdict, issuers table, plan table, findings table. */
export function renderDriftMarkdown(report: DriftReport): string {
  const lines = ['## External OAuth drift', '', `**${verdict(report)}** · checked ${report.checkedAt}`, ''];
  const issuers = report.live?.issuers ?? [];
  if (issuers.length > 0) {
    lines.push('### Issuers', '');
    lines.push(
      ...table(
        ['Issuer', 'Status', 'Metadata', 'JWKS', 'Keys (usable/all)', 'Algorithms', 'Declared by'],
        issuers.map((i) => [
          code(i.issuer),
          i.status === 'drift' ? '**drift**' : i.status.replace('_', ' '),
          i.metadataUrl ? code(i.metadataUrl) : '',
          i.jwksUri ? code(i.jwksUri) : '',
          i.keys.length > 0 ? `${i.keys.filter((k) => k.usable).length}/${i.keys.length}` : '',
          list(i.algorithms),
          list(i.declaredBy, code, 3),
        ]),
      ),
    );
  }
  if (report.plan) {
    lines.push(
      '### Terraform plan',
      '',
      `${code(report.plan.file)}: ${report.plan.resources.length} identity resource(s) changed; ${report.plan.otherResources} other resource change(s) ignored.`,
      '',
    );
    lines.push(
      ...table(
        ['Resource', 'Kind', 'Action', 'Attributes (before → after)'],
        report.plan.resources.map((r) => [
          code(r.address),
          r.category === 'drift' ? '**changed outside Terraform**' : 'pending',
          r.importId !== undefined ? `${r.action} (import ${code(r.importId)})` : r.action,
          list(
            r.attributes.map((a) => `${a.path}: ${a.before} → ${a.after}`),
            (v) => code(v),
            8,
          ),
        ]),
      ),
    );
  }
  const findings = report.findings.filter((f) => f.severity !== 'unchecked');
  lines.push('### Findings', '');
  if (findings.length === 0) lines.push('None.', '');
  lines.push(
    ...table(
      ['Severity', 'Code', 'Subject', 'Message'],
      findings.map((f) => [f.severity === 'notice' ? 'notice' : `**${f.severity}**`, code(f.code), code(f.subject), text(f.message)]),
    ),
  );
  if (report.unreachable.length > 0) {
    lines.push(
      '### Could not check',
      '',
      'Nothing answered at these URLs (DNS failure, refused connection, TLS failure or timeout): not drift, but not checked either.',
      '',
    );
    lines.push(
      ...table(
        ['Subject', 'Cause'],
        report.unreachable.map((u) => [code(u.subject), text(u.message)]),
      ),
    );
  }
  return lines.join('\n').trimEnd() + '\n';
}
