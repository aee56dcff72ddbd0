/**
 * `external-oauth review [DIR] [--base DIR] [--format markdown|json] [--out FILE] [--simulate]`.
 */
import { Command, Option } from 'commander';

import type { TrustManifest } from '../../manifest/types';
import type { AccessChange, SimulationResult } from '../../simulate';
import { CLI_ERROR_CODES, CliError } from '../errors';
import { type CliIo, type CommandContext, EXIT } from '../io';

/** Options of `review`. */
export interface ReviewOptions {
  readonly dir?: string;
  readonly base?: string;
  /** Diff against an empty base (first adoption): every declared item is new. */
  readonly baseEmpty?: boolean;
  readonly format: 'markdown' | 'json';
  readonly out?: string;
  /** Embed the access matrix (and, with `--base`, its difference) from `simulate`. */
  readonly simulate?: boolean;
}

/** The `review` command; its implementation loads when it runs. */
export function reviewCommand({ io, setExitCode }: CommandContext): Command {
  return new Command('review')
    .description('Review the identity posture per issuer; with --base, the changes since the base synth output ranked by risk.')
    .argument('[DIR]', 'synth output to review (default: the current folder)')
    .option('--base <DIR>', 'synth output of the base branch to diff against (must hold manifests)')
    .option('--base-empty', 'diff against an empty base: every declared item is new (first adoption)')
    .addOption(new Option('--format <format>', 'output format').choices(['markdown', 'json']).default('markdown'))
    .option('--out <FILE>', 'write to FILE instead of stdout')
    .option('--simulate', 'embed the simulated access matrix (and its base..head difference); starts local OpenID providers on 127.0.0.1')
    .action(async (dir: string | undefined, opts: Omit<ReviewOptions, 'dir'>) => {
      setExitCode(await runReview({ ...opts, ...(dir ? { dir } : {}) }, io));
    });
}

/** Runs `review`; exits 0 whenever the review was written (findings are for `check`). */
export async function runReview(options: ReviewOptions, io: CliIo): Promise<number> {
  // Loaded when the command runs: `--help` loads none of them.
  const { buildReviewReport } = require('../../review/report') as typeof import('../../review/report');
  const { renderReviewMarkdown } = require('../../review/render-markdown') as typeof import('../../review/render-markdown');
  const { loadManifests, noteTo } = require('../load-manifests') as typeof import('../load-manifests');
  const { jsonText, writeOutput } = require('../write-output') as typeof import('../write-output');
  if (options.base !== undefined && options.baseEmpty)
    throw new CliError(
      CLI_ERROR_CODES.USAGE,
      '--base and --base-empty exclude each other: pass the base synth output, or --base-empty for a first adoption',
    );
  const note = noteTo(io);
  const head = loadManifests(options.dir ?? '.', io.cwd, { note }).map((m) => m.manifest);
  // A base without manifests is a mistake (a wrong folder, a synth that did not run), not an empty base.
  const base = options.baseEmpty
    ? []
    : options.base === undefined
      ? undefined
      : loadManifests(options.base, io.cwd, { what: '--base', note }).map((m) => m.manifest);
  if (options.baseEmpty) note('note: --base-empty: every declared item is reported as new');
  const report = buildReviewReport(head, base);
  const access = options.simulate ? await simulateAccess(head, base, io) : undefined;
  if (options.format === 'json') {
    writeOutput(
      jsonText(access ? { ...report, access: { head: access.head, ...(access.changes ? { changes: access.changes } : {}) } } : report),
      io,
      options.out,
    );
  } else {
    writeOutput(renderReviewMarkdown(report) + (access ? access.markdown : ''), io, options.out);
  }
  return EXIT.OK;
}

/** The simulated access matrix of head, and its difference from base when both sides simulate. */
async function simulateAccess(head: TrustManifest[], base: TrustManifest[] | undefined, io: CliIo) {
  // Loaded only with --simulate: it starts local OpenID providers (on 127.0.0.1).
  const sim = require('../../simulate') as typeof import('../../simulate');
  let headResult: SimulationResult;
  try {
    headResult = await sim.simulate(head);
  } catch (err) {
    io.stderr.write(`note: access simulation skipped: ${(err as Error).message}\n`);
    return undefined;
  }
  let changes: AccessChange[] | undefined;
  if (base && base.length > 0) {
    try {
      changes = sim.diffSimulations(await sim.simulate(base), headResult);
    } catch (err) {
      io.stderr.write(`note: base access simulation failed, no access difference: ${(err as Error).message}\n`);
    }
  }
  const markdown = [
    '',
    sim.renderSimulationMarkdown(headResult, { heading: 2 }),
    changes ? sim.renderAccessChangesMarkdown(changes, { heading: 2 }) : '',
  ].join('\n');
  return { head: headResult, changes, markdown };
}
