/**
 * Rule metadata for `check` output: taken from the rule pack (lib/checks/rules/index) when it is
 * part of the build, otherwise derived from the findings themselves.
 */
import type { FindingRecord } from '../../manifest/types';

/** What SARIF and text output need to know about a rule. */
export interface RuleMeta {
  readonly id: string;
  readonly severity: 'error' | 'warning';
  readonly title: string;
  readonly explanation: string;
  readonly see?: readonly string[];
}

function isRuleMeta(value: unknown): value is RuleMeta {
  const v = value as Partial<RuleMeta> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.id === 'string' &&
    typeof v.title === 'string' &&
    typeof v.explanation === 'string' &&
    (v.severity === 'error' || v.severity === 'warning')
  );
}

/** Every rule object exported by `exports` (arrays, records or single rules), by id. */
export function rulesFromModule(exports: unknown): Map<string, RuleMeta> {
  const found = new Map<string, RuleMeta>();
  const visit = (value: unknown, depth: number) => {
    if (isRuleMeta(value)) {
      found.set(value.id, {
        id: value.id,
        severity: value.severity,
        title: value.title,
        explanation: value.explanation,
        ...(Array.isArray(value.see) ? { see: value.see } : {}),
      });
    } else if (depth < 2 && Array.isArray(value)) {
      value.forEach((v) => visit(v, depth + 1));
    } else if (depth < 2 && typeof value === 'object' && value !== null) {
      Object.values(value).forEach((v) => visit(v, depth + 1));
    }
  };
  visit(exports, 0);
  return found;
}

/** The rule pack's metadata, or an empty map when the pack is not in this build. */
export function loadRulePack(): Map<string, RuleMeta> {
  try {
    // Lazy: the rule files are pure records (no cdktf); loaded only by `check`.
    return rulesFromModule(require('../../checks/rules/index'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && /checks[\\/]rules[\\/]index/.test((err as Error).message))
      return new Map();
    throw err;
  }
}

/**
 * Metadata for every rule that `findings` mention, in id order: from `pack` when it knows the
 * rule, else from the findings (title = the finding's title or id, explanation = the first message).
 */
export function rulesFor(findings: readonly FindingRecord[], pack: ReadonlyMap<string, RuleMeta>): RuleMeta[] {
  const rules = new Map<string, RuleMeta>();
  for (const f of findings) {
    if (rules.has(f.ruleId)) continue;
    const known = pack.get(f.ruleId);
    rules.set(f.ruleId, known ?? { id: f.ruleId, severity: f.severity, title: f.title ?? f.ruleId, explanation: f.message });
  }
  return [...rules.values()].sort((a, b) => a.id.localeCompare(b.id));
}
