/**
 * `external-oauth drift [DIR] [--live] [--plan PLAN_JSON] [--state FILE]
 * [--format text|markdown|json] [--concurrency N] [--timeout MS] [--out FILE]`.
 * Exit 0 clean, 2 drift, 3 could not check (nothing drifted, something unreachable), 1 error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { Command, InvalidArgumentError, Option } from 'commander';

import type { DriftFinding, DriftReport } from '../../drift/report';
import { CLI_ERROR_CODES, CliError } from '../errors';
import type { CliIo, CommandContext } from '../io';

/** Largest discovery document or JWKS read (bytes). */
export const MAX_RESPONSE_BYTES = 512 * 1024;

/** Largest `--timeout`: Node turns a timer delay above 2^31-1 ms into 1 ms; ten minutes is plenty for one HTTP request. */
export const MAX_TIMEOUT_MS = 600_000;
/** Largest `--concurrency`. */
export const MAX_CONCURRENCY = 64;

function positiveInt(name: string, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1 || n > max)
      throw new InvalidArgumentError(`${name} must be an integer from 1 to ${max} (received ${JSON.stringify(value)})`);
    return n;
  };
}

/** Options of `drift`. */
export interface DriftOptions {
  readonly dir?: string;
  readonly live?: boolean;
  readonly plan?: string;
  readonly state?: string;
  readonly format: 'text' | 'markdown' | 'json';
  readonly concurrency: number;
  readonly timeout: number;
  readonly out?: string;
  /** The clock (tests). */
  readonly now?: () => Date;
}

/** The `drift` command; its implementation loads when it runs. */
export function driftCommand({ io, setExitCode }: CommandContext): Command {
  return new Command('drift')
    .description("Compare what is declared with what runs: the issuers' live metadata and JWKS (--live), the Terraform plan (--plan).")
    .argument('[DIR]', 'synth output that declares the issuers (default: the current folder)')
    .option('--live', "fetch each issuer's discovery document and JWKS and compare")
    .option('--plan <PLAN_JSON>', 'terraform show -json output to scan for identity resource drift and pending changes')
    .option('--state <FILE>', 'key state file for rotation checks with --live (read, then updated)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--concurrency <N>', 'issuers checked at once', positiveInt('--concurrency', MAX_CONCURRENCY), 4)
    .option('--timeout <MS>', 'timeout of each HTTP request in milliseconds', positiveInt('--timeout', MAX_TIMEOUT_MS), 5000)
    .option('--out <FILE>', 'write to FILE instead of stdout')
    .action(async (dir: string | undefined, opts: Omit<DriftOptions, 'dir' | 'now'>) => {
      setExitCode(await runDrift({ ...opts, ...(dir ? { dir } : {}) }, io));
    });
}

function isFolder(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** Runs `drift`; returns the report's exit code: 0 clean, 2 drift, 3 could not check, 1 error. */
export async function runDrift(options: DriftOptions, io: CliIo): Promise<number> {
  // Loaded when the command runs: `--help` loads none of them.
  const { runLiveDrift } = require('../../drift/live/run-live') as typeof import('../../drift/live/run-live');
  const { StateFileError } = require('../../drift/live/state') as typeof import('../../drift/live/state');
  const { parsePlan, planDrift } = require('../../drift/plan/run-plan') as typeof import('../../drift/plan/run-plan');
  const { renderDriftMarkdown, renderDriftText } = require('../../drift/render') as typeof import('../../drift/render');
  const { buildDriftReport } = require('../../drift/report') as typeof import('../../drift/report');
  const { existingPath, loadManifests, noteTo } = require('../load-manifests') as typeof import('../load-manifests');
  const { jsonText, writeOutput } = require('../write-output') as typeof import('../write-output');
  if (!options.live && !options.plan) throw new CliError(CLI_ERROR_CODES.USAGE, 'nothing to check: pass --live, --plan PLAN_JSON, or both');
  if (options.state && !options.live) throw new CliError(CLI_ERROR_CODES.USAGE, '--state needs --live');
  if (options.state && !isFolder(path.dirname(path.resolve(io.cwd, options.state)))) {
    throw new CliError(
      CLI_ERROR_CODES.INVALID_STATE,
      `--state ${options.state}: the folder ${path.dirname(options.state)} does not exist: create it first`,
    );
  }
  const now = (options.now ?? (() => new Date()))();
  const findings: DriftFinding[] = [];
  let plan: DriftReport['plan'];
  if (options.plan) {
    const file = existingPath(options.plan, io.cwd, '--plan');
    let parsed;
    try {
      parsed = parsePlan(fs.readFileSync(file, 'utf8'), options.plan);
    } catch (err) {
      throw new CliError(CLI_ERROR_CODES.INVALID_PLAN, (err as Error).message);
    }
    const result = planDrift(parsed, options.plan);
    plan = { file: options.plan, resources: result.resources, otherResources: result.otherResources };
    findings.push(...result.findings);
  }
  let live: DriftReport['live'];
  if (options.live) {
    const manifests = loadManifests(options.dir ?? '.', io.cwd, { note: noteTo(io) }).map((m) => m.manifest);
    try {
      const result = await runLiveDrift(manifests, {
        timeoutMs: options.timeout,
        maxBytes: MAX_RESPONSE_BYTES,
        concurrency: options.concurrency,
        ...(options.state ? { stateFile: path.resolve(io.cwd, options.state) } : {}),
        now,
        progress: (line) => io.stderr.write(`${line}\n`),
      });
      live = { issuers: result.issuers };
      findings.unshift(...result.findings);
    } catch (err) {
      if (err instanceof StateFileError) throw new CliError(CLI_ERROR_CODES.INVALID_STATE, `--state ${err.message}`);
      throw err;
    }
  }
  const report = buildDriftReport({ checkedAt: now.toISOString(), ...(live ? { live } : {}), ...(plan ? { plan } : {}), findings });
  const rendered =
    options.format === 'json' ? jsonText(report) : options.format === 'markdown' ? renderDriftMarkdown(report) : renderDriftText(report);
  writeOutput(rendered, io, options.out);
  return report.exitCode;
}
