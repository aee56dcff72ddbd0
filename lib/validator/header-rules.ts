/**
 * Protected-header rules, checked before the payload is decoded: `alg` is a supported
 * asymmetric algorithm, `kid` a non-empty string when present, no `crit`, no JWE or nested JWT,
 * and `typ` (when present) an access-token type. `jwk`, `jku`, `x5u` and `x5c` are never key
 * sources: they are not read at all.
 */
import { AlgorithmSpec, algorithmSpec } from './algorithms';
import { decodeJsonSegment } from './compact';
import { TokenValidationError } from './errors';

/** Accepted `typ` values, lower-cased, without the optional `application/` prefix (RFC 7515 4.1.9). */
export const ACCESS_TOKEN_TYPES: readonly string[] = ['at+jwt', 'jwt'];

/** What the header rules let through. */
export interface CheckedHeader {
  readonly alg: string;
  readonly spec: AlgorithmSpec;
  readonly kid?: string;
  /** `typ` lower-cased without `application/` (`at+jwt` or `jwt`), when present. */
  readonly typ?: string;
}

function normalizeTyp(typ: string): string {
  const lower = typ.toLowerCase();
  return lower.startsWith('application/') ? lower.slice('application/'.length) : lower;
}

/** Applies the header rules; throws {@link TokenValidationError}. */
export function checkHeader(header: Record<string, unknown>): CheckedHeader {
  const { alg, kid, typ, cty } = header;
  const spec = algorithmSpec(alg);
  if (!spec) throw new TokenValidationError('algorithm_not_allowed', 'Token algorithm is missing, symmetric, none or unsupported');
  if (kid !== undefined && (typeof kid !== 'string' || kid.length === 0))
    throw new TokenValidationError('malformed_token', 'Malformed token: kid must be a non-empty string');
  if (header.crit !== undefined)
    throw new TokenValidationError('unsupported_token', 'Tokens with critical header extensions (crit) are not accepted');
  if (header.enc !== undefined || header.zip !== undefined)
    throw new TokenValidationError('unsupported_token', 'Encrypted tokens (JWE) are not accepted');
  if (typeof cty === 'string' && normalizeTyp(cty) === 'jwt')
    throw new TokenValidationError('unsupported_token', 'Nested tokens are not accepted');
  const normalized = typeof typ === 'string' ? normalizeTyp(typ) : undefined;
  if (typ !== undefined && (normalized === undefined || !ACCESS_TOKEN_TYPES.includes(normalized))) {
    throw new TokenValidationError('unsupported_token', 'Token typ is not an access-token type (at+jwt, application/at+jwt, JWT)');
  }
  return {
    alg: alg as string,
    spec,
    ...(kid !== undefined ? { kid: kid as string } : {}),
    ...(normalized !== undefined ? { typ: normalized } : {}),
  };
}

/**
 * Checked headers by their exact base64url segment: tokens of one issuer key share a header,
 * so most tokens skip its decoding. Only accepted headers are kept; bounded.
 */
export class HeaderCache {
  private readonly map = new Map<string, CheckedHeader>();
  private lastSegment = '';
  private last: CheckedHeader | undefined;

  constructor(private readonly capacity = 64) {}

  /** The checked header of `token[0, dot1)`, decoding and checking it on first sight. */
  public check(token: string, dot1: number): CheckedHeader {
    // the header seen last is compared without hashing (string equality; `startsWith` measured 3-4x slower here)
    const segment = token.slice(0, dot1);
    if (this.last !== undefined && segment === this.lastSegment) return this.last;
    let checked = this.map.get(segment);
    if (checked === undefined) {
      checked = checkHeader(decodeJsonSegment(segment, 'header'));
      if (this.map.size >= this.capacity) this.map.clear();
      this.map.set(segment, checked);
    }
    this.lastSegment = segment;
    this.last = checked;
    return checked;
  }
}
