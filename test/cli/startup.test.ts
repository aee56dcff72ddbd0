/**
 * The compiled CLI (dist/, built by `npm test` before jest; in a dev loop: `npx tsc -p .`)
 * starts fast and never loads cdktf or constructs, whatever command runs.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { seedManifests, tempDir, writeSynthOut } from '../review/fixtures/manifests';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'dist', 'bin', 'external-oauth.js');
const MAIN = path.join(ROOT, 'dist', 'lib', 'cli', 'main.js');
const PLAN = path.join(ROOT, 'test', 'drift', 'fixtures', 'plan-identity-drift.json');
const STARTUP_BUDGET_MS = 500;

/** Runs `script` in a fresh node and returns the modules it loaded (paths relative to the repo). */
function modulesAfter(script: string): string[] {
  const res = spawnSync(
    process.execPath,
    ['-e', `${script}.then(() => process.stdout.write(JSON.stringify(Object.keys(require.cache))))`],
    { encoding: 'utf8', cwd: ROOT },
  );
  expect(res.stderr).toBe('');
  return (JSON.parse(res.stdout) as string[]).map((f) => path.relative(ROOT, f).split(path.sep).join('/'));
}

function runIn(argvs: string[][]): string {
  const io = `{ stdout: { write() {} }, stderr: { write() {} }, env: {}, cwd: ${JSON.stringify(ROOT)} }`;
  return `(async () => { const { runCli } = require(${JSON.stringify(MAIN)}); for (const argv of ${JSON.stringify(argvs)}) await runCli(argv, ${io}); })()`;
}

const CDKTF = /(^|\/)node_modules\/(cdktf|cdktn|constructs|@cdkt[fn])\//;

describe('compiled CLI (dist)', () => {
  beforeAll(() => {
    if (!fs.existsSync(BIN))
      throw new Error(`${path.relative(ROOT, BIN)} is missing: build first (npm test does; in a dev loop run npx tsc -p .)`);
  });

  test(`--help starts in under ${STARTUP_BUDGET_MS} ms in a fresh node process`, () => {
    // WHEN run three times (the fastest run measures the code, not a busy machine)
    const times = [0, 1, 2].map(() => {
      const started = process.hrtime.bigint();
      const res = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      expect(res.status).toBe(0);
      expect(res.stdout).toMatch(/^Usage: external-oauth/);
      return ms;
    });
    // THEN
    expect(Math.min(...times)).toBeLessThan(STARTUP_BUDGET_MS);
  });

  test('--help | head -1 prints the first line and no EPIPE stack trace (reader closes the pipe early; 5 runs)', () => {
    for (let i = 0; i < 5; i++) {
      const res = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --help | head -1`], { encoding: 'utf8' });
      expect({ stdout: res.stdout, stderr: res.stderr }).toEqual({ stdout: 'Usage: external-oauth [options] [command]\n', stderr: '' });
    }
  });

  test('exits quietly with its own code when stdout is closed before it writes', async () => {
    // GIVEN a reader that has gone before the CLI writes its (long) output
    const child = spawn(process.execPath, [BIN, 'check', '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // WHEN it exits THEN quietly, exit 0
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });

  test('the executable has a node shebang', () => {
    expect(fs.readFileSync(BIN, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  test('--help loads commander, the CLI shell and the command definitions only: every command implementation is lazy', () => {
    const loaded = modulesAfter(runIn([['--help']]));
    const commands = ['check', 'drift', 'review', 'simulate', 'validate-token'].map((c) => `dist/lib/cli/commands/${c}.js`);
    expect(loaded.filter((f) => f.startsWith('dist/')).sort()).toEqual(
      [
        ...commands,
        'dist/lib/cli/errors.js',
        'dist/lib/cli/io.js',
        'dist/lib/cli/main.js',
        'dist/lib/util/error.js',
        'dist/lib/util/escape.js',
        'dist/lib/version.js',
      ].sort(),
    );
    expect(loaded.filter((f) => f.includes('node_modules/') && !f.includes('node_modules/commander/'))).toEqual([]);
  });

  test('running review, review --base, check (all formats) and drift --plan loads no cdktf or constructs module', () => {
    // GIVEN a synth output
    const dir = tempDir();
    try {
      writeSynthOut(dir, seedManifests());
      // WHEN every command runs in one fresh process
      const loaded = modulesAfter(
        runIn([
          ['review', dir],
          ['review', dir, '--base', dir, '--format', 'json'],
          ['check', dir],
          ['check', dir, '--format', 'sarif'],
          ['check', dir, '--format', 'json'],
          ['drift', '--plan', PLAN, '--format', 'markdown'],
          ['validate-token', '--profiles', path.join(dir, 'stacks', 'alation-entra-api', 'external-oauth.json'), '--token', 'x'],
        ]),
      );
      // THEN the commands did load their implementations, and nothing of cdktf
      expect(loaded).toEqual(
        expect.arrayContaining([
          'dist/lib/review/report.js',
          'dist/lib/cli/check/sarif.js',
          'dist/lib/drift/plan/run-plan.js',
          'dist/lib/validator/cli.js',
        ]),
      );
      expect(loaded.filter((f) => CDKTF.test(f))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
