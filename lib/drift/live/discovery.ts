/**
 * Fetches an issuer's metadata: the OpenID discovery document, falling back to the OAuth 2.0
 * authorization server metadata (RFC 8414) when the server answers but has no OIDC document.
 */
import { type FetchLimits, httpGet, jsonObject } from './http-get';

/** The metadata document that was found, or why none was. */
export type MetadataOutcome =
  | { readonly ok: true; readonly url: string; readonly source: 'openid' | 'oauth'; readonly document: Record<string, unknown> }
  | {
      readonly ok: false;
      /**
       * `unreachable`: nothing answered (DNS, refused, TLS, timeout); `failed`: the server
       * answered with HTTP errors, redirects or oversized bodies; `invalid`: answers were not metadata.
       */
      readonly problem: 'unreachable' | 'failed' | 'invalid';
      readonly attempts: Array<{ readonly url: string; readonly message: string }>;
    };

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/** Candidate metadata URLs for `issuer`, OIDC first, deduplicated. */
export function metadataUrls(issuer: string, declaredDiscoveryUrl?: string): Array<{ url: string; source: 'openid' | 'oauth' }> {
  const base = trimSlash(issuer);
  const candidates: Array<{ url: string; source: 'openid' | 'oauth' }> = [];
  if (declaredDiscoveryUrl)
    candidates.push({
      url: declaredDiscoveryUrl,
      source: declaredDiscoveryUrl.includes('oauth-authorization-server') ? 'oauth' : 'openid',
    });
  candidates.push({ url: `${base}/.well-known/openid-configuration`, source: 'openid' });
  try {
    // RFC 8414 section 3: the well-known segment goes between host and path.
    const u = new URL(issuer);
    const path = trimSlash(u.pathname);
    candidates.push({ url: `${u.origin}/.well-known/oauth-authorization-server${path}`, source: 'oauth' });
  } catch {
    // not a URL: the caller reports it when fetching
  }
  // Okta (and others) serve it appended to the issuer.
  candidates.push({ url: `${base}/.well-known/oauth-authorization-server`, source: 'oauth' });
  const seen = new Set<string>();
  return candidates.filter((c) => !seen.has(c.url) && seen.add(c.url));
}

/** Tries each candidate until one answers with a JSON object; stops when nothing answers. */
export async function fetchMetadata(
  issuer: string,
  declaredDiscoveryUrl: string | undefined,
  limits: FetchLimits,
): Promise<MetadataOutcome> {
  const attempts: Array<{ url: string; message: string }> = [];
  for (const { url, source } of metadataUrls(issuer, declaredDiscoveryUrl)) {
    const res = await httpGet(url, limits);
    if (res.ok) {
      const document = jsonObject(res.body);
      if (document) return { ok: true, url, source, document };
      attempts.push({ url, message: 'not a JSON object' });
      continue;
    }
    attempts.push({ url, message: res.message });
    // Nothing answered (down, timeout, refused): other paths on the same host will not either.
    if (res.failure === 'network' || res.failure === 'timeout') return { ok: false, problem: 'unreachable', attempts };
    // A URL this tool refuses to fetch (not https) is the declaration's problem, not the network's.
    if (res.failure === 'insecure') return { ok: false, problem: 'invalid', attempts };
  }
  return { ok: false, problem: attempts.every((a) => /^HTTP|redirect|exceeds/.test(a.message)) ? 'failed' : 'invalid', attempts };
}
