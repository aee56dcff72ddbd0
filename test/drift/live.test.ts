/**
 * `drift --live` against a real OpenID provider (oidc-provider) on 127.0.0.1 that changes what
 * it publishes between runs: clean; keys rotated (with --state); issuer changed; JWKS URL moved;
 * algorithms not covered; provider down; provider hanging.
 */
import { generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';

import { cli } from '../cli/support/run-cli';
import { edit, oktaSnowflake, tempDir, writeSynthOut } from '../review/fixtures/manifests';
import { liveManifest } from './support/live-manifest';
import { startTestProvider, type TestProvider } from './support/oidc';

const codes = (report: { findings: Array<{ code: string }> }) => report.findings.map((f) => f.code);

describe('external-oauth drift --live (real OpenID provider on 127.0.0.1)', () => {
  let provider: TestProvider;
  let dir: string;
  let issuer: string;
  let jwksUri: string;
  const live = async (...extra: string[]) => {
    const run = await cli(['drift', 'cdktf.out', '--live', '--format', 'json', '--timeout', '3000', ...extra], { cwd: dir });
    return { ...run, report: JSON.parse(run.stdout || '{"findings":[]}') };
  };

  beforeAll(async () => {
    provider = await startTestProvider();
    issuer = provider.issuer;
    jwksUri = provider.jwksUri;
    dir = tempDir('eo-drift-');
    writeSynthOut(path.join(dir, 'cdktf.out'), [liveManifest('orders', issuer, jwksUri)]);
  }, 30_000);

  afterAll(async () => {
    await provider?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('clean: issuer, jwks_uri, keys and algorithms match, exit 0', async () => {
    // WHEN
    const { code, report } = await live();
    // THEN
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.live.issuers).toEqual([
      expect.objectContaining({
        issuer,
        status: 'ok',
        metadataUrl: `${issuer}/.well-known/openid-configuration`,
        jwksUri,
        algorithms: ['RS256'],
        keys: [
          expect.objectContaining({
            kid: provider.kids[0],
            kty: 'RSA',
            alg: 'RS256',
            usable: true,
            thumbprint: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
          }),
        ],
        declaredBy: ['orders/Idp', 'profile orders-api'],
      }),
    ]);
  });

  test('clean, as text and Markdown', async () => {
    const text = await cli(['drift', 'cdktf.out', '--live'], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      new RegExp(
        `^issuer ${issuer}: ok, 1/1 usable key\\(s\\) \\(\\d+ ms\\)\\nno drift: 0 drift, 0 unreachable, 0 error\\(s\\), 0 notice\\(s\\)\\n$`,
      ),
    );
    const md = await cli(['drift', 'cdktf.out', '--live', '--format', 'markdown'], { cwd: dir });
    expect(md.stdout).toContain(
      `| \`${issuer}\` | ok | \`${issuer}/.well-known/openid-configuration\` | \`${jwksUri}\` | 1/1 | \`RS256\` |`,
    );
  });

  test('keys rotated: baseline first, rotation reported once with --state (exit 2), then clean', async () => {
    // GIVEN a first run that records the keys
    const state = path.join(dir, 'drift-state.json');
    const first = await live('--state', state);
    expect(first.code).toBe(0);
    expect(codes(first.report)).toEqual(['state_baseline']);
    const recorded = JSON.parse(fs.readFileSync(state, 'utf8'));
    expect(recorded.issuers[issuer].keys).toEqual([{ kid: provider.kids[0], thumbprint: expect.any(String) }]);
    const oldKid = provider.kids[0];
    // WHEN the provider rotates to a new key
    await provider.rotateKeys({ keepOld: false });
    const second = await live('--state', state);
    // THEN
    expect(second.code).toBe(2);
    expect(second.report.findings).toEqual([
      expect.objectContaining({
        code: 'keys_rotated',
        severity: 'drift',
        subject: issuer,
        message: expect.stringContaining(`added ${provider.kids[0]}; removed ${oldKid}`),
      }),
    ]);
    expect(JSON.parse(fs.readFileSync(state, 'utf8')).issuers[issuer].keys).toEqual([
      { kid: provider.kids[0], thumbprint: expect.any(String) },
    ]);
    // AND the next run is clean again
    expect((await live('--state', state)).code).toBe(0);
  });

  test('fails when the state file is not a drift state (exit 1)', async () => {
    fs.writeFileSync(path.join(dir, 'bad-state.json'), '{"hello":1}');
    const run = await cli(['drift', 'cdktf.out', '--live', '--state', 'bad-state.json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error [EO_CLI_INVALID_STATE]');
  });

  test('issuer changed: the published issuer is not the declared one, exit 2', async () => {
    // GIVEN the provider now publishes another issuer string
    await provider.configure({ issuerSuffix: '/tenant-b' });
    try {
      // WHEN
      const { code, report } = await live();
      // THEN
      expect(code).toBe(2);
      expect(report.findings).toEqual([
        expect.objectContaining({ code: 'issuer_mismatch', severity: 'drift', expected: issuer, actual: `${issuer}/tenant-b` }),
      ]);
      expect(report.live.issuers[0].status).toBe('drift');
    } finally {
      await provider.configure({ issuerSuffix: '' });
    }
  });

  test('JWKS URL moved: jwks_uri differs from the declared URL, which no longer answers, exit 2', async () => {
    // GIVEN the provider serves its keys elsewhere
    await provider.configure({ jwksRoute: '/oauth2/v1/keys' });
    try {
      // WHEN
      const { code, report } = await live();
      // THEN
      expect(code).toBe(2);
      expect(codes(report)).toEqual(['jwks_uri_mismatch', 'jwks_failed']);
      expect(report.findings[0]).toMatchObject({ expected: jwksUri, actual: `${issuer}/oauth2/v1/keys` });
      expect(report.findings[1].message).toBe(`JWKS ${jwksUri}: HTTP 404`);
    } finally {
      await provider.configure({ jwksRoute: '/jwks' });
    }
  });

  test('algorithms not covered: a profile pinned to ES256 against an RS256 issuer, exit 2', async () => {
    const other = tempDir('eo-drift-alg-');
    try {
      writeSynthOut(other, [liveManifest('orders', issuer, jwksUri, ['ES256', 'ES384'])]);
      const run = await cli(['drift', other, '--live', '--format', 'json'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(JSON.parse(run.stdout).findings).toEqual([
        expect.objectContaining({
          code: 'algorithms_not_covered',
          message: expect.stringContaining('profile orders-api accepts ES256, ES384, but the issuer offers RS256'),
        }),
      ]);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  test('reports an issuer known only after apply as not checkable until deployed (exit 0)', async () => {
    const other = tempDir('eo-drift-okta-');
    try {
      writeSynthOut(other, [oktaSnowflake()]);
      const run = await cli(['drift', other, '--live', '--format', 'json']);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).findings).toEqual([
        expect.objectContaining({
          code: 'not_checkable',
          severity: 'notice',
          message: expect.stringContaining('not checkable until deployed'),
        }),
      ]);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  test('provider down: could not check, not drift, exit 3; the JWKS is still tried (runs last: stops the provider)', async () => {
    // GIVEN the provider is stopped
    await provider.stop();
    // WHEN
    const started = Date.now();
    const { code, report } = await live('--timeout', '2000');
    // THEN
    expect(Date.now() - started).toBeLessThan(4000);
    expect(code).toBe(3);
    expect(report.findings).toEqual([
      expect.objectContaining({ code: 'discovery_unreachable', severity: 'unchecked', message: expect.stringContaining('ECONNREFUSED') }),
      expect.objectContaining({
        code: 'jwks_unreachable',
        severity: 'unchecked',
        message: expect.stringMatching(new RegExp(`^JWKS ${jwksUri}: ECONNREFUSED`)),
      }),
    ]);
    expect(report.summary).toEqual({ drift: 0, unchecked: 2, notices: 0, errors: 0 });
    expect(report.unreachable.map((u: { subject: string }) => u.subject)).toEqual([issuer, issuer]);
    expect(report.live.issuers[0]).toMatchObject({ status: 'unreachable', keys: [] });
    // AND the text report lists the unreachable targets apart from drift
    const text = await cli(['drift', 'cdktf.out', '--live', '--timeout', '2000'], { cwd: dir });
    expect(text.code).toBe(3);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^issuer ${issuer}: unreachable \\(\\d+ ms\\)$`));
    expect(lines[1]).toBe('could not check (nothing answered; not drift):');
    expect(lines[2]).toMatch(new RegExp(`^  ${issuer}: no issuer metadata \\(${issuer}/\\.well-known/openid-configuration: ECONNREFUSED`));
    expect(lines[3]).toMatch(new RegExp(`^  ${issuer}: JWKS ${jwksUri}: ECONNREFUSED`));
    expect(lines[4]).toBe('NOT CHECKED: 0 drift, 2 unreachable, 0 error(s), 0 notice(s)');
  });
});

describe('external-oauth drift --live (unresponsive and many issuers)', () => {
  test('provider hanging: gives up after --timeout and reports it as not checked, exit 3', async () => {
    // GIVEN a server that accepts connections and never answers
    const sockets = new Set<net.Socket>();
    const server = net.createServer((s) => sockets.add(s));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const issuer = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
    const dir = tempDir('eo-drift-hang-');
    try {
      writeSynthOut(dir, [liveManifest('hang', issuer, `${issuer}/jwks`)]);
      // WHEN
      const started = Date.now();
      const run = await cli(['drift', dir, '--live', '--timeout', '300', '--format', 'json']);
      // THEN
      expect(Date.now() - started).toBeLessThan(2000);
      expect(run.code).toBe(3);
      expect(JSON.parse(run.stdout).findings).toEqual([
        expect.objectContaining({ code: 'discovery_unreachable', message: expect.stringContaining('no complete answer within 300 ms') }),
        expect.objectContaining({ code: 'jwks_unreachable', message: `JWKS ${issuer}/jwks: no complete answer within 300 ms` }),
      ]);
    } finally {
      sockets.forEach((s) => s.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('checks at most --concurrency issuers at once and prints progress on stderr when there are more', async () => {
    // GIVEN five issuers on one slow server that has no metadata (every request: 404 after 30 ms)
    let active = 0;
    let maxActive = 0;
    const server = http.createServer((_req, res) => {
      maxActive = Math.max(maxActive, ++active);
      setTimeout(() => {
        active--;
        res.statusCode = 404;
        res.end();
      }, 30);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const origin = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
    const dir = tempDir('eo-drift-many-');
    try {
      writeSynthOut(
        dir,
        [0, 1, 2, 3, 4].map((i) => liveManifest(`stack${i}`, `${origin}/tenant${i}`, `${origin}/tenant${i}/jwks`)),
      );
      // WHEN
      const many = await cli(['drift', dir, '--live', '--concurrency', '2']);
      const peakWithTwo = maxActive;
      const few = await cli(['drift', dir, '--live', '--concurrency', '8']);
      // THEN
      expect(peakWithTwo).toBe(2);
      expect(maxActive).toBe(5);
      expect(many.code).toBe(2);
      const progress = many.stderr.trim().split('\n');
      expect(progress).toHaveLength(5);
      expect(progress[4]).toMatch(/^drift: \[5\/5\] http:\/\/127\.0\.0\.1:\d+\/tenant\d drift \(\d+ ms\)$/);
      expect(few.stderr).toBe('');
      expect(JSON.parse((await cli(['drift', dir, '--live', '--format', 'json'])).stdout).findings[0]).toMatchObject({
        code: 'discovery_failed',
        severity: 'drift',
        message: expect.stringContaining('/.well-known/oauth-authorization-server/tenant0: HTTP 404'),
      });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('fails when --state is given without --live', async () => {
    const run = await cli(['drift', '--plan', 'x.json', '--state', 's.json']);
    expect(run).toMatchObject({ code: 1, stderr: 'error [EO_CLI_USAGE]: --state needs --live\n' });
  });

  test('refuses plain http for issuers that are not loopback, without any request', async () => {
    const dir = tempDir('eo-drift-http-');
    try {
      const m = edit(liveManifest('insecure', 'http://idp.example.com', 'http://idp.example.com/jwks'));
      writeSynthOut(dir, [m]);
      const run = await cli(['drift', dir, '--live', '--format', 'json']);
      expect(run.code).toBe(2);
      expect(JSON.parse(run.stdout).findings[0].message).toContain('refused http: URL (https only; http for loopback hosts)');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('external-oauth drift --live (metadata fallback)', () => {
  test('falls back to OAuth authorization server metadata when there is no OpenID discovery (notice, exit 0)', async () => {
    // GIVEN an RFC 8414-only server whose JWKS holds one RSA key
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'as-1', use: 'sig', alg: 'RS256' };
    let origin = '';
    const server = http.createServer((req, res) => {
      if (req.url === '/.well-known/oauth-authorization-server/as')
        res.end(JSON.stringify({ issuer: `${origin}/as`, jwks_uri: `${origin}/as/keys` }));
      else if (req.url === '/as/keys') res.end(JSON.stringify({ keys: [jwk] }));
      else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    origin = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
    const dir = tempDir('eo-drift-as-');
    try {
      writeSynthOut(dir, [liveManifest('as', `${origin}/as`, `${origin}/as/keys`)]);
      // WHEN
      const run = await cli(['drift', dir, '--live', '--format', 'json']);
      // THEN
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout);
      expect(report.findings).toEqual([expect.objectContaining({ code: 'discovery_fallback', severity: 'notice' })]);
      expect(report.live.issuers[0]).toMatchObject({
        status: 'ok',
        metadataUrl: `${origin}/.well-known/oauth-authorization-server/as`,
        algorithms: ['RS256'],
      });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
