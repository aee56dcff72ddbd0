/**
 * One bounded JWKS download: a timeout over the whole exchange, no redirects, a JSON media
 * type, and a response size cap enforced by counting streamed bytes (a `Content-Length` over
 * the cap is refused before reading).
 */
import { ExternalOAuthError } from '../util/error';

/** Why a JWKS download failed; reported in `jwks_fetch` events. */
export type JwksFetchFailure =
  'timeout' | 'network' | 'redirect' | 'http_status' | 'content_type' | 'too_large' | 'invalid_json' | 'invalid_jwks' | 'no_usable_keys';

/** A failed JWKS download. */
export class JwksFetchError extends ExternalOAuthError {
  declare public readonly code: 'EO_JWKS_FETCH_FAILED';

  constructor(
    public readonly reason: JwksFetchFailure,
    message: string,
  ) {
    super('EO_JWKS_FETCH_FAILED', message);
  }
}

/** The subset of WHATWG `fetch` the validator uses (inject one for tests or proxies). */
export type FetchLike = (
  url: string,
  init: { redirect: 'manual'; signal: AbortSignal; headers: Record<string, string> },
) => Promise<Response>;

/** Limits of one download. */
export interface JwksFetchLimits {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly fetch?: FetchLike;
}

const JSON_MEDIA_TYPE = /^application\/(?:[a-z0-9.+-]+\+)?json$/;

/** True for `application/json`, `application/jwk-set+json` and any `application/*+json`, with parameters. */
export function isJsonMediaType(contentType: string | null): boolean {
  if (!contentType) return false;
  return JSON_MEDIA_TYPE.test(contentType.split(';')[0]!.trim().toLowerCase());
}

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new JwksFetchError('too_large', `JWKS response declares ${declared} bytes, over the ${maxBytes}-byte cap`);
  }
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new JwksFetchError('too_large', `JWKS response exceeds the ${maxBytes}-byte cap`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

function classify(err: unknown, timeoutMs: number): JwksFetchError {
  if (err instanceof JwksFetchError) return err;
  const name = (err as { name?: string } | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError')
    return new JwksFetchError('timeout', `JWKS request timed out after ${timeoutMs} ms`);
  const cause = (err as { cause?: { code?: string } } | undefined)?.cause?.code;
  return new JwksFetchError('network', `JWKS request failed${cause ? ` (${cause})` : ''}`);
}

/** Downloads and parses a JWKS document within `limits`; throws {@link JwksFetchError}. */
export async function fetchJwksDocument(url: string, limits: JwksFetchLimits): Promise<unknown> {
  const doFetch: FetchLike = limits.fetch ?? ((u, init) => fetch(u, init));
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let bytes: Uint8Array;
  try {
    const res = await doFetch(url, { redirect: 'manual', signal, headers: { accept: 'application/jwk-set+json, application/json' } });
    if ((res.status >= 300 && res.status < 400) || res.type === 'opaqueredirect') {
      await res.body?.cancel().catch(() => undefined);
      throw new JwksFetchError('redirect', `JWKS endpoint answered a redirect (${res.status}); redirects are not followed`);
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new JwksFetchError('http_status', `JWKS endpoint answered HTTP ${res.status}`);
    }
    if (!isJsonMediaType(res.headers.get('content-type'))) {
      await res.body?.cancel().catch(() => undefined);
      throw new JwksFetchError('content_type', 'JWKS endpoint did not answer JSON (content-type)');
    }
    bytes = await readCapped(res, limits.maxBytes);
  } catch (err) {
    throw classify(err, limits.timeoutMs);
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new JwksFetchError('invalid_json', 'JWKS response is not valid JSON');
  }
}
