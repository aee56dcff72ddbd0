/**
 * `external-oauth check [DIR] [--format text|json|sarif] [--out FILE]`: the synth findings.
 */
import { VERSION } from '../../version';
import { collectFindings, summarize } from '../check/collect';
import { loadRulePack, rulesFor } from '../check/rule-catalog';
import { toSarif } from '../check/sarif';
import { renderFindingsText } from '../check/text';
import type { CliIo } from '../io';
import { EXIT } from '../io';
import { loadManifests, noteTo } from '../load-manifests';
import { jsonText, writeOutput } from '../write-output';

/** Options of `check`. */
export interface CheckOptions {
  readonly dir?: string;
  readonly format: 'text' | 'json' | 'sarif';
  readonly out?: string;
}

/** Runs `check`: exit 1 when any unsuppressed error, else 0. */
export function runCheck(options: CheckOptions, io: CliIo): number {
  const manifests = loadManifests(options.dir ?? '.', io.cwd, { note: noteTo(io) });
  const findings = collectFindings(manifests, io.cwd);
  const summary = summarize(findings);
  let output: string;
  if (options.format === 'sarif') {
    output = jsonText(toSarif(findings, rulesFor(findings, loadRulePack()), { version: VERSION, cwd: io.cwd }));
  } else if (options.format === 'json') {
    output = jsonText({ reportVersion: 1, summary, findings });
  } else {
    output = renderFindingsText(findings, summary);
  }
  writeOutput(output, io, options.out);
  return summary.errors > 0 ? EXIT.ERROR : EXIT.OK;
}
