/**
 * What a remote IdP or a crafted file can do to a pipeline, each case reproduced with a
 * loopback server or a file: hostile JWKS members, output injection into logs and job
 * summaries, planted symlinks, file content echoed in errors, built-in member names as keys,
 * and JSON nested 100,000 levels deep.
 */
import { generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

import { liveManifest } from '../drift/support/live-manifest';
import { apiProfile, tempDir, writeSynthOut } from '../review/fixtures/manifests';
import { cli } from './support/run-cli';

/** A loopback IdP whose discovery document and JWKS body the test sets. */
interface HostileIdp {
  readonly origin: string;
  discovery: (origin: string) => unknown;
  jwks: string;
  close(): Promise<void>;
}

async function startIdp(): Promise<HostileIdp> {
  const idp = {
    origin: '',
    discovery: (origin: string): unknown => ({ issuer: origin, jwks_uri: `${origin}/jwks` }),
    jwks: '{"keys":[]}',
    close: async (): Promise<void> => undefined,
  };
  const server = http.createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/.well-known/openid-configuration') res.end(JSON.stringify(idp.discovery(idp.origin)));
    else if (req.url === '/jwks') res.end(idp.jwks);
    else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  idp.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  idp.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return idp;
}

const rsaJwk = () => ({
  ...(generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' }) as object),
  kid: 'good',
  use: 'sig',
  alg: 'RS256',
});
/** `[` repeated `depth` times then `]` as often: JSON nested `depth` levels deep. */
const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('drift --live against a hostile IdP (loopback server)', () => {
  let idp: HostileIdp;
  let dir: string;
  beforeAll(async () => {
    idp = await startIdp();
    dir = tempDir('eo-hostile-');
    writeSynthOut(path.join(dir, 'cdktf.out'), [liveManifest('orders', idp.origin, `${idp.origin}/jwks`)]);
  });
  afterAll(async () => {
    await idp.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    idp.discovery = (origin) => ({ issuer: origin, jwks_uri: `${origin}/jwks` });
  });
  const live = async (format = 'json') => cli(['drift', 'cdktf.out', '--live', '--format', format, '--timeout', '3000'], { cwd: dir });

  test('keys with kty "constructor" and "__proto__" are reported unusable; the run completes with a report (exit 0 thanks to the good key)', async () => {
    // GIVEN a JWKS with two hostile keys and one good RSA key
    idp.jwks = `{"keys":[{"kty":"constructor","kid":"a"},{"kty":"__proto__","kid":"b"},${JSON.stringify(rsaJwk())}]}`;
    // WHEN
    const run = await live();
    // THEN a report, no internal error; the hostile keys unusable with the reason
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const keys = JSON.parse(run.stdout).live.issuers[0].keys;
    expect(keys.map((k: { kid: string; usable: boolean; problem?: string }) => [k.kid, k.usable, k.problem])).toEqual([
      ['a', false, 'key type "constructor" cannot verify asymmetric signatures'],
      ['b', false, 'key type "__proto__" cannot verify asymmetric signatures'],
      ['good', true, undefined],
    ]);
  });

  test('fails (drift, exit 2) when the only key is an EC key with curve "constructor": the validator would refuse every token', async () => {
    // GIVEN
    idp.jwks =
      '{"keys":[{"kty":"EC","crv":"constructor","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0","kid":"ec"}]}';
    // WHEN
    const run = await live('text');
    // THEN
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`issuer ${idp.origin}: drift, 0/1 usable key(s)`);
    expect(run.stdout).toContain(
      `drift  jwks_no_usable_keys ${idp.origin}: JWKS ${idp.origin}/jwks holds no usable signing key (ec: EC key with curve "constructor")`,
    );
  });

  test('a jwks_uri holding a newline and ANSI escapes cannot forge a log line; Markdown keeps it inside one code span', async () => {
    // GIVEN discovery whose jwks_uri forges a green "no drift" line
    idp.jwks = JSON.stringify({ keys: [rsaJwk()] });
    const forged =
      'https://evil.example/x\n\u001b[32mno drift: 0 drift, 0 error(s), 0 notice(s)\u001b[0m ``![img](https://evil.example/i.png)[link](https://evil.example)``';
    idp.discovery = (origin) => ({ issuer: origin, jwks_uri: forged });
    // WHEN
    const text = await live('text');
    const md = await live('markdown');
    // THEN no control character reaches the log, and no line starts with the forged verdict
    expect(text.code).toBe(2);
    // eslint-disable-next-line no-control-regex -- the control characters are what this test looks for
    expect(text.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(text.stdout.split('\n').filter((l) => l.startsWith('no drift'))).toEqual([]);
    expect(text.stdout).toContain(
      'actual https://evil.example/x\\u000a\\u001b[32mno drift: 0 drift, 0 error(s), 0 notice(s)\\u001b[0m ``![img]',
    );
    // AND the Markdown code span is fenced by three backticks, so the image and link stay text
    expect(md.stdout).toContain(
      ' | ``` https://evil.example/x \\u001b[32mno drift: 0 drift, 0 error(s), 0 notice(s)\\u001b[0m ``![img](https… ``` | 1/1 |',
    );
  });
});

describe('files: symlinks, echoed content, built-in member names, deep nesting', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('eo-files-');
    writeSynthOut(path.join(dir, 'cdktf.out'), [apiProfile()]);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('--out onto a planted symlink replaces the link and never writes through it', async () => {
    // GIVEN out.md is a symlink to a file the attacker wants overwritten
    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'keep me');
    fs.symlinkSync(victim, path.join(dir, 'out.md'));
    // WHEN
    const run = await cli(['check', 'cdktf.out', '--out', 'out.md'], { cwd: dir });
    // THEN
    expect(run.code).toBe(0);
    expect(fs.readFileSync(victim, 'utf8')).toBe('keep me');
    expect(fs.lstatSync(path.join(dir, 'out.md')).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'out.md'), 'utf8')).toMatch(/\n0 error\(s\), 1 warning\(s\), 0 suppressed\n$/);
  });

  test('the drift state file is not written through a symlink planted at the old predictable temp name or at the file itself', async () => {
    // GIVEN symlinks at <state>.<pid>.tmp (the former temp name) and at the state file
    const idp = await startIdp();
    try {
      idp.jwks = JSON.stringify({ keys: [rsaJwk()] });
      fs.rmSync(path.join(dir, 'cdktf.out'), { recursive: true });
      writeSynthOut(path.join(dir, 'cdktf.out'), [liveManifest('orders', idp.origin, `${idp.origin}/jwks`)]);
      const victim = path.join(dir, 'victim.txt');
      fs.writeFileSync(victim, 'keep me');
      const state = path.join(dir, 'state.json');
      fs.symlinkSync(victim, `${state}.${process.pid}.tmp`);
      const other = path.join(dir, 'other.txt');
      fs.writeFileSync(other, '{"stateVersion":1,"issuers":{}}');
      fs.symlinkSync(other, state);
      // WHEN
      const run = await cli(['drift', 'cdktf.out', '--live', '--state', 'state.json', '--format', 'json'], { cwd: dir });
      // THEN the baseline is recorded in a regular file; neither target changed
      expect(JSON.parse(run.stdout).findings.map((f: { code: string }) => f.code)).toEqual(['state_baseline']);
      expect(fs.readFileSync(victim, 'utf8')).toBe('keep me');
      expect(fs.readFileSync(other, 'utf8')).toBe('{"stateVersion":1,"issuers":{}}');
      expect(fs.lstatSync(state).isSymbolicLink()).toBe(false);
      expect(JSON.parse(fs.readFileSync(state, 'utf8')).issuers[idp.origin].keys).toHaveLength(1);
      expect(fs.statSync(state).mode & 0o777).toBe(0o600);
    } finally {
      await idp.close();
    }
  });

  test('fails when --state points into a missing folder, before any request (no tree created)', async () => {
    const run = await cli(['drift', 'cdktf.out', '--live', '--state', 'nope/state.json'], { cwd: dir });
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error [EO_CLI_INVALID_STATE]: --state nope/state.json: the folder nope does not exist: create it first\n',
    });
    expect(fs.existsSync(path.join(dir, 'nope'))).toBe(false);
  });

  test('a manifest symlinked to a secret file: the error gives the position, never the content', async () => {
    // GIVEN a "manifest" that is a link to a credentials file
    const secret = path.join(dir, 'credentials');
    fs.writeFileSync(secret, 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n');
    const file = path.join(dir, 'cdktf.out', 'stacks', 'alation-entra-api', 'external-oauth.json');
    fs.rmSync(file);
    fs.symlinkSync(secret, file);
    // WHEN
    const run = await cli(['check', 'cdktf.out'], { cwd: dir });
    // THEN
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `error [EO_CLI_INVALID_MANIFEST]: ${file}: not a valid external-oauth manifest:\n  invalid JSON: an unexpected character\n`,
    });
    const truncated = await cli(['check', 'cdktf.out'], { cwd: dir });
    expect(truncated.stderr).not.toContain('AWS_SECRET');
    fs.rmSync(file);
    fs.writeFileSync(file, '{"schemaVersion": 1,\n  "stack": "x" "secret-value"}');
    expect((await cli(['check', 'cdktf.out'], { cwd: dir })).stderr).toBe(
      `error [EO_CLI_INVALID_MANIFEST]: ${file}: not a valid external-oauth manifest:\n  invalid JSON at line 2 column 16\n`,
    );
  });

  test('a manifest of another schemaVersion says which version this CLI reads and what to do; schema problems are all listed', async () => {
    const file = path.join(dir, 'cdktf.out', 'stacks', 'alation-entra-api', 'external-oauth.json');
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, JSON.stringify({ ...manifest, schemaVersion: 2 }));
    expect((await cli(['check', 'cdktf.out'], { cwd: dir })).stderr).toBe(
      `error [EO_CLI_INVALID_MANIFEST]: ${file}: not a valid external-oauth manifest:\n  /schemaVersion: 2 is not the schema version that cdktf-external-oauth 0.1.0 reads (1): synthesize again with this version, or run the external-oauth CLI of the version that wrote the manifest\n`,
    );
    const { stack: _stack, generator: _generator, ...rest } = manifest;
    fs.writeFileSync(file, JSON.stringify({ ...rest, issuers: 'none' }));
    expect((await cli(['check', 'cdktf.out'], { cwd: dir })).stderr).toBe(
      `error [EO_CLI_INVALID_MANIFEST]: ${file}: not a valid external-oauth manifest:\n  /: must have required property 'stack'\n  /: must have required property 'generator'\n  /issuers: must be array\n`,
    );
  });

  test.each([
    ['check --format json', ['check', 'cdktf.out', '--format', 'json']],
    ['simulate', ['simulate', 'cdktf.out']],
    ['review', ['review', 'cdktf.out']],
  ])('%s: a manifest nested 100,000 levels deep is invalid input (exit 1), not an internal error', async (_name, argv) => {
    // GIVEN a manifest whose context holds a value nested 100,000 levels deep
    const file = path.join(dir, 'cdktf.out', 'stacks', 'alation-entra-api', 'external-oauth.json');
    const manifest = fs.readFileSync(file, 'utf8').replace('"context": {}', `"context": {"deep": ${deepArray(100_000)}}`);
    expect(manifest).toContain('"deep"');
    fs.writeFileSync(file, manifest);
    // WHEN
    const run = await cli(argv, { cwd: dir });
    // THEN
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `error [EO_CLI_INVALID_MANIFEST]: ${file}: not a valid external-oauth manifest:\n  nests deeper than 64 levels at line ${manifest.slice(0, manifest.indexOf('[[[')).split('\n').length} column ${manifest.indexOf('[[[') - manifest.lastIndexOf('\n', manifest.indexOf('[[[')) + 62}\n`,
    });
  });

  test('drift --plan: a value nested 100,000 levels deep is invalid plan input (exit 1)', async () => {
    fs.writeFileSync(path.join(dir, 'plan.json'), `{"format_version":"1.2","resource_changes":${deepArray(100_000)}}`);
    const run = await cli(['drift', '--plan', 'plan.json'], { cwd: dir });
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error [EO_CLI_INVALID_PLAN]: plan.json: nests deeper than 256 levels at line 1 column 299\n',
    });
  });

  test('drift --plan: attribute names that exist on one side only and name built-in object members (an AWS tag named constructor) are data', async () => {
    // GIVEN an identity resource whose tags gain "constructor" and lose "__proto__" and "toString"
    const plan = {
      format_version: '1.2',
      resource_changes: [
        {
          address: 'aws_ssoadmin_trusted_token_issuer.Okta',
          mode: 'managed',
          type: 'aws_ssoadmin_trusted_token_issuer',
          change: {
            actions: ['update'],
            before: JSON.parse('{"tags":{"__proto__":"x","toString":"y"}}'),
            after: { tags: { constructor: 'team-a' } },
            after_unknown: {},
            before_sensitive: {},
            after_sensitive: {},
          },
        },
      ],
    };
    fs.writeFileSync(path.join(dir, 'plan.json'), JSON.stringify(plan));
    // WHEN
    const run = await cli(['drift', '--plan', 'plan.json'], { cwd: dir });
    // THEN
    expect(run.stderr).toBe('');
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      '  pending update aws_ssoadmin_trusted_token_issuer.Okta\n    tags.__proto__: x -> (none)\n    tags.constructor: (none) -> team-a\n    tags.toString: y -> (none)\n',
    );
  });
});
