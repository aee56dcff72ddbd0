/**
 * The `check --format text` listing: one line per finding, then a summary line.
 */
import { plainLines } from '../../util/escape';
import type { FindingSummary, LocatedFinding } from './collect';

/** One line per finding, suppressed ones with their reason, and the counts. */
export function renderFindingsText(findings: readonly LocatedFinding[], summary: FindingSummary): string {
  const lines = findings.map((f) => {
    const where = f.source ? ` (${f.source.file}:${f.source.line})` : '';
    const suppressed = f.suppressed ? ` [suppressed: ${f.suppressed.reason}]` : '';
    const unevaluated = f.evaluated === false ? ' [not evaluated]' : '';
    return `${f.severity.padEnd(7)} ${f.ruleId} ${f.path}: ${f.message}${where}${unevaluated}${suppressed}`;
  });
  lines.push(`${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.suppressed} suppressed`);
  return plainLines(lines) + '\n';
}
