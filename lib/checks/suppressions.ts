/**
 * Suppressions attach to a construct and cover it and its children. A suppressed finding stays
 * in the manifest with its reason; a suppression that matches nothing is itself an error.
 */
import type { IConstruct } from 'constructs';

import { CONFIG_ERROR_CODES, ExternalOAuthConfigError } from '../core/errors';
import type { FindingRecord } from '../manifest/types';
import { MIN_SUPPRESSION_REASON_LENGTH, UNMATCHED_SUPPRESSION_ID, UNMATCHED_SUPPRESSION_RULE } from './meta';

/** One suppression: the rule id and why the finding is accepted. */
export interface Suppression {
  /** A rule id, e.g. `EO-GRANT-001`. */
  readonly id: string;
  /** Why it is accepted; at least 10 characters, shown to reviewers in the manifest. */
  readonly reason: string;
}

/** A suppression with the path of the construct it is attached to. */
export interface ScopedSuppression extends Suppression {
  readonly path: string;
}

export { MIN_SUPPRESSION_REASON_LENGTH, UNMATCHED_SUPPRESSION_ID, UNMATCHED_SUPPRESSION_RULE } from './meta';

const RULE_ID = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-\d{3}$/;
const KEY = Symbol.for('cdktf-external-oauth.suppressions');

type Holder = { [KEY]?: Suppression[] };

/** Attaches and reads suppressions. */
export class ExternalOAuthSuppressions {
  /**
   * Suppresses findings of the given rules on `construct` and everything below it.
   * Throws when an id is malformed or repeated, or a reason is shorter than 10 characters.
   * @example ExternalOAuthSuppressions.add(spa, [{ id: 'EO-GRANT-001', reason: 'OpenMetadata 1.x needs the hybrid flow' }])
   */
  public static add(construct: IConstruct, suppressions: readonly Suppression[]): void {
    const holder = construct as Holder;
    const existing = holder[KEY] ?? [];
    suppressions.forEach((s, i) => {
      const fail = (
        field: string,
        value: unknown,
        rule: string,
        code: (typeof CONFIG_ERROR_CODES)[keyof typeof CONFIG_ERROR_CODES] = CONFIG_ERROR_CODES.INVALID_VALUE,
      ): never => {
        throw new ExternalOAuthConfigError(code, { path: construct.node.path, field: `suppressions[${i}].${field}`, value, rule });
      };
      if (typeof s.id !== 'string' || !RULE_ID.test(s.id)) fail('id', s.id, 'must be a rule id such as EO-GRANT-001');
      if (typeof s.reason !== 'string' || s.reason.trim().length < MIN_SUPPRESSION_REASON_LENGTH) {
        fail('reason', s.reason, `must explain the suppression in at least ${MIN_SUPPRESSION_REASON_LENGTH} characters`);
      }
      if ([...existing, ...suppressions.slice(0, i)].some((e) => e.id === s.id))
        fail('id', s.id, 'must not be suppressed twice on one construct', CONFIG_ERROR_CODES.DUPLICATE_NAME);
    });
    if (!holder[KEY]) Object.defineProperty(holder, KEY, { value: existing, enumerable: false });
    existing.push(...suppressions.map((s) => ({ id: s.id, reason: s.reason.trim() })));
  }

  /** The suppressions attached directly to `construct`. */
  public static of(construct: IConstruct): readonly Suppression[] {
    return [...((construct as Holder)[KEY] ?? [])];
  }
}

/** True when a suppression at `scopePath` covers a finding at `path`. */
export function covers(scopePath: string, path: string): boolean {
  return scopePath === '' || path === scopePath || path.startsWith(`${scopePath}/`);
}

/**
 * Marks findings covered by a suppression of their rule (the closest construct's reason wins)
 * and returns the suppressions that matched nothing. Pure.
 */
export function applySuppressions(
  findings: readonly FindingRecord[],
  suppressions: readonly ScopedSuppression[],
): { findings: FindingRecord[]; unmatched: ScopedSuppression[] } {
  const used = new Set<ScopedSuppression>();
  const out = findings.map((f) => {
    const matching = suppressions.filter((s) => s.id === f.ruleId && covers(s.path, f.path));
    if (matching.length === 0) return f;
    matching.forEach((s) => used.add(s));
    const closest = matching.reduce((a, b) => (b.path.length > a.path.length ? b : a));
    return { ...f, suppressed: { reason: closest.reason } };
  });
  return { findings: out, unmatched: suppressions.filter((s) => !used.has(s)) };
}

/** The error finding for a suppression that matched nothing. */
export function unmatchedSuppressionFinding(s: ScopedSuppression, knownIds: readonly string[]): FindingRecord {
  const unknown = knownIds.includes(s.id) ? '' : ` No rule has the id ${s.id}.`;
  return {
    ruleId: UNMATCHED_SUPPRESSION_ID,
    severity: 'error',
    title: UNMATCHED_SUPPRESSION_RULE.title,
    path: s.path || '(app)',
    message: `The suppression of ${s.id} on ${s.path || 'the app'} (reason ${JSON.stringify(s.reason)}) matches no finding.${unknown} Fix: remove it, or attach it to the construct (or a parent) that has the finding.`,
  };
}
