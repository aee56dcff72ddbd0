import * as fs from 'node:fs';
import * as path from 'node:path';
import { apiProfile, tempDir, writeSynthOut } from '../review/fixtures/manifests';
import { cli } from './support/run-cli';

describe('external-oauth (argument parsing)', () => {
  test('--help lists every command and the exit codes, exit 0', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['review', 'check', 'drift', 'validate-token']) expect(run.stdout).toContain(command);
    expect(run.stdout).toContain('Exit codes: 0 clean, 1 error (or unsuppressed check errors), 2 drift.');
  });

  test('each command has its own --help', async () => {
    const run = await cli(['drift', '--help']);
    expect(run.code).toBe(0);
    for (const flag of ['--live', '--plan <PLAN_JSON>', '--state <FILE>', '--format <format>', '--concurrency <N>', '--timeout <MS>']) expect(run.stdout).toContain(flag);
  });

  test('--version prints the package version', async () => {
    const run = await cli(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${require('../../package.json').version}\n` });
  });

  test('fails when the command is unknown', async () => {
    const run = await cli(['deploy']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("error: unknown command 'deploy'");
  });

  test('fails when no command is given (usage on stderr)', async () => {
    const run = await cli([]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Usage: external-oauth');
  });

  test('fails when --concurrency is not a positive integer', async () => {
    const run = await cli(['drift', '--live', '--concurrency', '0']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--concurrency must be a positive integer');
  });
});

describe('external-oauth validate-token (wired from the validator)', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    writeSynthOut(dir, [apiProfile()]);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('fails when --profiles is missing', async () => {
    const run = await cli(['validate-token', '--token', 'x']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("required option '--profiles <FILE>' not specified");
  });

  test('prints {"error":CODE} and exits 1 for a malformed token given with --token', async () => {
    const profiles = path.join('stacks', 'alation-entra-api', 'external-oauth.json');
    const run = await cli(['validate-token', '--profiles', profiles, '--token', 'not-a-jwt'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: 'malformed_token' });
  });

  test('reads the token from stdin when --token is absent', async () => {
    const profiles = path.join(dir, 'stacks', 'alation-entra-api', 'external-oauth.json');
    const run = await cli(['validate-token', '--profiles', profiles], { stdin: 'a.b\n' });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: 'malformed_token' });
  });
});
