import type { ServerResponse } from 'node:http';

import { TokenValidationError, TokenValidator, ValidatorEvent } from '../../lib/validator';
import { clock, profile, token } from './helpers/fixtures';
import { startServer, TestServer } from './helpers/http-server';
import { rsaKey } from './helpers/keys';

const TIMEOUT_MS = 400;
const jwks = (): string => JSON.stringify({ keys: [rsaKey().jwk] });

describe('hostile or broken JWKS endpoints fail cleanly within the timeout', () => {
  let server: TestServer;
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, f: () => void): void => {
    const t = setTimeout(() => {
      timers.delete(t);
      f();
    }, ms);
    timers.add(t);
  };
  const routes: Record<string, (res: ServerResponse) => void> = {
    '/ok': (res) => {
      res.setHeader('content-type', 'application/jwk-set+json; charset=utf-8');
      res.end(jwks());
    },
    '/slow-headers': (res) => later(5_000, () => res.end(jwks())),
    '/slow-body': (res) => {
      res.setHeader('content-type', 'application/json');
      res.write('{"keys":[');
      const drip = (): void => {
        if (res.destroyed) return;
        res.write(' ');
        later(50, drip);
      };
      drip();
    },
    '/huge-chunked': (res) => {
      res.setHeader('content-type', 'application/json');
      const chunk = `{"keys":[${`${JSON.stringify(rsaKey().jwk)},`.repeat(200)}`;
      for (let i = 0; i < 20 && !res.destroyed; i++) res.write(chunk);
      res.end(`${JSON.stringify(rsaKey().jwk)}]}`);
    },
    '/huge-declared': (res) => {
      res.setHeader('content-type', 'application/json');
      res.setHeader('content-length', String(8 * 1024 * 1024));
      res.write('{"keys":[');
    },
    '/html': (res) => {
      res.setHeader('content-type', 'text/html');
      res.end(`<html>${jwks()}</html>`);
    },
    '/json-as-text': (res) => {
      res.setHeader('content-type', 'text/plain');
      res.end(jwks());
    },
    '/redirect': (res) => {
      res.statusCode = 302;
      res.setHeader('location', '/ok');
      res.end();
    },
    '/error': (res) => {
      res.statusCode = 500;
      res.setHeader('content-type', 'application/json');
      res.end('{}');
    },
    '/not-json': (res) => {
      res.setHeader('content-type', 'application/json');
      res.end('{"keys": [');
    },
  };
  const okHits = { count: 0 };

  beforeAll(async () => {
    server = await startServer((req, res) => {
      if (req.url === '/ok') okHits.count++;
      (routes[req.url ?? ''] ?? ((r: ServerResponse) => ((r.statusCode = 404), r.end())))(res);
    });
  });
  afterAll(async () => {
    for (const t of timers) clearTimeout(t);
    await server.close();
  });

  function validatorFor(path: string): { validator: TokenValidator; events: ValidatorEvent[] } {
    const events: ValidatorEvent[] = [];
    const validator = new TokenValidator([profile({ jwksUrl: `${server.url}${path}` })], {
      clock,
      jwksTimeoutMs: TIMEOUT_MS,
      onEvent: (e) => events.push(e),
    });
    return { validator, events };
  }

  test('accepts tokens when the endpoint is healthy (control; jwk-set+json with charset)', async () => {
    const { validator } = validatorFor('/ok');
    await expect(validator.validate(token())).resolves.toMatchObject({ kind: 'system' });
  });

  test.each([
    ['answers headers too slowly', '/slow-headers', 'timeout'],
    ['drips its body forever', '/slow-body', 'timeout'],
    ['streams a body over 256 KiB without Content-Length', '/huge-chunked', 'too_large'],
    ['declares an 8 MiB body', '/huge-declared', 'too_large'],
    ['answers HTML', '/html', 'content_type'],
    ['answers JSON as text/plain', '/json-as-text', 'content_type'],
    ['redirects', '/redirect', 'redirect'],
    ['answers 500', '/error', 'http_status'],
    ['answers truncated JSON', '/not-json', 'invalid_json'],
  ])('fails when the JWKS endpoint %s', async (_what, path, reason) => {
    // GIVEN a cold validator whose JWKS URL misbehaves
    const { validator, events } = validatorFor(path);
    const started = Date.now();
    // WHEN a token arrives
    const err = await validator.validate(token()).catch((e: unknown) => e);
    // THEN 503 jwks_unavailable with Retry-After, within the timeout, with the reason in the event
    expect(err).toBeInstanceOf(TokenValidationError);
    expect(err).toMatchObject({ code: 'jwks_unavailable', status: 503 });
    expect((err as TokenValidationError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 1000);
    expect(events).toContainEqual(expect.objectContaining({ type: 'jwks_fetch', ok: false, reason }));
  });

  test('never follows a redirect to the real keys', async () => {
    const before = okHits.count;
    const { validator } = validatorFor('/redirect');
    await validator.validate(token()).catch(() => undefined);
    expect(okHits.count).toBe(before);
  });

  test('fails with jwks_unavailable when nothing listens on the JWKS port', async () => {
    const closed = await startServer(() => undefined);
    const url = closed.url;
    await closed.close();
    const v = new TokenValidator([profile({ jwksUrl: `${url}/keys` })], { clock, jwksTimeoutMs: TIMEOUT_MS });
    await expect(v.validate(token())).rejects.toMatchObject({ code: 'jwks_unavailable' });
  });

  test('the default timeout is 5 s and the default size cap 256 KiB', () => {
    const v = new TokenValidator([profile()]);
    expect(v.options).toMatchObject({ jwksTimeoutMs: 5000, jwksMaxBytes: 256 * 1024 });
  });
});
