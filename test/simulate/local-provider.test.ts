/**
 * startLocalProvider(): the public local OpenID provider (the simulation's provider process).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { createLocalJWKSet, decodeProtectedHeader, type JSONWebKeySet, jwtVerify } from 'jose';

import { liveProviderPids, type LocalProvider, SimulationError, startLocalProvider } from '../../lib/simulate';
import { providerChildren } from './support';

async function jwks(url: string): Promise<JSONWebKeySet> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  return (await res.json()) as JSONWebKeySet;
}

describe('startLocalProvider', () => {
  let idp: LocalProvider;
  beforeAll(async () => {
    idp = await startLocalProvider({ issuerPath: '/oauth2/default', accessTokenTtl: 300 });
  }, 60_000);
  afterAll(() => idp?.stop());

  test('binds to loopback only and publishes discovery and JWKS for its issuer', async () => {
    // THEN
    expect(idp.origin).toBe(`http://127.0.0.1:${idp.port}`);
    // a non-loopback address of this machine does not answer on the port
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal);
    if (external)
      await expect(fetch(`http://${external.address}:${idp.port}/jwks`, { signal: AbortSignal.timeout(3000) })).rejects.toThrow();
    expect(idp.issuer).toBe(`${idp.origin}/oauth2/default`);
    const doc = (await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(doc).toMatchObject({ issuer: idp.issuer, jwks_uri: idp.jwksUrl });
    expect((await jwks(idp.jwksUrl)).keys.map((k) => k.kid)).toEqual(idp.kids);
  });

  test('issues a client_credentials token and a user token through its endpoints, signed with its key', async () => {
    // WHEN
    const app = await idp.clientCredentialsToken({ scope: 'api:read' });
    const user = await idp.userToken({ account: 'bob' });
    // THEN
    const keys = createLocalJWKSet(await jwks(idp.jwksUrl));
    const a = await jwtVerify(app, keys, { issuer: idp.issuer, audience: 'https://api.local.test', typ: 'at+jwt' });
    expect(a.payload).toMatchObject({ sub: 'svc-client', client_id: 'svc-client', scope: 'api:read', jti: expect.any(String) });
    expect(a.payload.exp! - a.payload.iat!).toBe(300);
    expect(decodeProtectedHeader(app)).toMatchObject({ alg: 'RS256', kid: idp.kids[0] });
    const u = await jwtVerify(user, keys, { issuer: idp.issuer, audience: 'https://api.local.test' });
    expect(u.payload).toMatchObject({ sub: 'bob', client_id: 'web-app', preferred_username: 'bob@example.test' });
  });

  test('fails when a token is asked for an unknown resource, scope or account', async () => {
    await expect(idp.clientCredentialsToken({ resource: 'https://nowhere.test' })).rejects.toThrow(
      /unknown resource https:\/\/nowhere\.test/,
    );
    await expect(idp.clientCredentialsToken({ scope: 'other:read' })).rejects.toThrow(/invalid_scope: other:read/);
    await expect(idp.userToken({ account: 'mallory' })).rejects.toThrow(/unknown account mallory/);
  });

  test('rotates its key: new tokens carry the new kid, the old key stays published unless keepOld is false', async () => {
    // GIVEN
    const before = idp.kids[0]!;
    // WHEN
    const rotated = await idp.rotateKeys();
    // THEN
    expect(rotated.kids).toHaveLength(2);
    expect(rotated.kids[1]).toBe(before);
    expect(decodeProtectedHeader(await idp.clientCredentialsToken()).kid).toBe(rotated.kids[0]);
    const dropped = await idp.rotateKeys({ keepOld: false });
    expect((await jwks(idp.jwksUrl)).keys.map((k) => k.kid)).toEqual(dropped.kids);
    expect(dropped.kids).toHaveLength(1);
  });

  test('configure moves the issuer and the JWKS; the old JWKS path answers 404', async () => {
    // GIVEN
    const oldJwks = idp.jwksUrl;
    try {
      // WHEN
      const state = await idp.configure({ issuerPath: '/tenant-b', jwksPath: '/oauth2/v1/keys' });
      // THEN
      expect(state).toMatchObject({ issuer: `${idp.origin}/tenant-b`, jwksUrl: `${idp.origin}/oauth2/v1/keys` });
      const doc = (await (await fetch(idp.discoveryUrl)).json()) as Record<string, unknown>;
      expect(doc).toMatchObject({ issuer: `${idp.origin}/tenant-b`, jwks_uri: `${idp.origin}/oauth2/v1/keys` });
      expect((await fetch(oldJwks)).status).toBe(404);
      const t = await idp.clientCredentialsToken();
      await expect(jwtVerify(t, createLocalJWKSet(await jwks(idp.jwksUrl)), { issuer: `${idp.origin}/tenant-b` })).resolves.toBeDefined();
    } finally {
      await idp.configure({ issuerPath: '/oauth2/default', jwksPath: '/jwks' });
    }
  });
});

describe('startLocalProvider: EC keys and stopping', () => {
  test('signs ES256 with an EC key, stops, and a second stop is harmless', async () => {
    // GIVEN
    const idp = await startLocalProvider({ keyType: 'EC' });
    const pid = liveProviderPids();
    expect(pid.length).toBeGreaterThan(0);
    // WHEN
    const token = await idp.clientCredentialsToken();
    await idp.stop();
    await idp.stop();
    // THEN
    expect(decodeProtectedHeader(token).alg).toBe('ES256');
    expect(liveProviderPids()).toEqual([]);
    expect(providerChildren()).toEqual([]);
    await expect(fetch(idp.jwksUrl)).rejects.toThrow();
    await expect(idp.clientCredentialsToken()).rejects.toThrow(/not running/);
  }, 60_000);
});

describe('startLocalProvider: options', () => {
  test.each([
    [{ keyType: 'DSA' }, /^startLocalProvider: keyType: must be RSA or EC \(received "DSA"\)$/],
    [{ accessTokenTtl: 0 }, /^startLocalProvider: accessTokenTtl: must be a whole number of seconds from 1 to 86400 \(received 0\)$/],
    [{ accessTokenTtl: 86_401 }, /^startLocalProvider: accessTokenTtl: .* \(received 86401\)$/],
    [{ issuerPath: 'tenant' }, /^startLocalProvider: issuerPath: must be a URL path that starts with \//],
    [{ jwksPath: '' }, /^startLocalProvider: jwksPath: /],
    [{ resources: { 'not a uri': 'a' } }, /^startLocalProvider: resources\["not a uri"\]: must be an absolute URI/],
    [{ clients: [{ clientId: 'c', grantTypes: ['password'] }] }, /^startLocalProvider: clients\[0\]\.grantTypes: /],
    [
      { clients: [{ clientId: 'c', grantTypes: ['client_credentials'] }] },
      /^startLocalProvider: clients\[0\]\.clientSecret: is required with client_credentials/,
    ],
    [{ timeoutMs: -1 }, /^startLocalProvider: timeoutMs: /],
  ])('fails when an option is bad: %j', async (options, message) => {
    await expect(startLocalProvider(options as never)).rejects.toThrow(message);
    await expect(startLocalProvider(options as never)).rejects.toMatchObject({ name: 'SimulationError', code: 'EO_SIM_INVALID_OPTION' });
    expect(liveProviderPids()).toEqual([]);
  });

  test('accepts the boundary values (accessTokenTtl 1 and 86400 are checked, not started)', async () => {
    // GIVEN an empty search path, so that nothing starts after the options pass
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eo-no-peer-'));
    try {
      for (const accessTokenTtl of [1, 86_400]) {
        await expect(startLocalProvider({ accessTokenTtl, peerSearchPaths: [dir] })).rejects.toMatchObject({ code: 'EO_SIM_MISSING_PEER' });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('fails when oidc-provider is not installed, naming the package to install', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eo-no-peer-'));
    try {
      const err = await startLocalProvider({ peerSearchPaths: [dir] }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SimulationError);
      expect(err).toMatchObject({ code: 'EO_SIM_MISSING_PEER', message: expect.stringContaining('npm install --save-dev oidc-provider@') });
      expect(liveProviderPids()).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
