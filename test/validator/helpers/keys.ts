/**
 * Test signing keys (generated once per test file) and raw JWS signing with node:crypto, so
 * tests can craft any header or claims, including hostile ones.
 */
import { constants, generateKeyPairSync, KeyObject, sign as cryptoSign } from 'node:crypto';

/** A private key and its public JWK. */
export interface TestKey {
  readonly privateKey: KeyObject;
  readonly jwk: Record<string, unknown>;
  readonly alg: string;
}

const cache = new Map<string, TestKey>();

function make(
  id: string,
  alg: string,
  generate: () => { privateKey: KeyObject; publicKey: KeyObject },
  extra: Record<string, unknown> = {},
): TestKey {
  const cached = cache.get(id);
  if (cached) return cached;
  const { privateKey, publicKey } = generate();
  const key = { privateKey, jwk: { ...publicKey.export({ format: 'jwk' }), ...extra }, alg };
  cache.set(id, key);
  return key;
}

/** RSA key (2048 bits unless said otherwise), JWK with kid, `use: sig`, no `alg`. */
export function rsaKey(kid = 'rsa-1', bits = 2048): TestKey {
  return make(`rsa:${kid}:${bits}`, 'RS256', () => generateKeyPairSync('rsa', { modulusLength: bits }), { kid, use: 'sig' });
}

/** EC key on `crv`. */
export function ecKey(kid = 'ec-1', crv: 'P-256' | 'P-384' | 'P-521' = 'P-256'): TestKey {
  const alg = crv === 'P-256' ? 'ES256' : crv === 'P-384' ? 'ES384' : 'ES512';
  return make(`ec:${kid}:${crv}`, alg, () => generateKeyPairSync('ec', { namedCurve: crv }), { kid, use: 'sig' });
}

/** Ed25519 key. */
export function edKey(kid = 'ed-1'): TestKey {
  return make(`ed:${kid}`, 'EdDSA', () => generateKeyPairSync('ed25519'), { kid, use: 'sig' });
}

/** base64url of the JSON of `value` (or of a raw string). */
export function b64(value: unknown): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

const HASH: Record<string, string | null> = {
  RS256: 'sha256',
  RS384: 'sha384',
  RS512: 'sha512',
  PS256: 'sha256',
  PS384: 'sha384',
  PS512: 'sha512',
  ES256: 'sha256',
  ES384: 'sha384',
  ES512: 'sha512',
  EdDSA: null,
  Ed25519: null,
};

/** The signature of `input` with `key` for `alg` (JWS encoding: raw r||s for ECDSA). */
export function signBytes(input: string, key: TestKey, alg: string): Buffer {
  const hash = HASH[alg] ?? null;
  if (alg.startsWith('PS')) {
    return cryptoSign(hash, Buffer.from(input), {
      key: key.privateKey,
      padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength: Number(alg.slice(2)) / 8,
    });
  }
  if (alg.startsWith('ES')) return cryptoSign(hash, Buffer.from(input), { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
  return cryptoSign(hash, Buffer.from(input), key.privateKey);
}

/** A compact JWS of `claims` with `header` (alg defaults to the key's, kid to the key's kid). */
export function signJwt(claims: unknown, key: TestKey, header: Record<string, unknown> = {}): string {
  const h = { alg: key.alg, kid: key.jwk.kid, typ: 'at+jwt', ...header };
  for (const k of Object.keys(h)) if ((h as Record<string, unknown>)[k] === undefined) delete (h as Record<string, unknown>)[k];
  const input = `${b64(h)}.${b64(claims)}`;
  return `${input}.${signBytes(input, key, String(h.alg)).toString('base64url')}`;
}
