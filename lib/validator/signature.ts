/**
 * JWS signature verification with node:crypto on keys imported once per JWK: synchronous on
 * the event loop for a lone token, or in the libuv thread pool (the callback form of
 * `crypto.verify`) while other tokens wait, so that the event loop keeps serving requests.
 * Same verdicts as jose's WebCrypto path (a differential test holds both to it).
 *
 * The synchronous path uses `createVerify` (digest, then verify) for every algorithm with a
 * digest: measured between the validator's own work per token, it takes about 1 µs less per
 * RS256 token than the one-shot `crypto.verify` (README, "Performance"). EdDSA has no separate
 * digest, so only the one-shot form verifies it.
 */
import { createVerify, verify } from 'node:crypto';

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

/** False when the signature length alone rules `key` out for `alg`. */
function lengthFits(spec: AlgorithmSpec, key: VerificationKey, signature: Buffer): boolean {
  if (spec.signatureBytes !== undefined && signature.length !== spec.signatureBytes) return false;
  return spec.kty !== 'RSA' || signature.length === key.modulusBytes;
}

/** True when `signature` is a valid `alg` signature of the ASCII `text[0, end)` by `key`. */
export function verifySignature(
  alg: string,
  spec: AlgorithmSpec,
  key: VerificationKey,
  text: string,
  end: number,
  signature: Buffer,
): boolean {
  if (!lengthFits(spec, key, signature)) return false;
  try {
    const input = verifyInput(key, alg, spec);
    const data = asciiBytes(text, end);
    if (spec.hash === null) return verify(null, data, input, signature);
    return createVerify(spec.hash).update(data).verify(input, signature);
  } catch {
    return false;
  }
}

/**
 * {@link verifySignature} in the libuv thread pool. `data` and `signature` must not be reused
 * until the promise settles. Never rejects.
 */
export function verifySignatureAsync(
  alg: string,
  spec: AlgorithmSpec,
  key: VerificationKey,
  data: Buffer,
  signature: Buffer,
): Promise<boolean> {
  if (!lengthFits(spec, key, signature)) return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      verify(spec.hash, data, verifyInput(key, alg, spec), signature, (err, ok) => resolve(err === null && ok));
    } catch {
      resolve(false);
    }
  });
}
