import { generateKeyPairSync } from 'node:crypto';

import { TokenValidator } from '../../lib/validator';
import { appClaims, clock, jwksFetch, profile, token, validatorFor, verdict } from './helpers/fixtures';
import { ecKey, edKey, rsaKey, signJwt, TestKey } from './helpers/keys';

function validatorWithJwks(jwks: unknown): { validator: TokenValidator; events: unknown[] } {
  const events: unknown[] = [];
  const validator = new TokenValidator([profile()], { clock, fetch: jwksFetch(() => jwks), onEvent: (e) => events.push(e) });
  return { validator, events };
}

describe('JWKS key filtering', () => {
  const rsa = rsaKey();
  const pub = rsa.jwk;

  test.each([
    ['private (has d)', { ...pub, d: 'AQAB' }],
    ['for encryption (use: enc)', { ...pub, use: 'enc' }],
    ['restricted to other operations (key_ops without verify)', { ...pub, key_ops: ['encrypt'] }],
    ['restricted to an encryption algorithm (alg RSA-OAEP)', { ...pub, alg: 'RSA-OAEP' }],
    ['of an unknown type', { ...pub, kty: 'RSA-X' }],
    ['symmetric (kty oct)', { kty: 'oct', kid: 'rsa-1', k: 'c2VjcmV0' }],
    ['missing its modulus', { kty: 'RSA', kid: 'rsa-1', e: 'AQAB' }],
    ['with a non-string kid', { ...pub, kid: 1 }],
    ['with a non-boolean ext', { ...pub, ext: 'yes' }],
  ])('ignores a key that is %s (no usable key -> jwks_unavailable)', async (_what, jwk) => {
    // GIVEN a JWKS whose only key must be ignored
    const { validator, events } = validatorWithJwks({ keys: [jwk] });
    // WHEN a token for that kid arrives THEN 503 jwks_unavailable, and the fetch event says why
    expect(await verdict(validator, token())).toBe('jwks_unavailable');
    expect(events).toContainEqual(expect.objectContaining({ type: 'jwks_fetch', ok: false, reason: 'no_usable_keys' }));
  });

  test('ignores an RSA key of 1024 bits and accepts one of exactly 2048 bits', async () => {
    const small = rsaKey('rsa-1', 1024);
    const { validator: v1 } = validatorWithJwks({ keys: [small.jwk] });
    expect(await verdict(v1, signJwt(appClaims(), small))).toBe('jwks_unavailable');
    const { validator: v2 } = validatorWithJwks({ keys: [rsa.jwk] });
    expect(await verdict(v2, token())).toBe('accepted');
  });

  test('ignores an EC key on an unsupported curve (secp256k1)', async () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
    const { validator } = validatorWithJwks({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'k1' }] });
    expect(await verdict(validator, signJwt(appClaims(), ecKey(), { kid: 'k1' }))).toBe('jwks_unavailable');
  });

  test('ignores bad keys but keeps the good ones beside them', async () => {
    const { validator, events } = validatorWithJwks({
      keys: [{ ...pub, kid: 'enc', use: 'enc' }, { kty: 'oct', k: 'AA' }, 'not-a-key', pub],
    });
    expect(await verdict(validator, token())).toBe('accepted');
    expect(events).toContainEqual(expect.objectContaining({ type: 'jwks_fetch', ok: true, keys: 1, ignoredKeys: 3 }));
  });

  test.each([
    ['not an object', [pub]],
    ['without keys', { jwks: [pub] }],
    ['with keys not a list', { keys: pub }],
  ])('fails with jwks_unavailable when the JWKS is %s', async (_what, doc) => {
    const { validator, events } = validatorWithJwks(doc);
    expect(await verdict(validator, token())).toBe('jwks_unavailable');
    expect(events).toContainEqual(expect.objectContaining({ type: 'jwks_fetch', ok: false, reason: 'invalid_jwks' }));
  });
});

describe('kid rules and key type', () => {
  test('accepts a token without kid when the set has exactly one key', async () => {
    const { validator } = validatorFor([rsaKey()]);
    expect(await verdict(validator, token(appClaims(), { kid: undefined }))).toBe('accepted');
  });

  test('fails when the token has no kid and the set has two keys', async () => {
    const { validator } = validatorFor([rsaKey(), rsaKey('rsa-2')]);
    expect(await verdict(validator, token(appClaims(), { kid: undefined }))).toBe('key_not_found');
    expect(await verdict(validator, token(appClaims()))).toBe('accepted');
  });

  test('fails when the kid is unknown (after one refetch)', async () => {
    const { validator, fetch } = validatorFor([rsaKey()], { jwksCooldownMs: 0 });
    await validator.warm();
    expect(await verdict(validator, token(appClaims(), { kid: 'nope' }))).toBe('key_not_found');
    expect(fetch.calls).toBe(2);
  });

  test.each<[string, () => TestKey, Record<string, unknown>]>([
    ['an RS256 token names an EC key', () => ecKey('shared'), { alg: 'RS256' }],
    ['an ES256 token names an RSA key', () => rsaKey('shared'), { alg: 'ES256' }],
    ['an ES384 token names a P-256 key', () => ecKey('shared'), { alg: 'ES384' }],
    ['an EdDSA token names an RSA key', () => rsaKey('shared'), { alg: 'EdDSA' }],
  ])('fails when %s', async (_what, key, header) => {
    // GIVEN the set publishes the key under kid "shared" WHEN a token with another alg names it
    const k = key();
    const { validator } = validatorFor([{ ...k, jwk: { ...k.jwk, kid: 'shared' } }]);
    const forged = signJwt(appClaims(), rsaKey(), { kid: 'shared', ...header });
    // THEN key_not_found (the key type does not fit the algorithm)
    expect(await verdict(validator, forged)).toBe('key_not_found');
  });

  test('fails when the JWK restricts alg to RS256 and the token uses PS256', async () => {
    const k = rsaKey();
    const { validator } = validatorFor([{ ...k, jwk: { ...k.jwk, alg: 'RS256' } }]);
    expect(await verdict(validator, token(appClaims(), { alg: 'PS256' }))).toBe('key_not_found');
    expect(await verdict(validator, token(appClaims(), { alg: 'RS256' }))).toBe('accepted');
  });

  test('fails when the signature is from another key with the same kid', async () => {
    const { validator } = validatorFor([rsaKey()]);
    expect(await verdict(validator, signJwt(appClaims(), rsaKey('other'), { kid: 'rsa-1' }))).toBe('invalid_signature');
  });

  test('fails when the payload was changed after signing', async () => {
    const { validator } = validatorFor([rsaKey()]);
    const [h, , s] = token().split('.');
    const tampered = `${h}.${Buffer.from(JSON.stringify(appClaims({ client_id: 'orders-client', scope: 'admin' }))).toString('base64url')}.${s}`;
    expect(await verdict(validator, tampered)).toBe('invalid_signature');
  });

  test('verifies each supported algorithm with a fitting key and rejects a one-bit flip', async () => {
    const cases: Array<[TestKey, string]> = [
      [rsaKey(), 'RS256'],
      [rsaKey(), 'RS384'],
      [rsaKey(), 'RS512'],
      [rsaKey(), 'PS256'],
      [rsaKey(), 'PS384'],
      [rsaKey(), 'PS512'],
      [ecKey('e256', 'P-256'), 'ES256'],
      [ecKey('e384', 'P-384'), 'ES384'],
      [ecKey('e521', 'P-521'), 'ES512'],
      [edKey(), 'EdDSA'],
      [edKey(), 'Ed25519'],
    ];
    const { validator } = validatorFor([rsaKey(), ecKey('e256', 'P-256'), ecKey('e384', 'P-384'), ecKey('e521', 'P-521'), edKey()]);
    for (const [key, alg] of cases) {
      const t = signJwt(appClaims({ jti: alg }), key, { alg });
      expect([alg, await verdict(validator, t)]).toEqual([alg, 'accepted']);
      const sig = Buffer.from(t.slice(t.lastIndexOf('.') + 1), 'base64url');
      sig[5] = sig[5]! ^ 1;
      const flipped = `${t.slice(0, t.lastIndexOf('.') + 1)}${sig.toString('base64url')}`;
      expect([alg, await verdict(validator, flipped)]).toEqual([alg, 'invalid_signature']);
    }
  });
});
