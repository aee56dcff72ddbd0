import * as fs from 'node:fs';
import * as path from 'node:path';

import { apiProfile, tempDir, writeSynthOut } from '../review/fixtures/manifests';
import { cli } from './support/run-cli';

describe('external-oauth (argument parsing)', () => {
  test('--help lists every command and the exit codes, exit 0', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['review', 'check', 'drift', 'validate-token']) expect(run.stdout).toContain(command);
    expect(run.stdout).toContain(
      'Exit codes: 0 clean, 1 error (or unsuppressed check errors), 2 drift, 3 drift could not be checked (an issuer unreachable, nothing drifted).',
    );
  });

  test('each command has its own --help', async () => {
    const run = await cli(['drift', '--help']);
    expect(run.code).toBe(0);
    for (const flag of ['--live', '--plan <PLAN_JSON>', '--state <FILE>', '--format <format>', '--concurrency <N>', '--timeout <MS>'])
      expect(run.stdout).toContain(flag);
  });

  test('--version prints the package version', async () => {
    const run = await cli(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${require('../../package.json').version}\n` });
  });

  test('fails when the command is unknown', async () => {
    const run = await cli(['deploy']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("error [EO_CLI_USAGE]: unknown command 'deploy'\n(run with --help for usage)\n");
  });

  test('fails when no command is given (usage on stderr)', async () => {
    const run = await cli([]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Usage: external-oauth');
  });

  test('fails when --concurrency is not an integer from 1 to 64 (boundary: 64 accepted, 65 refused)', async () => {
    const run = await cli(['drift', '--live', '--concurrency', '0']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `error [EO_CLI_USAGE]: option '--concurrency <N>' argument '0' is invalid. --concurrency must be an integer from 1 to 64 (received "0")\n(run with --help for usage)\n`,
    );
    expect((await cli(['drift', '--live', '--concurrency', '65'])).stderr).toContain(
      '--concurrency must be an integer from 1 to 64 (received "65")',
    );
    // 64 passes parsing and fails later, for want of manifests
    expect((await cli(['drift', '--live', '--concurrency', '64'], { cwd: path.resolve('/') })).stderr).toMatch(
      /^error \[EO_CLI_NO_MANIFESTS\]/,
    );
  });

  test('fails when --timeout exceeds 600000 ms: Node would turn a delay above 2^31-1 ms into 1 ms (boundary: 600000 accepted)', async () => {
    const run = await cli(['drift', '--live', '--timeout', '2147483648']);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `error [EO_CLI_USAGE]: option '--timeout <MS>' argument '2147483648' is invalid. --timeout must be an integer from 1 to 600000 (received "2147483648")\n(run with --help for usage)\n`,
    });
    expect((await cli(['drift', '--live', '--timeout', '600001'])).stderr).toContain(
      '--timeout must be an integer from 1 to 600000 (received "600001")',
    );
    expect((await cli(['drift', '--live', '--timeout', '600000'], { cwd: path.resolve('/') })).stderr).toMatch(
      /^error \[EO_CLI_NO_MANIFESTS\]/,
    );
  });

  test.each([
    [['review', '--colour'], "error [EO_CLI_USAGE]: unknown option '--colour'\n(run with --help for usage)\n"],
    [
      ['check', '--format', 'html'],
      "error [EO_CLI_USAGE]: option '--format <format>' argument 'html' is invalid. Allowed choices are text, json, sarif.\n(run with --help for usage)\n",
    ],
    [['validate-token'], "error [EO_CLI_USAGE]: required option '--profiles <FILE>' not specified\n(run with --help for usage)\n"],
    [['drift', '--plan'], "error [EO_CLI_USAGE]: option '--plan <PLAN_JSON>' argument missing\n(run with --help for usage)\n"],
  ])('commander errors come out in the error [EO_CLI_USAGE] form, exit 1: %j', async (argv, stderr) => {
    expect(await cli(argv)).toEqual({ code: 1, stdout: '', stderr });
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
