/**
 * The shape of a synth-time check. A rule reads trust-model records only (never constructs),
 * so it runs the same on a stack during synth and on a manifest file in the CLI.
 */
import type { RuleContext } from './context';

export type { RuleContext } from './context';

/** `error` aborts synth; `warning` is printed and recorded in the manifest. */
export type RuleSeverity = 'error' | 'warning';

/** A broken expectation at a construct path. */
export interface RuleViolation {
  readonly kind: 'violation';
  /** The construct path the finding is attached to. */
  readonly path: string;
  /** Names the path, the values on both sides and the fix. */
  readonly message: string;
}

/** The rule needed a value that is known only after apply (`${...}`): reported, never passed. */
export interface RuleUnevaluable {
  readonly kind: 'unevaluable';
  readonly path: string;
  /** What could not be compared, with the unresolved value. */
  readonly reason: string;
}

/** What a rule returns for one subject. */
export type RuleOutcome = RuleViolation | RuleUnevaluable;

/** One check. Ids are stable and namespaced (`EO-SNOW-003`); never reuse an id. */
export interface Rule {
  readonly id: string;
  readonly severity: RuleSeverity;
  /** A short statement of what must hold. */
  readonly title: string;
  /** Why it matters and how to fix it (rendered into RULES.md). */
  readonly explanation: string;
  /** Vendor or standard references. */
  readonly see?: readonly string[];
  check(ctx: RuleContext): RuleOutcome[];
}

/** A violation at `path`. */
export function violation(path: string, message: string): RuleViolation {
  return { kind: 'violation', path, message };
}

/** An outcome saying the rule could not be evaluated at `path`. */
export function unevaluable(path: string, reason: string): RuleUnevaluable {
  return { kind: 'unevaluable', path, reason };
}
