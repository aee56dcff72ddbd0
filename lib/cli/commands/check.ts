/**
 * `external-oauth check [DIR] [--format text|json|sarif] [--out FILE]`: the synth findings.
 */
import { Command, Option } from 'commander';

import { VERSION } from '../../version';
import { type CliIo, type CommandContext, EXIT } from '../io';

/** Options of `check`. */
export interface CheckOptions {
  readonly dir?: string;
  readonly format: 'text' | 'json' | 'sarif';
  readonly out?: string;
}

/** The `check` command; its implementation loads when it runs. */
export function checkCommand({ io, setExitCode }: CommandContext): Command {
  return new Command('check')
    .description('Print the synth findings of the manifests; exit 1 on unsuppressed errors.')
    .argument('[DIR]', 'synth output to check (default: the current folder)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .option('--out <FILE>', 'write to FILE instead of stdout')
    .action((dir: string | undefined, opts: Omit<CheckOptions, 'dir'>) => {
      setExitCode(runCheck({ ...opts, ...(dir ? { dir } : {}) }, io));
    });
}

/** Runs `check`: exit 1 when any unsuppressed error, else 0. */
export function runCheck(options: CheckOptions, io: CliIo): number {
  // Loaded when the command runs: `--help` loads none of them.
  const { collectFindings, summarize } = require('../check/collect') as typeof import('../check/collect');
  const { loadRulePack, rulesFor } = require('../check/rule-catalog') as typeof import('../check/rule-catalog');
  const { toSarif } = require('../check/sarif') as typeof import('../check/sarif');
  const { renderFindingsText } = require('../check/text') as typeof import('../check/text');
  const { loadManifests, noteTo } = require('../load-manifests') as typeof import('../load-manifests');
  const { jsonText, writeOutput } = require('../write-output') as typeof import('../write-output');
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
