/**
 * The JWS algorithms the validator verifies, and what each needs from a key
 * (RFC 7518 section 3, RFC 8037). Symmetric algorithms and `none` are absent on purpose.
 */
import { ASYMMETRIC_ALGORITHMS } from '../manifest/schema';

/** The verification parameters of one algorithm. */
export interface AlgorithmSpec {
  /** JWK `kty` the key must have. */
  readonly kty: 'RSA' | 'EC' | 'OKP';
  /** JWK `crv` the key must have (EC and OKP). */
  readonly crv?: 'P-256' | 'P-384' | 'P-521' | 'Ed25519';
  /** node:crypto digest, `null` for EdDSA. */
  readonly hash: 'sha256' | 'sha384' | 'sha512' | null;
  /** RSA-PSS salt length (bytes); absent for PKCS#1 v1.5. */
  readonly pssSaltLength?: number;
  /** Exact signature length in bytes, when fixed by the algorithm (ECDSA r||s, Ed25519). */
  readonly signatureBytes?: number;
}

/** Every supported algorithm; the keys equal {@link ASYMMETRIC_ALGORITHMS}. */
export const ALGORITHMS: Readonly<Record<(typeof ASYMMETRIC_ALGORITHMS)[number], AlgorithmSpec>> = {
  RS256: { kty: 'RSA', hash: 'sha256' },
  RS384: { kty: 'RSA', hash: 'sha384' },
  RS512: { kty: 'RSA', hash: 'sha512' },
  PS256: { kty: 'RSA', hash: 'sha256', pssSaltLength: 32 },
  PS384: { kty: 'RSA', hash: 'sha384', pssSaltLength: 48 },
  PS512: { kty: 'RSA', hash: 'sha512', pssSaltLength: 64 },
  ES256: { kty: 'EC', crv: 'P-256', hash: 'sha256', signatureBytes: 64 },
  ES384: { kty: 'EC', crv: 'P-384', hash: 'sha384', signatureBytes: 96 },
  ES512: { kty: 'EC', crv: 'P-521', hash: 'sha512', signatureBytes: 132 },
  EdDSA: { kty: 'OKP', crv: 'Ed25519', hash: null, signatureBytes: 64 },
  Ed25519: { kty: 'OKP', crv: 'Ed25519', hash: null, signatureBytes: 64 },
};

/** The default allow-list: every asymmetric algorithm. */
export const DEFAULT_ALGORITHMS: readonly string[] = ASYMMETRIC_ALGORITHMS;

/** The spec of `alg`, or undefined for anything unsupported (including `none` and HS*). */
export function algorithmSpec(alg: unknown): AlgorithmSpec | undefined {
  return typeof alg === 'string' && Object.prototype.hasOwnProperty.call(ALGORITHMS, alg)
    ? ALGORITHMS[alg as keyof typeof ALGORITHMS]
    : undefined;
}
