/**
 * Runs the rule pack over manifest records and turns outcomes into findings. Pure: no cdktf,
 * so the CLI `check` command runs exactly what synth runs.
 */
import type { FindingRecord } from '../manifest/types';
import { createRuleContext, ManifestRecords } from './context';
import type { Rule, RuleOutcome } from './rule';
import { ALL_RULES } from './rules';

/** Options of {@link runRules}. */
export interface RunRulesOptions {
  /** The clock for time-based rules (secret expiry). @default the current time */
  readonly now?: Date;
  /** The rules to run. @default ALL_RULES */
  readonly rules?: readonly Rule[];
}

/** The findings of `rules` on `manifest`, in rule order, without duplicates. Suppressions are not applied. */
export function runRules(manifest: ManifestRecords & { readonly stack?: string }, options: RunRulesOptions = {}): FindingRecord[] {
  const ctx = createRuleContext(manifest, options.now ?? new Date());
  const findings: FindingRecord[] = [];
  const seen = new Set<string>();
  for (const rule of options.rules ?? ALL_RULES) {
    let outcomes: RuleOutcome[];
    try {
      outcomes = rule.check(ctx);
    } catch (err) {
      // A crashing rule must not read as a pass.
      findings.push({
        ruleId: rule.id,
        severity: 'error',
        title: rule.title,
        path: manifest.stack ?? '',
        evaluated: false,
        message: `The rule failed while evaluating (${(err as Error).message}); it is reported, not passed. Please report this with the manifest.`,
      });
      continue;
    }
    for (const o of outcomes) {
      const f = toFinding(rule, o);
      const key = `${f.ruleId}\u0000${f.path}\u0000${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(f);
    }
  }
  return findings;
}

/** A rule outcome as a manifest finding; an unevaluable outcome is always a warning. */
export function toFinding(rule: Rule, outcome: RuleOutcome): FindingRecord {
  if (outcome.kind === 'violation')
    return { ruleId: rule.id, severity: rule.severity, title: rule.title, path: outcome.path, message: outcome.message };
  return {
    ruleId: rule.id,
    severity: 'warning',
    title: rule.title,
    path: outcome.path,
    evaluated: false,
    message: `Could not be evaluated at ${outcome.path}: ${outcome.reason}. It is reported, not passed: make the value static, or check it again after apply.`,
  };
}
