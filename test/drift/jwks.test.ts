import { generateKeyPairSync } from 'node:crypto';

import { analyzeKey, thumbprint } from '../../lib/drift/live/jwks';
import { compareKeys } from '../../lib/drift/live/state';
import { importJwk } from '../../lib/validator/keys';

const rsa = (bits = 2048) =>
  generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ format: 'jwk' }) as Record<string, unknown>;

describe('analyzeKey', () => {
  test('an RSA 2048 signing key verifies its declared alg', () => {
    const key = analyzeKey({ ...rsa(), kid: 'a', use: 'sig', alg: 'RS256' });
    expect(key).toMatchObject({
      algorithms: ['RS256'],
      exposesPrivate: false,
      summary: { kid: 'a', kty: 'RSA', alg: 'RS256', usable: true },
    });
  });

  test('fails when the RSA modulus is under 2048 bits (boundary: 2048 accepted)', () => {
    expect(analyzeKey(rsa(1024)).summary).toMatchObject({ usable: false, problem: 'RSA modulus of 1024 bits (< 2048)' });
    expect(analyzeKey(rsa(2048)).summary.usable).toBe(true);
  });

  test('fails when the key is for encryption or lacks verify', () => {
    expect(analyzeKey({ ...rsa(), use: 'enc' }).summary).toMatchObject({ usable: false, problem: 'use is enc' });
    expect(analyzeKey({ ...rsa(), key_ops: ['encrypt'] }).summary).toMatchObject({ usable: false });
  });

  test('fails when a symmetric key is published', () => {
    expect(analyzeKey({ kty: 'oct', k: 'c2VjcmV0' })).toMatchObject({ exposesPrivate: true, summary: { usable: false } });
  });

  test('flags private key material, and calls the key unusable as the validator ignores it', () => {
    const jwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }) as Record<string, unknown>;
    expect(analyzeKey(jwk)).toEqual({
      exposesPrivate: true,
      algorithms: [],
      summary: {
        kty: 'EC',
        thumbprint: expect.any(String),
        usable: false,
        problem: 'holds private key material (the validator ignores it)',
      },
    });
  });

  test('agrees with the validator: a key is usable exactly when importJwk imports it', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' }) as Record<string, unknown>;
    const cases: Record<string, unknown>[] = [
      ec,
      { ...ec, crv: 'constructor' },
      { ...ec, x: 'AAAA' },
      { ...ec, alg: 'RS256' },
      { ...rsa(), alg: 'toString' },
      { ...rsa(), ext: 'yes' },
      { ...rsa(), key_ops: ['verify', 'verify'] },
    ];
    for (const jwk of cases)
      expect([JSON.stringify(jwk).slice(0, 40), analyzeKey(jwk).summary.usable]).toEqual([
        JSON.stringify(jwk).slice(0, 40),
        importJwk(jwk) !== undefined,
      ]);
  });

  test.each([
    ['kty constructor', '{"kty":"constructor","n":"AQAB","e":"AQAB"}', 'key type "constructor" cannot verify asymmetric signatures'],
    ['kty __proto__', '{"kty":"__proto__","x":"AA"}', 'key type "__proto__" cannot verify asymmetric signatures'],
    ['EC crv constructor', '{"kty":"EC","crv":"constructor","x":"AA","y":"AA"}', 'EC key with curve "constructor"'],
    ['OKP crv __proto__', '{"kty":"OKP","crv":"__proto__","x":"AA"}', 'OKP key with curve "__proto__"'],
    ['alg hasOwnProperty', '{"kty":"RSA","n":"AQAB","e":"AQAB","alg":"hasOwnProperty"}', 'RSA modulus of 17 bits (< 2048)'],
  ])('fails without crashing when a key names a built-in object member (%s)', (_name, json, problem) => {
    // GIVEN a remote key whose member values name Object.prototype members
    const jwk = JSON.parse(json) as Record<string, unknown>;
    // WHEN analyzed THEN it is unusable, with the reason, and has a thumbprint
    const analyzed = analyzeKey(jwk);
    expect(analyzed.summary).toMatchObject({ usable: false, problem });
    expect(analyzed.summary.thumbprint).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(analyzed.algorithms).toEqual([]);
  });

  test('maps EC and OKP curves to their algorithms', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey.export({ format: 'jwk' }) as Record<string, unknown>;
    const ed = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }) as Record<string, unknown>;
    expect(analyzeKey(ec).algorithms).toEqual(['ES384']);
    expect(analyzeKey(ed).algorithms).toEqual(['EdDSA', 'Ed25519']);
    expect(analyzeKey({ ...ec, alg: 'ES256' }).summary).toMatchObject({
      usable: false,
      problem: 'alg ES256 does not fit a EC signing key',
    });
  });
});

describe('thumbprint', () => {
  test('matches the RFC 7638 section 3.1 example', () => {
    const n =
      '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw';
    expect(thumbprint({ kty: 'RSA', n, e: 'AQAB', alg: 'RS256', kid: '2011-04-29' })).toBe('NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs');
  });
});

describe('compareKeys', () => {
  test('reports added, removed and re-keyed kids', () => {
    const d = compareKeys(
      [
        { kid: 'a', thumbprint: '1' },
        { kid: 'b', thumbprint: '2' },
      ],
      [
        { kid: 'b', thumbprint: '3' },
        { kid: 'c', thumbprint: '4' },
      ],
    );
    expect(d).toEqual({
      added: [
        { kid: 'b', thumbprint: '3' },
        { kid: 'c', thumbprint: '4' },
      ],
      removed: [
        { kid: 'a', thumbprint: '1' },
        { kid: 'b', thumbprint: '2' },
      ],
      rekeyed: ['b'],
    });
  });
});
