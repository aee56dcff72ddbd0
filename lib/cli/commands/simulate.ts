/**
 * `external-oauth simulate [DIR] [--format text|markdown|json] [--out FILE]`: the access matrix
 * of the synthesized manifests, proven against local OpenID providers (lib/simulate), loaded
 * only when this command runs.
 */
import { CliError } from '../errors';
import type { CliIo } from '../io';
import { EXIT } from '../io';
import { loadManifests, noteTo } from '../load-manifests';
import { writeOutput } from '../write-output';

/** Options of `simulate`. */
export interface SimulateCommandOptions {
  readonly dir?: string;
  readonly format: 'text' | 'markdown' | 'json';
  readonly out?: string;
  /** Skip the negative probes. */
  readonly probes?: boolean;
}

/** Runs `simulate`: prints the matrix and exits 0; exits 1 (via CliError) when it cannot run. */
export async function runSimulate(options: SimulateCommandOptions, io: CliIo): Promise<number> {
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
