/**
 * JWKS analysis: which keys can verify tokens, with which algorithms, their RFC 7638
 * thumbprints, and whether private key material is exposed. Never returns key material.
 */
import { createHash } from 'node:crypto';
import type { KeySummary } from '../report';

type Jwk = Record<string, unknown>;

const RSA_ALGS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'];
const EC_ALGS: Record<string, string> = { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' };
const OKP_ALGS: Record<string, string[]> = { Ed25519: ['EdDSA', 'Ed25519'], Ed448: ['EdDSA'] };
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k', 'oth'];
/** Smallest RSA modulus accepted for signing keys. */
export const MIN_RSA_BITS = 2048;

/** A key's summary and the algorithms it can verify. */
export interface AnalyzedKey {
  readonly summary: KeySummary;
  readonly algorithms: string[];
  readonly exposesPrivate: boolean;
}

/** The keys of a JWKS document; undefined when it is not `{ "keys": [...] }`. */
export function jwksKeys(doc: Record<string, unknown> | undefined): Jwk[] | undefined {
  const keys = doc?.keys;
  if (!Array.isArray(keys)) return undefined;
  return keys.filter((k): k is Jwk => typeof k === 'object' && k !== null && !Array.isArray(k));
}

/** Analyzes one JWK. */
export function analyzeKey(jwk: Jwk): AnalyzedKey {
  const kty = typeof jwk.kty === 'string' ? jwk.kty : '(none)';
  const alg = typeof jwk.alg === 'string' ? jwk.alg : undefined;
  const kid = typeof jwk.kid === 'string' ? jwk.kid : undefined;
  const exposesPrivate = PRIVATE_MEMBERS.some((m) => m in jwk);
  const { algorithms, problem } = verificationAlgorithms(jwk, kty, alg);
  const summary: KeySummary = {
    ...(kid === undefined ? {} : { kid }),
    kty,
    ...(alg === undefined ? {} : { alg }),
    thumbprint: thumbprint(jwk),
    usable: problem === undefined,
    ...(problem === undefined ? {} : { problem }),
  };
  return { summary, algorithms: problem === undefined ? algorithms : [], exposesPrivate };
}

function verificationAlgorithms(jwk: Jwk, kty: string, alg: string | undefined): { algorithms: string[]; problem?: string } {
  if (jwk.use !== undefined && jwk.use !== 'sig') return { algorithms: [], problem: `use is ${String(jwk.use)}` };
  if (Array.isArray(jwk.key_ops) && !jwk.key_ops.includes('verify')) return { algorithms: [], problem: 'key_ops lacks verify' };
  let candidates: string[];
  if (kty === 'RSA') {
    if (typeof jwk.n !== 'string' || typeof jwk.e !== 'string') return { algorithms: [], problem: 'RSA key without n or e' };
    const bits = modulusBits(jwk.n);
    if (bits < MIN_RSA_BITS) return { algorithms: [], problem: `RSA modulus of ${bits} bits (< ${MIN_RSA_BITS})` };
    candidates = RSA_ALGS;
  } else if (kty === 'EC') {
    const a = EC_ALGS[String(jwk.crv)];
    if (!a || typeof jwk.x !== 'string' || typeof jwk.y !== 'string') return { algorithms: [], problem: `EC key with curve ${String(jwk.crv)} or without x, y` };
    candidates = [a];
  } else if (kty === 'OKP') {
    const a = OKP_ALGS[String(jwk.crv)];
    if (!a || typeof jwk.x !== 'string') return { algorithms: [], problem: `OKP key with curve ${String(jwk.crv)} or without x` };
    candidates = a;
  } else {
    return { algorithms: [], problem: `key type ${kty} cannot verify asymmetric signatures` };
  }
  if (alg === undefined) return { algorithms: candidates };
  return candidates.includes(alg) ? { algorithms: [alg] } : { algorithms: [], problem: `alg ${alg} does not fit a ${kty} signing key` };
}

function modulusBits(n: string): number {
  const bytes = Buffer.from(n, 'base64url');
  let bits = bytes.length * 8;
  for (let i = 0; i < bytes.length && bytes[i] === 0; i++) bits -= 8;
  const first = bytes.find((b) => b !== 0) ?? 0;
  return first === 0 ? 0 : bits - (Math.clz32(first) - 24);
}

/** RFC 7638 SHA-256 thumbprint over the required public members (or all public members for unknown types). */
export function thumbprint(jwk: Jwk): string {
  const required: Record<string, string[]> = { RSA: ['e', 'kty', 'n'], EC: ['crv', 'kty', 'x', 'y'], OKP: ['crv', 'kty', 'x'], oct: ['k', 'kty'] };
  const members = required[String(jwk.kty)] ?? Object.keys(jwk).filter((k) => !PRIVATE_MEMBERS.includes(k)).sort();
  const canonical = `{${members.map((m) => `${JSON.stringify(m)}:${JSON.stringify(jwk[m] ?? null)}`).join(',')}}`;
  return createHash('sha256').update(canonical).digest('base64url');
}
