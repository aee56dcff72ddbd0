/**
 * The checks as a cdktf Aspect: `Aspects.of(app).add(new ExternalOAuthChecks())`.
 * On each TerraformStack it builds the trust records, runs the rules, applies suppressions,
 * annotates errors (which abort synth) and warnings, and records every finding, suppressed
 * ones with their reason, in the stack's manifest.
 */
import { IConstruct } from 'constructs';

import { assertHostFramework } from '../core/host-framework';
import { trustModelOf } from '../core/interfaces';
import { sourceLocationOf } from '../core/source-location';
import { Annotations, IAspect, TerraformStack } from '../framework';
import { ManifestWriter } from '../manifest/manifest-writer';
import type { FindingRecord } from '../manifest/types';
import { INHERITED_ASPECT, installAppAspectBridge } from './app-aspects';
import { type Rule, unevaluable } from './rule';
import { ALL_RULES } from './rules';
import { runRules, toFinding } from './run';
import {
  applySuppressions,
  ExternalOAuthSuppressions,
  ScopedSuppression,
  UNMATCHED_SUPPRESSION_ID,
  unmatchedSuppressionFinding,
} from './suppressions';

/** Props of {@link ExternalOAuthChecks}. */
export interface ExternalOAuthChecksProps {
  /** The clock for time-based rules (secret expiry); set it in tests. @default the time of synth */
  readonly now?: Date;
  /** The rules to run. @default ALL_RULES */
  readonly rules?: readonly Rule[];
}

const checkedStacks = new WeakSet<TerraformStack>();

/**
 * The rule pack as an Aspect. Add it to the App (every stack) or to one stack. Each stack is
 * checked once per process, whichever construct the aspect visits first.
 * @example Aspects.of(app).add(new ExternalOAuthChecks());
 */
export class ExternalOAuthChecks implements IAspect {
  private readonly now?: Date;
  private readonly rules: readonly Rule[];

  constructor(props: ExternalOAuthChecksProps = {}) {
    this.now = props.now;
    this.rules = props.rules ?? ALL_RULES;
    Object.defineProperty(this, INHERITED_ASPECT, { value: true });
    installAppAspectBridge();
  }

  public visit(node: IConstruct): void {
    assertHostFramework(node);
    const stack = [...node.node.scopes].reverse().find((s): s is TerraformStack => TerraformStack.isStack(s));
    if (!stack || checkedStacks.has(stack)) return;
    checkedStacks.add(stack);
    this.checkStack(stack);
  }

  private checkStack(stack: TerraformStack): void {
    const all = stack.node.findAll();
    const model = trustModelOf(stack);
    const declares = model.issuers.length + model.clients.length + model.trusts.length > 0 || all.some((c) => c instanceof ManifestWriter);
    const writer = declares ? ManifestWriter.of(stack) : undefined;
    const raw = writer ? runRules(writer.build(), { now: this.now ?? new Date(), rules: this.rules }) : [];

    const scoped = (c: IConstruct): ScopedSuppression[] => ExternalOAuthSuppressions.of(c).map((s) => ({ ...s, path: c.node.path }));
    const own = all.flatMap(scoped);
    const inherited = stack.node.scopes.filter((c) => c !== stack).flatMap(scoped);
    const { findings, unmatched } = applySuppressions(raw, [...inherited, ...own]);
    const known = this.rules.map((r) => r.id);
    trackInherited(stack, inherited, new Set(unmatched), known);
    const unmatchedOwn = unmatched.filter((s) => own.includes(s));
    const byPath = new Map(all.map((c) => [c.node.path, c]));
    for (const f of [...findings, ...unmatchedOwn.map((s) => unmatchedSuppressionFinding(s, known))]) {
      const target = nearest(byPath, f.path) ?? stack;
      const finding = withSource(f, target);
      writer?.addFinding(finding);
      if (finding.suppressed) continue;
      const text = `[${finding.ruleId}] ${finding.message}`;
      if (finding.severity === 'error') Annotations.of(target).addError(text);
      else Annotations.of(target).addWarning(text);
    }
  }
}

interface TrackedSuppression {
  readonly suppression: ScopedSuppression;
  matched: boolean;
}

const inheritedByRoot = new WeakMap<IConstruct, Map<string, TrackedSuppression>>();

/**
 * A suppression above the stacks (on the App) may match in one stack and not in another: it is
 * an error only when it matched in no stack. The App's validation (run by `app.synth()` after
 * every stack) reports those.
 */
function trackInherited(
  stack: TerraformStack,
  inherited: readonly ScopedSuppression[],
  unmatched: ReadonlySet<ScopedSuppression>,
  known: readonly string[],
): void {
  if (inherited.length === 0) return;
  const root = stack.node.root;
  let tracked = inheritedByRoot.get(root);
  if (!tracked) {
    const entries = new Map<string, TrackedSuppression>();
    inheritedByRoot.set(root, entries);
    root.node.addValidation({
      validate: () =>
        [...entries.values()]
          .filter((e) => !e.matched)
          .map(
            (e) =>
              `[${UNMATCHED_SUPPRESSION_ID}] ${unmatchedSuppressionFinding(e.suppression, known).message.replace('matches no finding', 'matches no finding in any stack')}`,
          ),
    });
    tracked = entries;
  }
  for (const s of inherited) {
    const key = `${s.path}\u0000${s.id}`;
    const entry = tracked.get(key) ?? { suppression: s, matched: false };
    entry.matched = entry.matched || !unmatched.has(s);
    tracked.set(key, entry);
  }
}

function nearest(byPath: ReadonlyMap<string, IConstruct>, path: string): IConstruct | undefined {
  for (let p = path; p; p = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '') {
    const c = byPath.get(p);
    if (c) return c;
  }
  return undefined;
}

function withSource(finding: FindingRecord, construct: IConstruct): FindingRecord {
  for (const c of [...construct.node.scopes].reverse()) {
    const source = sourceLocationOf(c);
    if (source) return { ...finding, source: { file: source.file, line: source.line } };
  }
  return finding;
}

/**
 * Reports that `rule` could not be evaluated at `scope` (a value known only after apply), the
 * way the checks do: a warning annotation that synth prints, and the same finding
 * (`evaluated: false`) in the manifest, so that `check` and `review` count what synth printed,
 * whether synth ran through `npm start`, `cdktf synth` or `app.synth()`.
 */
export function reportUnevaluated(scope: IConstruct, rule: Rule, reason: string): void {
  const finding = withSource(toFinding(rule, unevaluable(scope.node.path, reason)), scope);
  ManifestWriter.of(scope).addFinding(finding);
  Annotations.of(scope).addWarning(`[${finding.ruleId}] ${finding.message}`);
}
