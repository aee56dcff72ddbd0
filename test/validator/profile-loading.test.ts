import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { expressMiddleware, fastifyOnRequest, TokenValidator, ValidatorConfigError } from '../../lib/validator';
import { profile } from './helpers/fixtures';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'validator-profiles-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, value: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

const manifest = (profiles: unknown[]): unknown => ({
  schemaVersion: 1,
  stack: 'api',
  generator: 'cdktf-external-oauth 0.1.0',
  issuers: [],
  clients: [],
  trusts: [],
  profiles,
  findings: [],
  context: {},
});

/** The config error code of `f`, or `ok`. */
function codeOf(f: () => unknown): string {
  try {
    f();
    return 'ok';
  } catch (err) {
    if (err instanceof ValidatorConfigError) return err.code;
    throw err;
  }
}

describe('TokenValidator.fromFile shapes', () => {
  test('reads a synthesized manifest', () => {
    const v = TokenValidator.fromFile(write('external-oauth.json', manifest([profile()])));
    expect(v.profiles.map((p) => p.name)).toEqual(['orders']);
  });

  test('reads `terraform output -json`', () => {
    const file = write('tf-output.json', {
      external_oauth_profiles: {
        sensitive: false,
        type: ['tuple', [['object', {}]]],
        value: [profile(), profile({ name: 'reports', clientId: 'reports-client' })],
      },
      other_output: { sensitive: false, type: 'string', value: 'x' },
    });
    expect(TokenValidator.fromFile(file).profiles.map((p) => p.name)).toEqual(['orders', 'reports']);
  });

  test('reads a `cdktf deploy --outputs-file` document with several stacks', () => {
    const file = write('outputs.json', {
      'api-dev': { external_oauth_profiles: [profile({ name: 'dev' })], url: 'x' },
      'api-prod': { external_oauth_profiles: [profile({ name: 'prod', clientId: 'prod-client' })] },
      network: { vpc_id: 'vpc-1' },
    });
    expect(TokenValidator.fromFile(file).profiles.map((p) => p.name)).toEqual(['dev', 'prod']);
  });

  test('reads an output whose value is the JSON-encoded list', () => {
    const file = write('tf-output-string.json', {
      external_oauth_profiles: { sensitive: false, type: 'string', value: JSON.stringify([profile()]) },
    });
    expect(TokenValidator.fromFile(file).profiles).toHaveLength(1);
  });

  test('fails when a manifest profile is still an unresolved Terraform value, telling to deploy and pass the outputs file', () => {
    // GIVEN a manifest whose profile values are known only after apply
    const file = write(
      'unresolved.json',
      manifest([profile({ issuer: '${okta_auth_server.main.issuer}', jwksUrl: '${okta_auth_server.main.issuer}/v1/keys' })]),
    );
    // WHEN loaded THEN EO_PROFILE_UNRESOLVED, naming the fields and the way out
    let error: ValidatorConfigError | undefined;
    try {
      TokenValidator.fromFile(file);
    } catch (e) {
      error = e as ValidatorConfigError;
    }
    expect(error?.code).toBe('EO_PROFILE_UNRESOLVED');
    expect(error?.message).toMatch(/\/issuer, \/jwksUrl/);
    expect(error?.message).toMatch(/Deploy the stack first/);
    expect(error?.message).toMatch(/cdktf deploy --outputs-file/);
  });

  test.each([
    ['not JSON', '{"external_oauth_profiles": ', 'EO_PROFILES_FILE_INVALID'],
    ['an invalid manifest', { schemaVersion: 1, profiles: [] }, 'EO_PROFILES_FILE_INVALID'],
    ['JSON without profiles', { some_output: { value: 1 } }, 'EO_PROFILES_NOT_FOUND'],
    ['an output that is not a list', { external_oauth_profiles: { value: 'nope' } }, 'EO_PROFILES_FILE_INVALID'],
    ['an empty profile list', { external_oauth_profiles: { value: [] } }, 'EO_PROFILES_NOT_FOUND'],
    ['a JSON number', 42, 'EO_PROFILES_NOT_FOUND'],
  ])('fails when the file is %s', (_what, content, code) => {
    expect(codeOf(() => TokenValidator.fromFile(write(`bad-${code}-${Math.random()}.json`, content)))).toBe(code);
  });

  test('fails when the file cannot be read', () => {
    expect(codeOf(() => TokenValidator.fromFile(path.join(dir, 'missing.json')))).toBe('EO_PROFILES_FILE_UNREADABLE');
  });
});

describe('profile rules', () => {
  const build = (...profiles: unknown[]): string => codeOf(() => new TokenValidator(profiles as never));

  test('fails when a profile does not fit the shared schema', () => {
    expect(build({ ...profile(), audiences: [] })).toBe('EO_PROFILE_INVALID');
    expect(build({ ...profile(), algorithms: ['HS256'] })).toBe('EO_PROFILE_INVALID');
    expect(build({ ...profile(), clockToleranceSeconds: 301 })).toBe('EO_PROFILE_INVALID');
    expect(build({ ...profile(), userFlow: { enabled: true } })).toBe('EO_PROFILE_INVALID');
    expect(build({ ...profile(), extra: 1 })).toBe('EO_PROFILE_INVALID');
  });

  test('accepts a clock tolerance of 300 and fails at 301', () => {
    expect(build(profile({ clockToleranceSeconds: 300 }))).toBe('ok');
    expect(build(profile({ clockToleranceSeconds: 301 }))).toBe('EO_PROFILE_INVALID');
  });

  test('fails when two profiles share a name', () => {
    expect(build(profile(), profile({ clientId: 'other' }))).toBe('EO_PROFILE_DUPLICATE');
  });

  test('fails when two profiles share (issuer, clientId)', () => {
    expect(build(profile(), profile({ name: 'other' }))).toBe('EO_PROFILE_DUPLICATE');
    expect(build(profile(), profile({ name: 'other', issuer: 'https://other.example.test' }))).toBe('ok');
  });

  test.each([
    ['http on a public host', 'http://idp.example.test/keys', 'EO_PROFILE_INSECURE_JWKS_URL'],
    ['ftp', 'ftp://idp.example.test/keys', 'EO_PROFILE_INVALID'],
    ['https with credentials', 'https://user:pw@idp.example.test/keys', 'EO_PROFILE_INSECURE_JWKS_URL'],
    ['http on a host named like loopback', 'http://127.0.0.1.evil.test/keys', 'EO_PROFILE_INSECURE_JWKS_URL'],
    ['https', 'https://idp.example.test/keys', 'ok'],
    ['http on 127.0.0.1', 'http://127.0.0.1:8080/keys', 'ok'],
    ['http on localhost', 'http://localhost:8080/keys', 'ok'],
    ['http on [::1]', 'http://[::1]:8080/keys', 'ok'],
    ['http on LOCALHOST', 'http://LOCALHOST:8080/keys', 'ok'],
    ['http on 127.8.9.10', 'http://127.8.9.10/keys', 'ok'],
  ])('jwksUrl %s -> %s', (_what, jwksUrl, code) => {
    expect(build(profile({ jwksUrl }))).toBe(code);
  });

  test.each([
    ['common', 'https://login.microsoftonline.com/common/v2.0'],
    ['organizations', 'https://login.microsoftonline.com/organizations/v2.0'],
    ['consumers', 'https://login.microsoftonline.com/consumers/v2.0'],
    ['{tenantid}', 'https://login.microsoftonline.com/{tenantid}/v2.0'],
  ])('fails when the issuer is the multi-tenant %s issuer, whatever the kind', (_what, issuer) => {
    expect(build(profile({ issuer, issuerKind: 'entra' }))).toBe('EO_PROFILE_UNTRUSTED_ISSUER');
    expect(build(profile({ issuer, issuerKind: 'generic' }))).toBe('EO_PROFILE_UNTRUSTED_ISSUER');
  });

  test('fails when an entra issuer has no tenant id, and accepts v1 and v2 tenant issuers', () => {
    expect(build(profile({ issuerKind: 'entra', issuer: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0' }))).toBe(
      'EO_PROFILE_UNTRUSTED_ISSUER',
    );
    expect(build(profile({ issuerKind: 'entra', issuer: 'https://sts.windows.net/aaaaaaaa-2222-3333-4444-5555555555bb/' }))).toBe('ok');
    expect(
      build(profile({ issuerKind: 'entra', issuer: 'https://login.microsoftonline.com/aaaaaaaa-2222-3333-4444-5555555555bb/v2.0' })),
    ).toBe('ok');
  });

  test('fails when an option is out of range', () => {
    expect(codeOf(() => new TokenValidator([profile()], { cacheSize: -1 }))).toBe('EO_INVALID_OPTION');
    // at most 2^23 entries: twice that many marks of first verifications fill a V8 Set (2^24)
    expect(new TokenValidator([profile()], { cacheSize: 2 ** 23 }).options.cacheSize).toBe(2 ** 23);
    expect(codeOf(() => new TokenValidator([profile()], { cacheSize: 2 ** 23 + 1 }))).toBe('EO_INVALID_OPTION');
    expect(codeOf(() => new TokenValidator([profile()], { jwksTimeoutMs: 0 }))).toBe('EO_INVALID_OPTION');
    expect(codeOf(() => new TokenValidator([profile()], { maxTokenBytes: 1.5 }))).toBe('EO_INVALID_OPTION');
  });

  test.each([
    ['a CR/LF', 'api\r\nSet-Cookie: x=1'],
    ['a non-Latin-1 character', 'Bestellungen – API'],
    ['a Latin-1 letter outside ASCII', 'café'],
    ['a double quote', 'a"b'],
    ['a backslash', 'a\\b'],
    ['nothing', ''],
    ['257 characters', 'r'.repeat(257)],
  ])('fails when the realm holds %s, when the validator and the adapters are created', (_what, realm) => {
    expect(codeOf(() => new TokenValidator([profile()], { realm }))).toBe('EO_INVALID_OPTION');
    const validator = new TokenValidator([profile()]);
    expect(codeOf(() => expressMiddleware(validator, { realm }))).toBe('EO_INVALID_OPTION');
    expect(codeOf(() => fastifyOnRequest(validator, { realm }))).toBe('EO_INVALID_OPTION');
  });

  test('the realm error names the option, the value (escaped) and the rule', () => {
    expect(() => new TokenValidator([profile()], { realm: 'a\r\nb' })).toThrow(
      'option realm must be 1 to 256 visible ASCII characters or spaces, without " or \\ (it is sent in the WWW-Authenticate header); got "a\\r\\nb"',
    );
  });

  test.each([['api'], ['Orders API (prod) #1'], ['r'.repeat(256)], ['~!#$%&*+-./:;<=>?@[]^_`{|}']])('accepts the realm %s', (realm) => {
    expect(new TokenValidator([profile()], { realm }).options.realm).toBe(realm);
    expect(typeof expressMiddleware(new TokenValidator([profile()]), { realm })).toBe('function');
  });
});
