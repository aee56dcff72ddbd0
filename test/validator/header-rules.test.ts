import { createHmac } from 'node:crypto';

import { appClaims, profile, token, validatorFor, verdict } from './helpers/fixtures';
import { startServer, TestServer } from './helpers/http-server';
import { b64, ecKey, edKey, rsaKey, signJwt } from './helpers/keys';

describe('header rules', () => {
  const { validator } = validatorFor();

  test.each([
    ['none', 'none'],
    ['HS256', 'HS256'],
    ['an unknown algorithm', 'RS1'],
    ['a lower-case algorithm', 'rs256'],
    ['not a string', 256],
  ])('fails when alg is %s', async (_what, alg) => {
    // GIVEN a token whose alg is not a supported asymmetric algorithm
    const t = token(appClaims(), { alg });
    // WHEN validated THEN algorithm_not_allowed
    expect(await verdict(validator, t)).toBe('algorithm_not_allowed');
  });

  test('fails when alg is missing', async () => {
    expect(await verdict(validator, token(appClaims(), { alg: undefined }))).toBe('algorithm_not_allowed');
  });

  test('fails when an HS256 token is MACed with the public key bytes (key confusion)', async () => {
    // GIVEN the classic confusion attack: HMAC keyed with the RSA public JWK
    const input = `${b64({ alg: 'HS256', kid: 'rsa-1', typ: 'at+jwt' })}.${b64(appClaims())}`;
    const mac = createHmac('sha256', JSON.stringify(rsaKey().jwk)).update(input).digest('base64url');
    // WHEN validated THEN refused on the alg, never verified
    expect(await verdict(validator, `${input}.${mac}`)).toBe('algorithm_not_allowed');
  });

  test('fails when alg is valid but not in the profile allow-list', async () => {
    // GIVEN a profile allowing ES256 only and an RS256 token
    const { validator: v, fetch } = validatorFor([rsaKey()], {}, [profile({ algorithms: ['ES256'] })]);
    // WHEN validated THEN algorithm_not_allowed, before any JWKS download
    expect(await verdict(v, token())).toBe('algorithm_not_allowed');
    expect(fetch.calls).toBe(0);
  });

  test.each([
    ['a number', 7],
    ['an empty string', ''],
    ['an object', { id: 'rsa-1' }],
  ])('fails when kid is %s', async (_what, kid) => {
    expect(await verdict(validator, token(appClaims(), { kid }))).toBe('malformed_token');
  });

  test('fails when crit is present, even listing b64 (which jose accepts)', async () => {
    expect(await verdict(validator, token(appClaims(), { crit: ['b64'], b64: true }))).toBe('unsupported_token');
    expect(await verdict(validator, token(appClaims(), { crit: ['exp'] }))).toBe('unsupported_token');
  });

  test.each([
    ['enc (a JWE header)', { enc: 'A256GCM' }],
    ['zip', { zip: 'DEF' }],
    ['cty JWT (nested token)', { cty: 'JWT' }],
    ['cty application/jwt', { cty: 'application/jwt' }],
  ])('fails when the header has %s', async (_what, extra) => {
    expect(await verdict(validator, token(appClaims(), extra))).toBe('unsupported_token');
  });

  test.each([['at+jwt'], ['application/at+jwt'], ['JWT'], ['AT+JWT'], [undefined]])('accepts typ %s', async (typ) => {
    expect(await verdict(validator, token(appClaims(), { typ }))).toBe('accepted');
  });

  test.each([['id_token+jwt'], ['dpop+jwt'], ['application/jose'], ['logout+jwt'], [''], [1]])('fails when typ is %s', async (typ) => {
    expect(await verdict(validator, token(appClaims(), { typ }))).toBe('unsupported_token');
  });

  test('header results are remembered per exact header: alternating headers keep their own verdicts', async () => {
    const { validator: v } = validatorFor([rsaKey(), rsaKey('rsa-2')], { cacheSize: 0 });
    const a = token();
    const b = token(appClaims(), { typ: 'dpop+jwt' });
    const c = signJwt(appClaims(), rsaKey('rsa-2'));
    const d = token(appClaims(), { kid: 'rsa-2' });
    const verdicts: string[] = [];
    for (const t of [a, b, c, a, b, d, c, a]) verdicts.push(await verdict(v, t));
    expect(verdicts).toEqual([
      'accepted',
      'unsupported_token',
      'accepted',
      'accepted',
      'unsupported_token',
      'invalid_signature',
      'accepted',
      'accepted',
    ]);
  });

  test('accepts EdDSA, ES384 and PS256 tokens (allowed by default)', async () => {
    const { validator: v } = validatorFor([edKey(), ecKey('ec-384', 'P-384'), rsaKey()]);
    expect(await verdict(v, signJwt(appClaims(), edKey()))).toBe('accepted');
    expect(await verdict(v, signJwt(appClaims(), ecKey('ec-384', 'P-384')))).toBe('accepted');
    expect(await verdict(v, token(appClaims(), { alg: 'PS256' }))).toBe('accepted');
  });
});

describe('embedded key headers are never key sources', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [{ ...rsaKey('attacker').jwk, kid: 'rsa-1' }] }));
    });
  });
  afterAll(() => server.close());

  test.each([
    ['jwk', () => ({ jwk: { ...rsaKey('attacker').jwk, kid: 'rsa-1' } })],
    ['jku', () => ({ jku: `${server.url}/jwks` })],
    ['x5u', () => ({ x5u: `${server.url}/cert.pem` })],
    ['x5c', () => ({ x5c: ['MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'] })],
  ])('fails when an attacker-signed token carries its key in %s', async (_name, header) => {
    // GIVEN a token signed by the attacker's key, pointing at or embedding that key
    const { validator } = validatorFor();
    const forged = signJwt(appClaims(), rsaKey('attacker'), { kid: 'rsa-1', ...header() });
    // WHEN validated THEN the signature fails against the published key, and nothing is fetched
    expect(await verdict(validator, forged)).toBe('invalid_signature');
    expect(server.hits()).toBe(0);
  });

  test('accepts a genuine token that merely carries x5t (Entra does)', async () => {
    const { validator } = validatorFor();
    expect(await verdict(validator, token(appClaims(), { x5t: 'abc' }))).toBe('accepted');
  });
});
