/**
 * A review report: the head posture and, with a base, the ranked changes since the base.
 */
import type { TrustManifest } from '../manifest/types';
import { buildPosture } from './build-posture';
import { type ReviewChange, RISK_LEVELS, type RiskLevel } from './diff/change-kinds';
import { diffManifests } from './diff/diff-manifests';
import type { ReviewPosture } from './posture';

/** Counts that head a review. */
export interface ReviewSummary {
  readonly stacks: number;
  readonly issuers: number;
  readonly clients: number;
  readonly trusts: number;
  readonly errors: number;
  readonly warnings: number;
  readonly suppressed: number;
  /** Change counts per risk level; present with a base. */
  readonly changes?: Record<RiskLevel, number>;
}

/** What `review` prints (as Markdown or as this JSON). */
export interface ReviewReport {
  readonly reportVersion: 1;
  readonly summary: ReviewSummary;
  readonly posture: ReviewPosture;
  /** Present with `--base`: every change, most risky first. */
  readonly changes?: ReviewChange[];
}

/** Builds the report of `head`, diffed against `base` when given. */
export function buildReviewReport(head: readonly TrustManifest[], base?: readonly TrustManifest[]): ReviewReport {
  const posture = buildPosture(head);
  const changes = base ? diffManifests(base, head) : undefined;
  const unsuppressed = posture.findings.filter((f) => !f.suppressedReason);
  const summary: ReviewSummary = {
    stacks: posture.stacks.length,
    issuers: posture.issuers.filter((i) => i.kind !== 'unknown').length,
    clients: posture.issuers.reduce((n, i) => n + i.clients.length, 0),
    trusts: posture.issuers.reduce((n, i) => n + i.trusts.length, 0),
    errors: unsuppressed.filter((f) => f.severity === 'error').length,
    warnings: unsuppressed.filter((f) => f.severity === 'warning').length,
    suppressed: posture.findings.length - unsuppressed.length,
    ...(changes
      ? {
          changes: Object.fromEntries(RISK_LEVELS.map((r) => [r, changes.filter((c) => c.risk === r).length])) as Record<RiskLevel, number>,
        }
      : {}),
  };
  return { reportVersion: 1, summary, posture, ...(changes ? { changes } : {}) };
}
