/**
 * End to end against a real OpenID provider (oidc-provider) on 127.0.0.1: tokens come from
 * its /token endpoint (client_credentials, and the authorization-code flow with login and
 * consent), keys from its /jwks endpoint.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import type { ValidationProfile } from '../../lib/manifest/types';
import { TokenValidationError, TokenValidator, ValidatorEvent } from '../../lib/validator';
import { OidcProvider, startOidcProvider } from '../support/oidc';

jest.setTimeout(30_000);

const API = 'https://api.local.test';
const OTHER_API = 'https://other.local.test';

function profilesFor(idp: OidcProvider): ValidationProfile[] {
  return [
    {
      name: 'svc',
      clientId: 'svc-client',
      issuer: idp.issuer,
      audiences: [API],
      jwksUrl: idp.jwksUrl,
      issuerKind: 'generic',
      machineFlow: { enabled: true, systemUserClaim: 'client_id', systemUserRole: 'Server Admin' },
      userFlow: { enabled: false },
    },
    {
      name: 'web',
      clientId: 'web-app',
      issuer: idp.issuer,
      audiences: [API],
      jwksUrl: idp.jwksUrl,
      issuerKind: 'generic',
      machineFlow: { enabled: false, systemUserClaim: 'client_id', systemUserRole: 'Server Admin' },
      userFlow: { enabled: true, usernameClaim: 'preferred_username' },
    },
  ];
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const codeOf = (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'accepted',
    (e: TokenValidationError) => e.code,
  );

describe('against a real OpenID provider', () => {
  let idp: OidcProvider;
  let dir: string;
  let validator: TokenValidator;
  const events: ValidatorEvent[] = [];

  beforeAll(async () => {
    idp = await startOidcProvider();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'validator-e2e-'));
    // the profiles arrive the way a deployment hands them over: `terraform output -json`
    const file = path.join(dir, 'outputs.json');
    fs.writeFileSync(file, JSON.stringify({ external_oauth_profiles: { sensitive: false, type: 'tuple', value: profilesFor(idp) } }));
    validator = TokenValidator.fromFile(file, { cacheSize: 0, jwksCooldownMs: 300, onEvent: (e) => events.push(e) });
    await validator.warm();
  });

  afterAll(async () => {
    await idp?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a client_credentials token is accepted as the system user with the profile role', async () => {
    const t = await idp.clientCredentialsToken({ resource: API, scope: 'api:read' });
    expect(await validator.validate(t)).toMatchObject({
      kind: 'system',
      profile: 'svc',
      username: 'svc-client',
      role: 'Server Admin',
      clientId: 'svc-client',
      issuer: idp.issuer,
      scopes: ['api:read'],
    });
  });

  test('the provider issues RFC 9068 tokens: a profile with tokenProfile rfc9068 accepts its client_credentials and user tokens', async () => {
    const strict = new TokenValidator(
      profilesFor(idp).map((p) => ({ ...p, tokenProfile: 'rfc9068' as const })),
      { cacheSize: 0 },
    );
    expect((await strict.validate(await idp.clientCredentialsToken({ resource: API, scope: 'api:read' }))).kind).toBe('system');
    expect((await strict.validate(await idp.userToken({ account: 'alice', resource: API, scope: 'api:read' }))).kind).toBe('user');
  });

  test('an authorization-code user token is accepted as the mapped user', async () => {
    const t = await idp.userToken({ account: 'alice', resource: API, scope: 'api:read' });
    const p = await validator.validate(t);
    expect(p).toMatchObject({ kind: 'user', profile: 'web', username: 'alice@example.test', subject: 'alice', clientId: 'web-app' });
    expect(p.role).toBeUndefined();
  });

  test('resolveUser maps the real user token to a directory role, and rejects unknown users', async () => {
    const directory = new Map([['alice@example.test', { role: 'Analyst' }]]);
    const v = new TokenValidator(profilesFor(idp), { resolveUser: (u) => directory.get(u) });
    expect(await v.validate(await idp.userToken({ account: 'alice' }))).toMatchObject({ username: 'alice@example.test', role: 'Analyst' });
    expect(await codeOf(v.validate(await idp.userToken({ account: 'bob' })))).toBe('unknown_user');
  });

  test('fails when a token issued for another resource is replayed here', async () => {
    const forOther = await idp.clientCredentialsToken({ resource: OTHER_API });
    expect(await codeOf(validator.validate(forOther))).toBe('audience_mismatch');
  });

  test('fails when a tampered provider token is presented', async () => {
    const t = await idp.clientCredentialsToken();
    const [h, p, s] = t.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, client_id: 'web-app' })).toString('base64url')}.${s}`;
    expect(await codeOf(validator.validate(forged))).not.toBe('accepted');
  });

  test('key rotation without restart: new tokens accepted, tokens of the still-published old key stay valid', async () => {
    // GIVEN a token signed by the current key
    const before = await idp.clientCredentialsToken();
    const fetchesBefore = validator.jwksFetchCount;
    // WHEN the IdP rotates (old key still published) and signs a new token
    await idp.rotateKeys({ keepOld: true });
    const after = await idp.clientCredentialsToken();
    expect(after.split('.')[0]).not.toBe(before.split('.')[0]);
    await sleep(350); // past the refetch cooldown of this validator
    // THEN the new token is accepted after one refetch, and the old one still is
    expect(await validator.validate(after)).toMatchObject({ kind: 'system' });
    expect(await validator.validate(before)).toMatchObject({ kind: 'system' });
    expect(validator.jwksFetchCount).toBe(fetchesBefore + 1);
  });

  test('IdP stopped: a warm validator keeps working from cached keys, a cold one answers 503', async () => {
    // GIVEN tokens issued before the IdP stops
    const t = await idp.clientCredentialsToken();
    const cold = new TokenValidator(profilesFor(idp), { jwksTimeoutMs: 1000 });
    // WHEN the IdP goes down
    await idp.stop();
    // THEN the warm validator verifies with its cached keys; the cold one answers 503 + Retry-After
    expect(await validator.validate(t)).toMatchObject({ kind: 'system' });
    const err = (await cold.validate(t).catch((e: unknown) => e)) as TokenValidationError;
    expect(err).toBeInstanceOf(TokenValidationError);
    expect(err).toMatchObject({ code: 'jwks_unavailable', status: 503 });
    expect(err.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });

  test('events were reported for downloads and verdicts', () => {
    expect(events.some((e) => e.type === 'jwks_fetch' && e.ok)).toBe(true);
    expect(events.some((e) => e.type === 'accepted')).toBe(true);
    expect(events.some((e) => e.type === 'rejected' && e.code === 'audience_mismatch')).toBe(true);
  });
});

describe('against a real OpenID provider signing ES256', () => {
  let idp: OidcProvider;
  beforeAll(async () => {
    idp = await startOidcProvider({ keyType: 'EC' });
  });
  afterAll(() => idp?.stop());

  test('client_credentials and user tokens are accepted', async () => {
    const v = new TokenValidator(profilesFor(idp));
    const app = await idp.clientCredentialsToken();
    expect(JSON.parse(Buffer.from(app.split('.')[0]!, 'base64url').toString()).alg).toBe('ES256');
    expect((await v.validate(app)).kind).toBe('system');
    expect((await v.validate(await idp.userToken())).kind).toBe('user');
  });
});
