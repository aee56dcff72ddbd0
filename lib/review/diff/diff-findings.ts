/**
 * Finding-level changes: new findings, new suppressions (with their reasons), resolved ones.
 */
import type { FindingRecord, TrustManifest } from '../../manifest/types';
import { change, type ReviewChange } from './change-kinds';

interface Keyed {
  readonly key: string;
  readonly subject: string;
  readonly finding: FindingRecord;
}

function keyed(manifests: readonly TrustManifest[]): Map<string, Keyed> {
  const result = new Map<string, Keyed>();
  for (const m of manifests) {
    for (const finding of m.findings) {
      const base = `${m.stack}\u0000${finding.ruleId}\u0000${finding.path}`;
      let key = base;
      for (let n = 2; result.has(key); n++) key = `${base}\u0000${n}`;
      result.set(key, { key, subject: finding.path, finding });
    }
  }
  return result;
}

/** Changes in the synth findings between base and head. */
export function diffFindings(base: readonly TrustManifest[], head: readonly TrustManifest[]): ReviewChange[] {
  const before = keyed(base);
  const after = keyed(head);
  const changes: ReviewChange[] = [];
  for (const { key, subject, finding } of after.values()) {
    const old = before.get(key)?.finding;
    const label = `${finding.severity} ${finding.ruleId}`;
    if (finding.suppressed && !old?.suppressed) {
      changes.push(change('suppression_added', subject, `${label} suppressed: ${finding.suppressed.reason}`, { after: finding.message }));
    } else if (!finding.suppressed && !old) {
      changes.push(change('finding_added', subject, `new ${label}: ${finding.message}`));
    } else if (!finding.suppressed && old?.suppressed) {
      changes.push(change('narrowed', subject, `${label} no longer suppressed`));
    } else if (finding.suppressed && old?.suppressed && old.suppressed.reason !== finding.suppressed.reason) {
      changes.push(
        change('other_changed', subject, `${label} suppression reason changed`, {
          before: old.suppressed.reason,
          after: finding.suppressed.reason,
        }),
      );
    }
  }
  for (const { key, subject, finding } of before.values()) {
    if (!after.has(key)) changes.push(change('narrowed', subject, `${finding.severity} ${finding.ruleId} resolved`));
  }
  return changes;
}
