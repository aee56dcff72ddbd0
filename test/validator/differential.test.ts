/**
 * Differential test: the validator verifies signatures with node:crypto, not with jose's
 * WebCrypto path. Every token of a mutation corpus goes through both the validator and a
 * reference (the documented strict pre-checks, then jose `jwtVerify` with a local JWK Set), and
 * the verdicts must be identical. A second table pins the cases where the validator is
 * deliberately stricter than jose.
 */
import { sign } from 'node:crypto';

import { createLocalJWKSet, jwtVerify } from 'jose';

import { ASYMMETRIC_ALGORITHMS } from '../../lib/manifest/schema';
import type { TokenValidator } from '../../lib/validator';
import { appClaims, AUDIENCE, ISSUER, NOW, token, validatorFor, verdict } from './helpers/fixtures';
import { b64, ecKey, edKey, rsaKey, signBytes, signJwt, TestKey } from './helpers/keys';

const TOL = 60;
const MAX_LIFETIME = 24 * 3600;

/** The validator's pre-checks that jose does not make, written independently of lib/validator. */
function strictPrechecks(t: string, keyCount: number): boolean {
  if (t.length > 16 * 1024) return false;
  if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(t)) return false;
  // canonical base64url: decoding and re-encoding gives the same text
  if (t.split('.').some((seg) => Buffer.from(seg, 'base64url').toString('base64url') !== seg)) return false;
  let header: Record<string, unknown>;
  let payload: Record<string, unknown>;
  try {
    header = JSON.parse(Buffer.from(t.split('.')[0]!, 'base64url').toString('utf8'));
    payload = JSON.parse(Buffer.from(t.split('.')[1]!, 'base64url').toString('utf8'));
  } catch {
    return false;
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return false;
  if ('crit' in header || 'enc' in header || 'zip' in header) return false;
  if (typeof header.cty === 'string' && ['jwt', 'application/jwt'].includes(header.cty.toLowerCase())) return false;
  if (header.typ !== undefined && !['at+jwt', 'application/at+jwt', 'jwt', 'application/jwt'].includes(String(header.typ).toLowerCase()))
    return false;
  if (header.kid !== undefined && (typeof header.kid !== 'string' || header.kid === '')) return false;
  if (header.kid === undefined && keyCount > 1) return false;
  if (typeof payload !== 'object' || payload === null) return false;
  if (Array.isArray(payload.aud) && payload.aud.some((a: unknown) => typeof a !== 'string')) return false;
  if (
    payload.exp !== undefined &&
    typeof payload.exp === 'number' &&
    payload.iat !== undefined &&
    typeof payload.iat === 'number' &&
    payload.exp - payload.iat > MAX_LIFETIME
  )
    return false;
  return true;
}

/** The reference verdict: pre-checks, then jose. */
async function reference(t: string, keys: readonly TestKey[]): Promise<boolean> {
  if (!strictPrechecks(t, keys.length)) return false;
  try {
    await jwtVerify(t, createLocalJWKSet({ keys: keys.map((k) => k.jwk) as never }), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: [...ASYMMETRIC_ALGORITHMS],
      clockTolerance: TOL,
      currentDate: new Date(NOW * 1000),
      requiredClaims: ['exp'],
      maxTokenAge: 10 * 365 * 24 * 3600,
    });
    return true;
  } catch {
    return false;
  }
}

const flipBit = (t: string, byte: number): string => {
  const i = t.lastIndexOf('.');
  const sig = Buffer.from(t.slice(i + 1), 'base64url');
  sig[byte % sig.length] = sig[byte % sig.length]! ^ 0x01;
  return `${t.slice(0, i + 1)}${sig.toString('base64url')}`;
};
const replaceSig = (t: string, sig: Buffer): string => `${t.slice(0, t.lastIndexOf('.') + 1)}${sig.toString('base64url')}`;
const sigOf = (t: string): Buffer => Buffer.from(t.slice(t.lastIndexOf('.') + 1), 'base64url');

function corpus(): Array<[string, string]> {
  const rsa = rsaKey();
  const ec = ecKey('e256', 'P-256');
  const ec384 = ecKey('e384', 'P-384');
  const ec521 = ecKey('e521', 'P-521');
  const ed = edKey();
  const other = rsaKey('other');
  const pairs: Array<[TestKey, string]> = [
    [rsa, 'RS256'],
    [rsa, 'RS384'],
    [rsa, 'RS512'],
    [rsa, 'PS256'],
    [rsa, 'PS384'],
    [rsa, 'PS512'],
    [ec, 'ES256'],
    [ec384, 'ES384'],
    [ec521, 'ES512'],
    [ed, 'EdDSA'],
    [ed, 'Ed25519'],
  ];
  const out: Array<[string, string]> = [];
  for (const [key, alg] of pairs) {
    const good = signJwt(appClaims({ jti: alg }), key, { alg });
    out.push([`${alg} valid`, good]);
    for (const byte of [0, 1, 17, 31, 63, 127]) out.push([`${alg} bit flip @${byte}`, flipBit(good, byte)]);
    out.push([`${alg} truncated signature`, replaceSig(good, sigOf(good).subarray(0, sigOf(good).length - 1))]);
    out.push([`${alg} extended signature`, replaceSig(good, Buffer.concat([sigOf(good), Buffer.from([0])]))]);
    out.push([`${alg} zero signature`, replaceSig(good, Buffer.alloc(sigOf(good).length))]);
    out.push([
      `${alg} signed by another key, same kid`,
      signJwt(
        appClaims(),
        alg.startsWith('E')
          ? alg === 'EdDSA' || alg === 'Ed25519'
            ? edKey('x')
            : ecKey('x', key === ec ? 'P-256' : key === ec384 ? 'P-384' : 'P-521')
          : other,
        { alg, kid: key.jwk.kid },
      ),
    ]);
    out.push([`${alg} payload changed`, `${good.split('.')[0]}.${b64(appClaims({ jti: `${alg}-changed` }))}.${good.split('.')[2]}`]);
    out.push([`${alg} header changed`, `${b64({ alg, kid: key.jwk.kid, typ: 'JWT' })}.${good.split('.')[1]}.${good.split('.')[2]}`]);
  }
  // alg swaps on the same signature and key confusion
  const rs = signJwt(appClaims(), rsa, { alg: 'RS256' });
  for (const alg of ['PS256', 'RS384', 'ES256', 'EdDSA', 'HS256', 'none']) {
    out.push([`RS256 signature relabelled ${alg}`, `${b64({ alg, kid: 'rsa-1', typ: 'at+jwt' })}.${rs.split('.')[1]}.${rs.split('.')[2]}`]);
  }
  // PS256 with other salt lengths
  for (const saltLength of [0, 20, 64]) {
    const input = `${b64({ alg: 'PS256', kid: 'rsa-1' })}.${b64(appClaims())}`;
    const sig = sign('sha256', Buffer.from(input), { key: rsa.privateKey, padding: 6, saltLength });
    out.push([`PS256 salt ${saltLength}`, `${input}.${sig.toString('base64url')}`]);
  }
  // ECDSA: DER instead of raw r||s, and the malleated (r, n - s) twin
  {
    const input = `${b64({ alg: 'ES256', kid: 'e256' })}.${b64(appClaims())}`;
    out.push(['ES256 DER signature', `${input}.${sign('sha256', Buffer.from(input), ec.privateKey).toString('base64url')}`]);
    const raw = signBytes(input, ec, 'ES256');
    const n = BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');
    const s = BigInt(`0x${raw.subarray(32).toString('hex')}`);
    out.push([
      'ES256 malleated (r, n - s)',
      `${input}.${Buffer.concat([raw.subarray(0, 32), Buffer.from((n - s).toString(16).padStart(64, '0'), 'hex')]).toString('base64url')}`,
    ]);
  }
  // claims against jose's own rules
  const claimCases: Array<[string, Record<string, unknown>]> = [
    ['exp inside tolerance', { exp: NOW - TOL + 1, iat: NOW - 1000 }],
    ['exp at tolerance edge', { exp: NOW - TOL, iat: NOW - 1000 }],
    ['exp missing', { exp: undefined }],
    ['exp string', { exp: String(NOW + 60) }],
    ['nbf at edge', { nbf: NOW + TOL }],
    ['nbf past edge', { nbf: NOW + TOL + 1 }],
    ['nbf string', { nbf: 'x' }],
    ['iat at edge', { iat: NOW + TOL }],
    ['iat past edge', { iat: NOW + TOL + 1 }],
    ['iss other', { iss: 'https://evil.test' }],
    ['iss missing', { iss: undefined }],
    ['aud list', { aud: ['x', AUDIENCE] }],
    ['aud other', { aud: 'api://other' }],
    ['aud missing', { aud: undefined }],
    ['aud number', { aud: 5 }],
  ];
  for (const [name, c] of claimCases) out.push([`claims: ${name}`, token(appClaims(c))]);
  // header parameters jose ignores or checks
  out.push(['kid unknown', signJwt(appClaims(), rsa, { kid: 'nope' })]);
  out.push(['kid missing', signJwt(appClaims(), rsa, { kid: undefined })]);
  out.push(['embedded jwk of the signer', signJwt(appClaims(), other, { kid: 'rsa-1', jwk: other.jwk })]);
  out.push(['typ at+jwt', signJwt(appClaims(), rsa, { typ: 'at+jwt' })]);
  out.push(['typ JWT', signJwt(appClaims(), rsa, { typ: 'JWT' })]);
  return out;
}

async function compare(validator: TokenValidator, keys: readonly TestKey[], tokens: Array<[string, string]>): Promise<string[]> {
  const mismatches: string[] = [];
  for (const [name, t] of tokens) {
    const ours = (await verdict(validator, t)) === 'accepted';
    const ref = await reference(t, keys);
    if (ours !== ref) mismatches.push(`${name}: validator ${ours ? 'accepts' : 'rejects'}, reference ${ref ? 'accepts' : 'rejects'}`);
  }
  return mismatches;
}

describe('differential: node:crypto path vs jose jwtVerify', () => {
  const keys = [rsaKey(), ecKey('e256', 'P-256'), ecKey('e384', 'P-384'), ecKey('e521', 'P-521'), edKey()];

  test('identical verdicts on every corpus token (multi-key set)', async () => {
    const { validator } = validatorFor(keys, { cacheSize: 0 });
    const tokens = corpus();
    expect(tokens.length).toBeGreaterThan(150);
    expect(await compare(validator, keys, tokens)).toEqual([]);
    // the corpus exercises both verdicts
    const accepted = (await Promise.all(tokens.map(([, t]) => reference(t, keys)))).filter(Boolean).length;
    expect(accepted).toBeGreaterThan(15);
    expect(accepted).toBeLessThan(tokens.length - 100);
  });

  test('identical verdicts with a single-key set (kid optional)', async () => {
    const single = [rsaKey()];
    const { validator } = validatorFor(single, { cacheSize: 0 });
    const tokens = corpus().filter(([name]) => /^(RS|PS)|claims|kid|typ|relabelled|embedded/.test(name));
    expect(await compare(validator, single, tokens)).toEqual([]);
  });
});

describe('deliberately stricter than jose (jose accepts, the validator rejects)', () => {
  const { validator } = validatorFor([rsaKey(), rsaKey('rsa-2')], { cacheSize: 0 });
  const joseAccepts = async (t: string): Promise<boolean> => {
    try {
      await jwtVerify(t, createLocalJWKSet({ keys: [rsaKey().jwk, rsaKey('rsa-2').jwk] as never }), {
        issuer: ISSUER,
        audience: AUDIENCE,
        currentDate: new Date(NOW * 1000),
      });
      return true;
    } catch {
      return false;
    }
  };
  const withBom = (): string => {
    const input = `${Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ alg: 'RS256', kid: 'rsa-1' }))]).toString('base64url')}.${b64(appClaims())}`;
    return `${input}.${signBytes(input, rsaKey(), 'RS256').toString('base64url')}`;
  };
  const nonCanonical = (t: string): string => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    return t.slice(0, -1) + alphabet[alphabet.indexOf(t[t.length - 1]!) + 1];
  };

  test.each<[string, () => string, string]>([
    ['a non-canonical signature encoding', () => nonCanonical(token()), 'malformed_token'],
    ['a header with a UTF-8 BOM', withBom, 'malformed_token'],
    ['crit ["b64"] with b64 true', () => token(appClaims(), { crit: ['b64'], b64: true }), 'unsupported_token'],
    ['typ dpop+jwt', () => token(appClaims(), { typ: 'dpop+jwt' }), 'unsupported_token'],
    ['aud list with a non-string member', () => token(appClaims({ aud: [AUDIENCE, 7] })), 'malformed_token'],
    ['no exp', () => token(appClaims({ exp: undefined })), 'missing_claim'],
    ['iat far in the future', () => token(appClaims({ iat: NOW + 3600 })), 'token_not_yet_valid'],
    ['a 25 h lifetime', () => token(appClaims({ iat: NOW - 10, exp: NOW - 10 + 25 * 3600 })), 'token_lifetime_exceeded'],
  ])('%s', async (_what, make, code) => {
    const t = make();
    expect(await joseAccepts(t)).toBe(true);
    expect(await verdict(validator, t)).toBe(code);
  });
});
