/**
 * Strict JWS compact serialization parsing: exactly three canonical base64url segments
 * (no padding, no whitespace, no non-zero trailing bits), UTF-8 JSON objects for header
 * and payload. Anything else is `malformed_token` before any key is looked at.
 *
 * The language accepted is exactly {@link COMPACT_JWS} with canonical segments; the hot path
 * checks it without the regex (a regex scan of a 700-character token costs more than the rest
 * of the parsing): ASCII only, no `+`, `/` or `=`, two dots, and every segment decoding to
 * exactly `floor(3 * length / 4)` bytes — Node's base64url decoder skips any other ASCII
 * character, so one stray character shortens the output. A test pins that decoder behaviour
 * and checks the equivalence with the regex on a mutation corpus.
 */
import { isUtf8 } from 'node:buffer';

import { TokenValidationError } from './errors';

/** The strict compact form (https://www.rfc-editor.org/rfc/rfc7515#section-7.1): three non-empty base64url segments without padding (section 2; `\w` is `[A-Za-z0-9_]`). */
export const COMPACT_JWS = /^[\w-]+\.[\w-]+\.[\w-]+$/;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SEXTET = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) SEXTET[ALPHABET.charCodeAt(i)] = i;

/**
 * True when the length of `s[start, end)` is possible for unpadded base64url (not 1 mod 4) and
 * its last character carries no bits past the last whole byte, so exactly one encoding decodes
 * to each byte string.
 */
export function isCanonicalBase64url(s: string, start = 0, end = s.length): boolean {
  const rem = (end - start) % 4;
  if (rem === 1) return false;
  if (rem === 0) return true;
  const last = SEXTET[s.charCodeAt(end - 1) & 127]!;
  return last >= 0 && (rem === 2 ? (last & 0x0f) === 0 : (last & 0x03) === 0);
}

/** The byte length a canonical unpadded base64url text of `chars` characters decodes to. */
const decodedLength = (chars: number): number => Math.floor((chars * 3) / 4);

/** A compact JWS split at its dots, with its decoded signature. */
export interface CompactToken {
  /** Index of the first `.`. */
  readonly dot1: number;
  /** Index of the second `.`. */
  readonly dot2: number;
  readonly signature: Buffer;
}

const malformed = (what: string): TokenValidationError => new TokenValidationError('malformed_token', `Malformed token: ${what}`);

/** Checks the strict compact form; returns the dot positions and the decoded signature. */
export function splitCompact(token: string): CompactToken {
  const n = token.length;
  const dot1 = token.indexOf('.');
  const dot2 = dot1 < 0 ? -1 : token.indexOf('.', dot1 + 1);
  if (dot1 <= 0 || dot2 <= dot1 + 1 || dot2 >= n - 1 || token.indexOf('.', dot2 + 1) >= 0) {
    throw malformed('not a compact JWS (three base64url segments)');
  }
  if (Buffer.byteLength(token, 'utf8') !== n || token.indexOf('=') >= 0 || token.indexOf('+') >= 0 || token.indexOf('/') >= 0) {
    throw malformed('not base64url');
  }
  if (!isCanonicalBase64url(token, 0, dot1) || !isCanonicalBase64url(token, dot1 + 1, dot2) || !isCanonicalBase64url(token, dot2 + 1)) {
    throw malformed('non-canonical base64url');
  }
  const signature = Buffer.from(token.slice(dot2 + 1), 'base64url');
  if (signature.length !== decodedLength(n - dot2 - 1)) throw malformed('not base64url');
  return { dot1, dot2, signature };
}

let jsonScratch = Buffer.allocUnsafe(8 * 1024);

/** Writes a segment of a token that passed {@link splitCompact} into the reused buffer; -1 when a character outside the base64url alphabet was skipped. */
function writeSegment(segment: string): number {
  if (jsonScratch.length < segment.length) jsonScratch = Buffer.allocUnsafe(segment.length);
  const n = jsonScratch.write(segment, 0, 'base64url');
  return n === decodedLength(segment.length) ? n : -1;
}

/**
 * Decodes a segment of a token that passed {@link splitCompact} into a reused buffer; undefined
 * when a character outside the base64url alphabet was skipped. The view is valid until the
 * next call.
 */
export function decodeSegment(segment: string): Buffer | undefined {
  const n = writeSegment(segment);
  return n < 0 ? undefined : jsonScratch.subarray(0, n);
}

/**
 * Decodes a segment of a token that passed {@link splitCompact}, holding a UTF-8 JSON object.
 * JSON.parse is synchronous, so one scratch buffer serves every call. ASCII (the usual case) is
 * read as latin1 and recognised by its UTF-8 length equalling its length, without a view of the
 * buffer (each view costs more than the check); anything else must be well-formed UTF-8.
 */
export function decodeJsonSegment(segment: string, what: 'header' | 'payload'): Record<string, unknown> {
  const n = writeSegment(segment);
  if (n < 0) throw malformed('not base64url');
  const latin1 = jsonScratch.toString('latin1', 0, n);
  let text: string | undefined = latin1;
  if (Buffer.byteLength(latin1, 'utf8') !== n) {
    const bytes = jsonScratch.subarray(0, n);
    text = isUtf8(bytes) ? bytes.toString('utf8') : undefined;
  }
  let value: unknown;
  if (text !== undefined) {
    try {
      value = JSON.parse(text);
    } catch {
      // reported below
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw malformed(`${what} is not a JSON object`);
  return value as Record<string, unknown>;
}
