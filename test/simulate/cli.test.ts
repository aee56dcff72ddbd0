/**
 * `external-oauth simulate [DIR] [--format text|markdown|json]`: in-process (sources), and the
 * compiled executable with plain node (dist, built by `npm test` / `npx tsc -p tsconfig.build.json`).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import type { SimulationResult } from '../../lib/simulate';
import { cli } from '../cli/support/run-cli';
import { cleanOutdirs } from '../examples/support';
import { cleanWritten, manifestCopy, providerChildren, synthAllExamples, writeOutdir } from './support';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'dist', 'bin', 'external-oauth.js');
const COMPILED_SERVER = path.join(ROOT, 'dist', 'lib', 'simulate', 'provider-server.js');
let dir: string;

beforeAll(() => {
  const outdir = synthAllExamples();
  dir = writeOutdir([manifestCopy(outdir, 'okta-snowflake-dbt'), manifestCopy(outdir, 'pingfederate-snowflake-atlan')]);
});

afterAll(() => {
  cleanOutdirs();
  cleanWritten();
});

describe('external-oauth simulate', () => {
  test('text by default: the matrix and the disclaimer, exit 0', async () => {
    const run = await cli(['simulate', dir]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Access simulation: 2 stack\(s\)/);
    expect(run.stdout).toContain('not the vendor');
    expect(run.stdout).toContain('OKTA_DBT: accepted as DBT_ANALYST with role TRANSFORMER');
    expect(run.stdout).toContain('ATLAN_PINGFEDERATE_SSO: accepted as JANE_DOE with role ATLAN_READER');
    expect(providerChildren()).toEqual([]);
  });

  test('--format json --no-probes, with DIR relative to the cwd', async () => {
    const run = await cli(['simulate', path.basename(dir), '--format', 'json', '--no-probes'], { cwd: path.dirname(dir) });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as SimulationResult;
    expect(result.simulationVersion).toBe(1);
    expect(result.rows.every((r) => r.kind === 'access')).toBe(true);
  });

  test('--format markdown --out FILE', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'eo-sim-out-')), 'matrix.md');
    try {
      const run = await cli(['simulate', dir, '--format', 'markdown', '--out', out]);
      expect(run).toMatchObject({ code: 0, stdout: '' });
      expect(fs.readFileSync(out, 'utf8')).toContain('```mermaid\nflowchart LR');
    } finally {
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    }
  });

  test('fails (exit 1) when DIR does not exist or holds no manifest', async () => {
    expect(await cli(['simulate', path.join(dir, 'nope')])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('error [EO_CLI_NOT_FOUND]'),
    });
    const empty = writeOutdir([]);
    expect(await cli(['simulate', empty])).toMatchObject({ code: 1, stderr: expect.stringContaining('error [EO_CLI_NO_MANIFESTS]') });
  });

  const compiled = fs.existsSync(BIN) && fs.existsSync(COMPILED_SERVER) ? test : test.skip;
  compiled('the compiled executable runs the compiled provider script with plain node, from any cwd', () => {
    const res = spawnSync(process.execPath, [BIN, 'simulate', dir, '--format', 'json'], {
      encoding: 'utf8',
      cwd: os.tmpdir(),
      timeout: 30_000,
    });
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const result = JSON.parse(res.stdout) as SimulationResult;
    expect(result.rows.filter((r) => r.kind === 'access').map((r) => r.cells['okta-snowflake-dbt/Snowflake']!.outcome)).toContain(
      'accepted',
    );
    // no orphaned provider process (its parent has exited)
    const orphans = fs
      .readdirSync('/proc')
      .filter((e) => /^\d+$/.test(e))
      .filter((e) => {
        try {
          return fs.readFileSync(`/proc/${e}/cmdline`, 'utf8').includes(COMPILED_SERVER);
        } catch {
          return false;
        }
      });
    expect(orphans).toEqual([]);
  });
});
