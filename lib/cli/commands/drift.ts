/**
 * `external-oauth drift [DIR] [--live] [--plan PLAN_JSON] [--state FILE]
 * [--format text|markdown|json] [--concurrency N] [--timeout MS] [--out FILE]`.
 * Exit 0 clean, 2 drift, 3 could not check (nothing drifted, something unreachable), 1 error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runLiveDrift } from '../../drift/live/run-live';
import { StateFileError } from '../../drift/live/state';
import { parsePlan, planDrift } from '../../drift/plan/run-plan';
import { renderDriftMarkdown, renderDriftText } from '../../drift/render';
import { buildDriftReport, type DriftFinding, type DriftReport } from '../../drift/report';
import { CLI_ERROR_CODES, CliError } from '../errors';
import type { CliIo } from '../io';
import { existingPath, loadManifests, noteTo } from '../load-manifests';
import { jsonText, writeOutput } from '../write-output';

/** Largest discovery document or JWKS read (bytes). */
export const MAX_RESPONSE_BYTES = 512 * 1024;

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

function isFolder(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** Runs `drift`; returns the report's exit code: 0 clean, 2 drift, 3 could not check, 1 error. */
export async function runDrift(options: DriftOptions, io: CliIo): Promise<number> {
  if (!options.live && !options.plan) throw new CliError(CLI_ERROR_CODES.USAGE, 'nothing to check: pass --live, --plan PLAN_JSON, or both');
  if (options.state && !options.live) throw new CliError(CLI_ERROR_CODES.USAGE, '--state needs --live');
  if (options.state && !isFolder(path.dirname(path.resolve(io.cwd, options.state)))) {
    throw new CliError(CLI_ERROR_CODES.INVALID_STATE, `--state ${options.state}: the folder ${path.dirname(options.state)} does not exist: create it first`);
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
  const rendered = options.format === 'json' ? jsonText(report) : options.format === 'markdown' ? renderDriftMarkdown(report) : renderDriftText(report);
  writeOutput(rendered, io, options.out);
  return report.exitCode;
}
