/**
 * Renders RULES.md from the rule files (`npm run rules`); a test fails when the file is stale.
 * Pure: no cdktf.
 */
import { tableCell as cell } from '../util/escape';
import { MIN_SUPPRESSION_REASON_LENGTH, UNMATCHED_SUPPRESSION_ID, UNMATCHED_SUPPRESSION_RULE } from './meta';
import type { Rule } from './rule';
import { ALL_RULES } from './rules';

function anchor(id: string): string {
  return id.toLowerCase();
}

/** The whole RULES.md text for `rules`. */
export function renderRulesMarkdown(rules: readonly Rule[] = ALL_RULES): string {
  const lines: string[] = [
    '# Synth-time check rules',
    '',
    '<!-- Generated from lib/checks/rules/*.ts by `npm run rules`. Do not edit by hand. -->',
    '',
    'Add the pack with `Aspects.of(app).add(new ExternalOAuthChecks())`. An **error** aborts `cdktf synth`; a',
    "**warning** is printed and recorded in the stack manifest's `findings`. A rule that needs a value known only",
    'after `terraform apply` reports a warning that it could not be evaluated (`evaluated: false`), never a pass.',
    `Suppress with \`ExternalOAuthSuppressions.add(construct, [{ id, reason }])\` (reason of at least ${MIN_SUPPRESSION_REASON_LENGTH} characters);`,
    `suppressed findings stay in the manifest with their reason, and a suppression that matches nothing is error ${UNMATCHED_SUPPRESSION_ID}.`,
    'See [README.md, Synth-time checks](README.md#synth-time-checks).',
    '',
    '| Id | Severity | Title |',
    '|---|---|---|',
    ...rules.map((r) => `| [${r.id}](#${anchor(r.id)}) | ${r.severity} | ${cell(r.title)} |`),
    `| [${UNMATCHED_SUPPRESSION_ID}](#${anchor(UNMATCHED_SUPPRESSION_ID)}) | error | ${cell(UNMATCHED_SUPPRESSION_RULE.title)} |`,
    '',
  ];
  for (const r of rules) {
    lines.push(`## ${r.id}`, '', `**${r.title}** (${r.severity})`, '', r.explanation, '');
    if (r.see?.length) lines.push(...r.see.map((s) => `- ${s}`), '');
  }
  const meta = UNMATCHED_SUPPRESSION_RULE;
  lines.push(`## ${meta.id}`, '', `**${meta.title}** (${meta.severity})`, '', meta.explanation, '');
  return lines.join('\n');
}
