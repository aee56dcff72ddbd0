/**
 * Runs the app of `npm start` (stacks/main.ts: every example stack, checks on) in a fresh Node
 * process from the project root, writing to a temporary folder (CDKTF_OUTDIR, read by the App of
 * both frameworks), and reports what it wrote and which packages it loaded.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/** What one run of stacks/main.ts produced. */
export interface MainAppRun {
  /** The temporary folder (remove it with `cleanup`). */
  readonly dir: string;
  /** `<dir>/cdktf.out`, the App's outdir. */
  readonly outdir: string;
  /** Packages under node_modules that the process loaded (`require.cache`), e.g. `cdktf`, `@cdktf/provider-okta`. */
  readonly loaded: string[];
  readonly status: number | null;
  readonly stderr: string;
  cleanup(): void;
}

/** Synthesizes the example stacks in a new temporary folder. */
export function runMainApp(): MainAppRun {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eo-main-app-'));
  const script = `
    process.on('exit', () => {
      const loaded = Object.keys(require.cache).map((k) => /node_modules[\\\\/]((?:@[\\w-]+[\\\\/])?[\\w.-]+)[\\\\/]/.exec(k)?.[1]).filter(Boolean);
      process.stderr.write('\\nLOADED ' + JSON.stringify([...new Set(loaded.map((p) => p.replace(/\\\\/g, '/')))].sort()) + '\\n');
    });
    require(${JSON.stringify(path.join(ROOT, 'stacks', 'main.ts'))});`;
  const outdir = path.join(dir, 'cdktf.out');
  const res = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CDKTF_OUTDIR: outdir },
  });
  const line = /^LOADED (.*)$/m.exec(res.stderr ?? '');
  return {
    dir,
    outdir,
    loaded: line ? (JSON.parse(line[1]) as string[]) : [],
    status: res.status,
    stderr: res.stderr ?? '',
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
