/**
 * A bounded HTTP GET for discovery documents and JWKS: an overall timeout, a response size
 * cap, no redirects followed, https only (http for loopback hosts).
 */
import * as http from 'node:http';
import * as https from 'node:https';

import { isLoopbackHost } from '../../util/values';

/** Limits of one request. */
export interface FetchLimits {
  /** Whole request, connect to last byte. */
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

/** Why a GET failed; `network` and `timeout` mean nothing answered. */
export type FetchFailure = 'insecure' | 'network' | 'timeout' | 'redirect' | 'status' | 'too_large';

/** The outcome of {@link httpGet}. */
export type FetchOutcome =
  | { readonly ok: true; readonly status: number; readonly body: string }
  | { readonly ok: false; readonly failure: FetchFailure; readonly message: string; readonly status?: number };

/** GETs `url` within `limits`; never throws. */
export function httpGet(url: string, limits: FetchLimits, userAgent = 'external-oauth-drift'): Promise<FetchOutcome> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve({ ok: false, failure: 'insecure', message: `not a URL: ${url}` });
  }
  const secure = target.protocol === 'https:';
  if (!secure && !(target.protocol === 'http:' && isLoopbackHost(target.hostname))) {
    return Promise.resolve({
      ok: false,
      failure: 'insecure',
      message: `refused ${target.protocol} URL (https only; http for loopback hosts): ${url}`,
    });
  }
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: FetchOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(outcome);
    };
    const headers = { accept: 'application/json', 'user-agent': userAgent, connection: 'close' };
    const req = (secure ? https : http).get(target, { headers, agent: false }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        return finish({
          ok: false,
          failure: 'redirect',
          status,
          message: `HTTP ${status} redirect to ${res.headers.location ?? '(no location)'} not followed`,
        });
      }
      if (status < 200 || status >= 300) return finish({ ok: false, failure: 'status', status, message: `HTTP ${status}` });
      const declared = Number(res.headers['content-length'] ?? '0');
      if (declared > limits.maxBytes)
        return finish({ ok: false, failure: 'too_large', status, message: `response of ${declared} bytes exceeds ${limits.maxBytes}` });
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxBytes)
          finish({ ok: false, failure: 'too_large', status, message: `response exceeds ${limits.maxBytes} bytes` });
        else chunks.push(chunk);
      });
      res.on('end', () => finish({ ok: true, status, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (err) => finish({ ok: false, failure: 'network', message: err.message }));
    });
    req.on('error', (err: NodeJS.ErrnoException) =>
      finish({ ok: false, failure: 'network', message: err.code ? `${err.code} ${err.message}` : err.message }),
    );
    const timer = setTimeout(
      () => finish({ ok: false, failure: 'timeout', message: `no complete answer within ${limits.timeoutMs} ms` }),
      limits.timeoutMs,
    );
  });
}

/** Parses a JSON object body; undefined when the body is not one. */
export function jsonObject(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
