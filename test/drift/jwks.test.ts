import { generateKeyPairSync } from 'node:crypto';
import { analyzeKey, thumbprint } from '../../lib/drift/live/jwks';
import { compareKeys } from '../../lib/drift/live/state';

const rsa = (bits = 2048) => generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ format: 'jwk' }) as Record<string, unknown>;

describe('analyzeKey', () => {
  test('an RSA 2048 signing key verifies its declared alg', () => {
    const key = analyzeKey({ ...rsa(), kid: 'a', use: 'sig', alg: 'RS256' });
    expect(key).toMatchObject({ algorithms: ['RS256'], exposesPrivate: false, summary: { kid: 'a', kty: 'RSA', alg: 'RS256', usable: true } });
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

  test('flags private key material', () => {
    const jwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }) as Record<string, unknown>;
    expect(analyzeKey(jwk)).toMatchObject({ exposesPrivate: true, algorithms: ['ES256'] });
  });

  test('maps EC and OKP curves to their algorithms', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey.export({ format: 'jwk' }) as Record<string, unknown>;
    const ed = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }) as Record<string, unknown>;
    expect(analyzeKey(ec).algorithms).toEqual(['ES384']);
    expect(analyzeKey(ed).algorithms).toEqual(['EdDSA', 'Ed25519']);
    expect(analyzeKey({ ...ec, alg: 'ES256' }).summary).toMatchObject({ usable: false, problem: 'alg ES256 does not fit a EC signing key' });
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
    expect(d).toEqual({ added: [{ kid: 'b', thumbprint: '3' }, { kid: 'c', thumbprint: '4' }], removed: [{ kid: 'a', thumbprint: '1' }, { kid: 'b', thumbprint: '2' }], rekeyed: ['b'] });
  });
});
