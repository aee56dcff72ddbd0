/**
 * `external-oauth simulate [DIR] [--format text|markdown|json] [--out FILE]`: the access matrix
 * of the synthesized manifests, proven against local OpenID providers (lib/simulate), loaded
 * only when this command runs.
 */
import { Command, Option } from 'commander';

import { CliError } from '../errors';
import { type CliIo, type CommandContext, EXIT } from '../io';

/** Options of `simulate`. */
export interface SimulateCommandOptions {
  readonly dir?: string;
  readonly format: 'text' | 'markdown' | 'json';
  readonly out?: string;
  /** Skip the negative probes. */
  readonly probes?: boolean;
}

/** The `simulate` command; its implementation loads when it runs. */
export function simulateCommand({ io, setExitCode }: CommandContext): Command {
  return new Command('simulate')
    .description(
      'Simulate who gets in where: local OpenID providers shaped like the declared issuers mint tokens for every client, user and flow; prints the access matrix per trust, with negative probes.',
    )
    .argument('[DIR]', 'synth output to simulate (default: the current folder)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--no-probes', 'skip the negative probes')
    .option('--out <FILE>', 'write to FILE instead of stdout')
    .action(async (dir: string | undefined, opts: Omit<SimulateCommandOptions, 'dir'>) => {
      setExitCode(await runSimulate({ ...opts, ...(dir ? { dir } : {}) }, io));
    });
}

/** Runs `simulate`: prints the matrix and exits 0; exits 1 (via CliError) when it cannot run. */
export async function runSimulate(options: SimulateCommandOptions, io: CliIo): Promise<number> {
  // Loaded when the command runs: `--help` loads none of them.
  const { loadManifests, noteTo } = require('../load-manifests') as typeof import('../load-manifests');
  const { writeOutput } = require('../write-output') as typeof import('../write-output');
  const manifests = loadManifests(options.dir ?? '.', io.cwd, { note: noteTo(io) }).map((m) => m.manifest);
  const { simulate, renderSimulation, SimulationError } = require('../../simulate') as typeof import('../../simulate');
  let result;
  try {
    result = await simulate(manifests, { probes: options.probes !== false });
  } catch (err) {
    // Printed by runCli as `error [EO_SIM_...]: message` with exit 1 (the simulation's own stable codes).
    if (err instanceof SimulationError) throw new CliError(err.code, `simulate: ${err.message}`);
    throw err;
  }
  writeOutput(renderSimulation(result, options.format), io, options.out);
  return EXIT.OK;
}
