/**
 * JWT decoding and signature verification with keys fetched from a JWKS URL, for the
 * warehouse evaluators (the API profiles use the bundled validator itself). Keys are fetched
 * over HTTP from the local providers only: a URL that is not on 127.0.0.1 is never fetched.
 */
import { constants, createPublicKey, KeyObject, verify } from 'node:crypto';

import { jwkSetKeys } from '../util/jwks';
import { isLocalUrl } from './loopback';

/** A decoded token (not verified). */
export interface DecodedJwt {
  readonly header: Record<string, unknown>;
  readonly payload: Record<string, unknown>;
  readonly signingInput: string;
  readonly signature: Buffer;
}

/** Decodes a compact JWS; undefined when it is not one. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as unknown;
    const payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as unknown;
    if (typeof header !== 'object' || header === null || typeof payload !== 'object' || payload === null) return undefined;
    return {
      header: header as Record<string, unknown>,
      payload: payload as Record<string, unknown>,
      signingInput: `${parts[0]}.${parts[1]}`,
      signature: Buffer.from(parts[2]!, 'base64url'),
    };
  } catch {
    return undefined;
  }
}

interface Jwk {
  readonly kid?: string;
  readonly kty?: string;
  readonly use?: string;
  readonly [k: string]: unknown;
}

/** Keys of a JWKS URL, or why there are none. */
export type JwksResult = { readonly ok: true; readonly keys: Jwk[] } | { readonly ok: false; readonly reason: string };

/** Fetches JWKS (and discovery documents) once per URL per run. */
export class KeyFetcher {
  private readonly jwks = new Map<string, Promise<JwksResult>>();
  private readonly discovery = new Map<string, Promise<{ ok: true; doc: Record<string, unknown> } | { ok: false; reason: string }>>();

  constructor(
    /** Declared form of a URL, for messages. */
    public readonly display: (url: string) => string,
    private readonly timeoutMs = 5000,
  ) {}

  private async getJson(url: string): Promise<{ ok: true; body: unknown } | { ok: false; reason: string }> {
    if (!isLocalUrl(url)) return { ok: false, reason: `${this.display(url)} is on a host no simulated issuer declares (not fetched)` };
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs), redirect: 'manual' });
      if (res.status !== 200) {
        await res.arrayBuffer();
        return { ok: false, reason: `${this.display(url)} answered HTTP ${res.status}` };
      }
      return { ok: true, body: (await res.json()) as unknown };
    } catch (err) {
      return { ok: false, reason: `${this.display(url)} could not be fetched (${(err as Error).message})` };
    }
  }

  /** The keys published at `url`. */
  public keys(url: string): Promise<JwksResult> {
    let p = this.jwks.get(url);
    if (!p) {
      p = this.getJson(url).then((r): JwksResult => {
        if (!r.ok) return r;
        const keys = jwkSetKeys(r.body);
        return keys ? { ok: true, keys } : { ok: false, reason: `${this.display(url)} is not a JWKS` };
      });
      this.jwks.set(url, p);
    }
    return p;
  }

  /** The OpenID discovery document at `<issuer>/.well-known/openid-configuration`. */
  public discover(issuer: string): Promise<{ ok: true; doc: Record<string, unknown> } | { ok: false; reason: string }> {
    const url = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    let p = this.discovery.get(url);
    if (!p) {
      p = this.getJson(url).then((r) => (r.ok ? { ok: true as const, doc: r.body as Record<string, unknown> } : r));
      this.discovery.set(url, p);
    }
    return p;
  }
}

const HASHES: Record<string, string> = { '256': 'sha256', '384': 'sha384', '512': 'sha512' };

function verifyWith(alg: string, key: KeyObject, jwt: DecodedJwt): boolean {
  const family = alg.slice(0, 2);
  const hash = HASHES[alg.slice(2)];
  const data = Buffer.from(jwt.signingInput);
  try {
    if (family === 'RS' && hash) return verify(hash, data, key, jwt.signature);
    if (family === 'PS' && hash)
      return verify(
        hash,
        data,
        { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST },
        jwt.signature,
      );
    if (family === 'ES' && hash) return verify(hash, data, { key, dsaEncoding: 'ieee-p1363' }, jwt.signature);
    if (alg === 'EdDSA' || alg === 'Ed25519') return verify(null, data, key, jwt.signature);
  } catch {
    return false;
  }
  return false;
}

/** Verifies the signature with the keys of `urls` (any of them); resolves undefined when it verifies, else why not. */
export async function verifySignature(jwt: DecodedJwt, urls: readonly string[], fetcher: KeyFetcher): Promise<string | undefined> {
  const alg = jwt.header.alg;
  if (typeof alg !== 'string' || alg === 'none' || alg.startsWith('HS')) return `algorithm ${String(alg)} is not accepted`;
  const kid = jwt.header.kid;
  const failures: string[] = [];
  for (const url of urls) {
    const r = await fetcher.keys(url);
    if (!r.ok) {
      failures.push(r.reason);
      continue;
    }
    const candidates = r.keys.filter((k) => (kid === undefined || k.kid === kid) && (k.use === undefined || k.use === 'sig'));
    for (const k of candidates) {
      let key: KeyObject;
      try {
        key = createPublicKey({ key: k as import('node:crypto').JsonWebKey, format: 'jwk' });
      } catch {
        continue;
      }
      if (verifyWith(alg, key, jwt)) return undefined;
    }
    failures.push(`no key of ${fetcher.display(url)} verifies the signature${kid ? ' (kid not published there)' : ''}`);
  }
  if (urls.length === 0) return 'no JWKS URL is configured';
  return failures.join('; ');
}
