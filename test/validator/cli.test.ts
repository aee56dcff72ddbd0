import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';

import { runValidateToken } from '../../lib/validator';
import { appClaims, clock, jwksFetch, profile, token } from './helpers/fixtures';
import { rsaKey } from './helpers/keys';

let dir: string;
let profilesFile: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-token-'));
  profilesFile = path.join(dir, 'outputs.json');
  fs.writeFileSync(profilesFile, JSON.stringify({ api: { external_oauth_profiles: [profile()] } }));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: { token?: string; stdin?: string; profilesFile?: string }): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runValidateToken({
    profilesFile: args.profilesFile ?? profilesFile,
    ...(args.token !== undefined ? { token: args.token } : {}),
    ...(args.stdin !== undefined ? { stdin: Readable.from([args.stdin]) } : {}),
    stdout: { write: (s: string) => (out += s) },
    validatorOptions: { clock, fetch: jwksFetch(() => ({ keys: [rsaKey().jwk] })) },
  });
  return { code, out };
}

describe('validate-token command core', () => {
  test('prints the principal and returns 0 for a token given as argument', async () => {
    const { code, out } = await run({ token: token() });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ kind: 'system', profile: 'orders', username: 'orders-client', role: 'Server Admin' });
  });

  test('reads the token from stdin (trailing newline allowed)', async () => {
    const { code, out } = await run({ stdin: `${token()}\n` });
    expect(code).toBe(0);
    expect(JSON.parse(out).kind).toBe('system');
  });

  test('fails with 1 and {"error","message"} for a rejected token', async () => {
    const { code, out } = await run({ token: token(appClaims({ exp: 1 })) });
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({ error: 'token_expired', message: 'Token expired' });
  });

  test('fails with missing_token when stdin is empty', async () => {
    const { code, out } = await run({ stdin: '' });
    expect(code).toBe(1);
    expect(JSON.parse(out).error).toBe('missing_token');
  });

  test('fails with the configuration code when the profiles file is unusable', async () => {
    const unresolved = path.join(dir, 'unresolved.json');
    fs.writeFileSync(
      unresolved,
      JSON.stringify({ external_oauth_profiles: { value: [profile({ issuer: '${okta_auth_server.a.issuer}' })] } }),
    );
    const { code, out } = await run({ token: token(), profilesFile: unresolved });
    expect(code).toBe(1);
    expect(JSON.parse(out)).toMatchObject({ error: 'EO_PROFILE_UNRESOLVED', message: expect.stringContaining('--outputs-file') });
  });
});

describe('validate-token: an unreachable JWKS', () => {
  test('jwks_unavailable names the JWKS URL and the cause (a refused loopback port)', async () => {
    // GIVEN a profile whose JWKS URL is a loopback port nobody listens on
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const port = (server.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const jwksUrl = `http://127.0.0.1:${port}/jwks`;
    const file = path.join(dir, 'closed.json');
    fs.writeFileSync(file, JSON.stringify({ api: { external_oauth_profiles: [profile({ jwksUrl })] } }));
    let out = '';
    // WHEN
    const code = await runValidateToken({
      profilesFile: file,
      token: token(),
      stdout: { write: (s: string) => (out += s) },
      validatorOptions: { clock },
    });
    // THEN
    expect(code).toBe(1);
    const body = JSON.parse(out);
    expect(body.error).toBe('jwks_unavailable');
    expect(body.message).toMatch(
      new RegExp(`^The issuer signing keys are unavailable \\(JWKS ${jwksUrl.replace(/[.]/g, '\\.')}: network: .*ECONNREFUSED`),
    );
  });
});
