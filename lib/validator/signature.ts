/**
 * Synchronous JWS signature verification with node:crypto on keys imported once per JWK.
 * Same verdicts as jose's WebCrypto path (a differential test holds both to it), without the
 * per-call WebCrypto cost.
 */
import { verify } from 'node:crypto';
import type { AlgorithmSpec } from './algorithms';
import { VerificationKey, verifyInput } from './keys';

let scratch = Buffer.allocUnsafe(16 * 1024);

/**
 * The bytes of the ASCII `text[0, end)` in a reused buffer: `crypto.verify` is synchronous,
 * so one buffer serves every call and no per-token copy is allocated.
 */
function asciiBytes(text: string, end: number): Buffer {
  if (scratch.length < end) scratch = Buffer.allocUnsafe(end);
  const written = scratch.write(text, 0, end, 'latin1');
  return scratch.subarray(0, written);
}

/** True when `signature` is a valid `alg` signature of the ASCII `text[0, end)` by `key`. */
export function verifySignature(alg: string, spec: AlgorithmSpec, key: VerificationKey, text: string, end: number, signature: Buffer): boolean {
  if (spec.signatureBytes !== undefined && signature.length !== spec.signatureBytes) return false;
  if (spec.kty === 'RSA' && signature.length !== key.modulusBytes) return false;
  try {
    return verify(spec.hash, asciiBytes(text, end), verifyInput(key, alg, spec), signature);
  } catch {
    return false;
  }
}
