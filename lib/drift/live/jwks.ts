/**
 * JWKS analysis: which keys can verify tokens, with which algorithms, their RFC 7638
 * thumbprints, and whether private key material is exposed. Whether a key is usable is decided
 * by the validator's own key import (lib/validator/keys), so drift never calls a key usable that
 * the validator would ignore; this module only explains why. Key names from the remote document
 * are data: every lookup is an own-property or Map lookup. Never returns key material.
 */
import { createHash } from 'node:crypto';

import { ALGORITHMS } from '../../validator/algorithms';
import { importJwk, keyFits } from '../../validator/keys';
import type { KeySummary } from '../report';

type Jwk = Record<string, unknown>;

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k', 'oth', 'priv'];
const CURVES = new Map<string, readonly string[]>([
  ['EC', ['P-256', 'P-384', 'P-521']],
  ['OKP', ['Ed25519']],
]);
/** Smallest RSA modulus accepted for signing keys (the validator's rule). */
export const MIN_RSA_BITS = 2048;

/** A key's summary and the algorithms it can verify. */
export interface AnalyzedKey {
  readonly summary: KeySummary;
  readonly algorithms: string[];
  readonly exposesPrivate: boolean;
}

/** The own member `name` of `jwk` (never one inherited from Object.prototype). */
function member(jwk: Jwk, name: string): unknown {
  return Object.hasOwn(jwk, name) ? jwk[name] : undefined;
}

/** Analyzes one JWK: usable exactly when the validator imports it. */
export function analyzeKey(jwk: Jwk): AnalyzedKey {
  const str = (name: string): string | undefined => (typeof member(jwk, name) === 'string' ? (member(jwk, name) as string) : undefined);
  const kty = str('kty') ?? '(none)';
  const alg = str('alg');
  const kid = str('kid');
  const exposesPrivate = PRIVATE_MEMBERS.some((m) => Object.hasOwn(jwk, m));
  const key = importJwk(jwk);
  const algorithms = key
    ? Object.entries(ALGORITHMS)
        .filter(([name, spec]) => keyFits(key, name, spec))
        .map(([name]) => name)
    : [];
  const problem = key
    ? algorithms.length === 0
      ? `alg ${alg ?? '(none)'} does not fit a ${kty} signing key`
      : undefined
    : whyUnusable(jwk, kty, alg);
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

/** Why the validator's import refused `jwk`, in words (the refusal itself is the validator's). */
function whyUnusable(jwk: Jwk, kty: string, alg: string | undefined): string {
  const use = member(jwk, 'use');
  const ops = member(jwk, 'key_ops');
  if (use !== undefined && use !== 'sig') return `use is ${String(use)}`;
  if (ops !== undefined && (!Array.isArray(ops) || !ops.includes('verify'))) return 'key_ops lacks verify';
  if (PRIVATE_MEMBERS.some((m) => Object.hasOwn(jwk, m)))
    return kty === 'oct'
      ? 'a symmetric (oct) key cannot verify asymmetric signatures'
      : 'holds private key material (the validator ignores it)';
  if (kty === 'RSA') {
    const n = member(jwk, 'n');
    if (typeof n !== 'string' || typeof member(jwk, 'e') !== 'string') return 'RSA key without n or e';
    const bits = modulusBits(n);
    if (bits < MIN_RSA_BITS) return `RSA modulus of ${bits} bits (< ${MIN_RSA_BITS})`;
  } else if (CURVES.has(kty)) {
    const crv = member(jwk, 'crv');
    if (typeof crv !== 'string' || !CURVES.get(kty)!.includes(crv)) return `${kty} key with curve ${JSON.stringify(crv ?? null)}`;
  } else {
    return `key type ${JSON.stringify(kty)} cannot verify asymmetric signatures`;
  }
  if (alg !== undefined) {
    const spec = Object.hasOwn(ALGORITHMS, alg) ? ALGORITHMS[alg as keyof typeof ALGORITHMS] : undefined;
    if (spec?.kty !== kty) return `alg ${alg} does not fit a ${kty} signing key`;
  }
  return 'its public key does not import (node:crypto refused it)';
}

function modulusBits(n: string): number {
  const bytes = Buffer.from(n, 'base64url');
  let bits = bytes.length * 8;
  for (let i = 0; i < bytes.length && bytes[i] === 0; i++) bits -= 8;
  const first = bytes.find((b) => b !== 0) ?? 0;
  return first === 0 ? 0 : bits - (Math.clz32(first) - 24);
}

const THUMBPRINT_MEMBERS = new Map<string, string[]>([
  ['RSA', ['e', 'kty', 'n']],
  ['EC', ['crv', 'kty', 'x', 'y']],
  ['OKP', ['crv', 'kty', 'x']],
  ['oct', ['k', 'kty']],
]);

/** RFC 7638 SHA-256 thumbprint over the required public members (or all public members for unknown types). */
export function thumbprint(jwk: Jwk): string {
  const kty = member(jwk, 'kty');
  const members =
    (typeof kty === 'string' ? THUMBPRINT_MEMBERS.get(kty) : undefined) ??
    Object.keys(jwk)
      .filter((k) => !PRIVATE_MEMBERS.includes(k))
      .sort();
  const canonical = `{${members.map((m) => `${JSON.stringify(m)}:${JSON.stringify(member(jwk, m) ?? null)}`).join(',')}}`;
  return createHash('sha256').update(canonical).digest('base64url');
}
