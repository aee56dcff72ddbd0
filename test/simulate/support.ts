/**
 * Helpers of the simulation tests: the examples synthesized (checks on) into one temporary
 * `cdktf.out`, manifest copies to break, and the provider processes still alive.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { MANIFEST_FILE_NAME, type TrustManifest } from '../../lib/manifest/types';
import type { AccessRow, Cell, SimulationResult } from '../../lib/simulate';
import { checkedApp, EXAMPLE_NAMES, type ExampleName, EXAMPLES } from '../examples/support';

/** Synthesizes the example stacks (as stacks/main.ts declares them, checks on) into a fresh outdir. */
export function synthAllExamples(): string {
  const app = checkedApp();
  for (const name of EXAMPLE_NAMES) EXAMPLES[name](app);
  app.synth();
  return app.outdir;
}

/** A deep copy of an example's synthesized manifest (raw JSON, ready to break). */
export function manifestCopy(outdir: string, stack: ExampleName): TrustManifest {
  return JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, MANIFEST_FILE_NAME), 'utf8')) as TrustManifest;
}

const made: string[] = [];

/** Writes manifests as a `cdktf.out` folder (`stacks/<stack>/external-oauth.json`) and returns it. */
export function writeOutdir(manifests: readonly TrustManifest[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eo-simulate-'));
  made.push(dir);
  for (const m of manifests) {
    fs.mkdirSync(path.join(dir, 'stacks', m.stack), { recursive: true });
    fs.writeFileSync(path.join(dir, 'stacks', m.stack, MANIFEST_FILE_NAME), JSON.stringify(m, null, 2));
  }
  return dir;
}

/** Removes the folders made by {@link writeOutdir}. */
export function cleanWritten(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Pids of this process's child processes that run the provider server (from /proc, independent of the code under test). */
export function providerChildren(): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmd.includes('provider-server')) out.push(Number(entry));
    } catch {
      // the process exited meanwhile
    }
  }
  return out;
}

/** True while `pid` exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The access rows of a client (by construct path) and their cell for a trust (by construct path), by username ('' for app rows). */
export function cellsOf(result: SimulationResult, client: string, trust: string): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const row of result.rows.filter((r) => r.kind === 'access' && r.client === client)) {
    const user = row.user === undefined ? '' : result.users.find((u) => u.id === row.user)!.username;
    out[`${row.flow}:${user}`] = row.cells[trust]!;
  }
  return out;
}

/** The probe rows of a trust, by kind. */
export function probesOf(result: SimulationResult, trust: string): AccessRow[] {
  return result.rows.filter((r) => r.kind === 'probe' && r.probe?.target === trust);
}
