/**
 * Turns a JWKS document into verification keys. Follows jose's JWKS semantics (`use`,
 * `key_ops`, `ext`, `alg`, `crv`) and ignores every key that is private, for encryption, of an
 * unknown type or curve, an RSA key under 2048 bits, or that does not import. Each key is
 * imported once with node:crypto (`createPublicKey({ format: 'jwk' })`).
 */
import { constants, createPublicKey, KeyObject, VerifyKeyObjectInput } from 'node:crypto';

import { ExternalOAuthError } from '../util/error';
import { jwkSetEntries } from '../util/jwks';
import { AlgorithmSpec, algorithmSpec } from './algorithms';

/** A public key usable for verification. */
export interface VerificationKey {
  readonly kid?: string;
  readonly kty: 'RSA' | 'EC' | 'OKP';
  readonly crv?: string;
  /** The JWK `alg`, when the JWK restricts it. */
  readonly alg?: string;
  /** The JWK `issuer` member (Entra: the issuer, or a `{tenantid}` template, the key signs for). */
  readonly issuer?: string;
  readonly keyObject: KeyObject;
  /** RSA modulus length in bytes. */
  readonly modulusBytes?: number;
  /** Canonical public members, to recognise the same key across refreshes. */
  readonly fingerprint: string;
  /** Set when a refresh no longer publishes the key (or it went stale): cached verdicts drop. */
  retired: boolean;
  /** Per-algorithm node:crypto verify inputs, built on first use. */
  readonly inputs: Map<string, KeyObject | VerifyKeyObjectInput>;
}

/** Why a JWKS document as a whole was refused. */
export class InvalidJwksError extends ExternalOAuthError {
  declare public readonly code: 'EO_INVALID_JWKS';

  constructor(message: string) {
    super('EO_INVALID_JWKS', message);
  }
}

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k', 'priv'];
const CURVES: Record<string, readonly string[]> = { EC: ['P-256', 'P-384', 'P-521'], OKP: ['Ed25519'] };
const MIN_RSA_BITS = 2048;

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function publicMembers(jwk: Record<string, unknown>): Record<string, unknown> | undefined {
  const s = (k: string): boolean => typeof jwk[k] === 'string' && (jwk[k] as string).length > 0;
  if (jwk.kty === 'RSA') return s('n') && s('e') ? { kty: 'RSA', n: jwk.n, e: jwk.e } : undefined;
  if (jwk.kty === 'EC') return s('crv') && s('x') && s('y') ? { kty: 'EC', crv: jwk.crv, x: jwk.x, y: jwk.y } : undefined;
  if (jwk.kty === 'OKP') return s('crv') && s('x') ? { kty: 'OKP', crv: jwk.crv, x: jwk.x } : undefined;
  return undefined;
}

function usableMetadata(jwk: Record<string, unknown>): boolean {
  const { use, key_ops: ops, ext, kid, alg } = jwk;
  if (use !== undefined && use !== 'sig') return false;
  if (ops !== undefined) {
    if (!Array.isArray(ops) || ops.some((o) => typeof o !== 'string') || new Set(ops).size !== ops.length || !ops.includes('verify'))
      return false;
  }
  if (ext !== undefined && typeof ext !== 'boolean') return false;
  if (kid !== undefined && typeof kid !== 'string') return false;
  if (alg !== undefined && algorithmSpec(alg)?.kty !== jwk.kty) return false;
  return !PRIVATE_MEMBERS.some((m) => jwk[m] !== undefined);
}

/** One JWK as a verification key, or undefined when it must be ignored. */
export function importJwk(jwk: unknown): VerificationKey | undefined {
  if (!isPlainObject(jwk) || !usableMetadata(jwk)) return undefined;
  const members = publicMembers(jwk);
  if (!members) return undefined;
  const kty = members.kty as VerificationKey['kty'];
  if (kty !== 'RSA' && !CURVES[kty]!.includes(members.crv as string)) return undefined;
  let keyObject: KeyObject;
  try {
    keyObject = createPublicKey({ key: members as never, format: 'jwk' });
  } catch {
    return undefined;
  }
  let modulusBytes: number | undefined;
  if (kty === 'RSA') {
    const bits = keyObject.asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < MIN_RSA_BITS) return undefined;
    modulusBytes = Math.ceil(bits / 8);
  }
  return {
    ...(typeof jwk.kid === 'string' ? { kid: jwk.kid } : {}),
    kty,
    ...(members.crv !== undefined ? { crv: members.crv as string } : {}),
    ...(typeof jwk.alg === 'string' ? { alg: jwk.alg } : {}),
    ...(typeof jwk.issuer === 'string' ? { issuer: jwk.issuer } : {}),
    keyObject,
    ...(modulusBytes !== undefined ? { modulusBytes } : {}),
    fingerprint: JSON.stringify([members, jwk.kid, jwk.alg, jwk.issuer]),
    retired: false,
    inputs: new Map(),
  };
}

/** The usable keys of a JWKS document; throws {@link InvalidJwksError} when it is not a JWK Set. */
export function importJwks(doc: unknown): { keys: VerificationKey[]; ignored: number } {
  const entries = jwkSetEntries(doc);
  if (!entries) throw new InvalidJwksError('not a JWK Set (an object with a "keys" array)');
  const keys: VerificationKey[] = [];
  for (const jwk of entries) {
    const key = importJwk(jwk);
    if (key) keys.push(key);
  }
  return { keys, ignored: entries.length - keys.length };
}

/** True when `key` may verify `alg` (type, curve and the JWK's own `alg`). */
export function keyFits(key: VerificationKey, alg: string, spec: AlgorithmSpec): boolean {
  return key.kty === spec.kty && (spec.crv === undefined || key.crv === spec.crv) && (key.alg === undefined || key.alg === alg);
}

/** The `{tenantid}` placeholder of Entra's multi-tenant key issuers. */
const TENANT_TEMPLATE = /\{tenantid\}/g;

/**
 * Entra: whether `key` may sign for the tenant `tenant` whose accepted issuers are `issuers`.
 * A key without an `issuer` member is not scoped; one with it must name, after `{tenantid}` is
 * replaced by the tenant id, one of `issuers` (as Microsoft.IdentityModel's signing-key issuer
 * validation does).
 * @see https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens
 */
export function keyIssuerAllows(key: VerificationKey, tenant: string, issuers: readonly string[]): boolean {
  if (key.issuer === undefined) return true;
  return issuers.includes(key.issuer.replace(TENANT_TEMPLATE, tenant));
}

/** The node:crypto verify input of `key` for `alg`, cached on the key. */
export function verifyInput(key: VerificationKey, alg: string, spec: AlgorithmSpec): KeyObject | VerifyKeyObjectInput {
  let input = key.inputs.get(alg);
  if (!input) {
    if (spec.pssSaltLength !== undefined) {
      input = { key: key.keyObject, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: spec.pssSaltLength };
    } else if (spec.kty === 'EC') {
      input = { key: key.keyObject, dsaEncoding: 'ieee-p1363' };
    } else {
      input = key.keyObject;
    }
    key.inputs.set(alg, input);
  }
  return input;
}
