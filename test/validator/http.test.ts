import type { IncomingMessage, ServerResponse } from 'node:http';
import * as net from 'node:net';

import {
  expressMiddleware,
  extractBearerToken,
  fastifyOnRequest,
  FastifyReplyLike,
  Principal,
  requireRole,
  requireScopes,
  sendAuthError,
  TokenValidationError,
  TokenValidator,
} from '../../lib/validator';
import { appClaims, clock, jsonResponse, profile, token, userClaims, validatorFor } from './helpers/fixtures';
import { startServer, TestServer } from './helpers/http-server';
import { rsaKey } from './helpers/keys';

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends raw request bytes (to control duplicate headers) and parses the response. */
function rawRequest(port: number, head: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(`${head}Host: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.setEncoding('utf8').on('data', (d: string) => (data += d));
    socket.on('error', reject);
    socket.on('end', () => {
      const [headText, ...rest] = data.split('\r\n\r\n');
      const [statusLine, ...lines] = headText!.split('\r\n');
      const headers: Record<string, string> = {};
      for (const l of lines) {
        const i = l.indexOf(':');
        headers[l.slice(0, i).toLowerCase()] = l.slice(i + 1).trim();
      }
      resolve({ status: Number(statusLine!.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

describe('node:http authenticate(req) (RFC 6750)', () => {
  let server: TestServer;
  let port: number;
  const { validator } = validatorFor([rsaKey()], { realm: 'orders-api' });

  beforeAll(async () => {
    server = await startServer((req, res) => {
      validator.authenticate(req).then(
        (principal) => {
          try {
            if (req.url?.startsWith('/admin')) requireRole(principal, ['Server Admin']);
            res.setHeader('content-type', 'application/json');
            res.end(JSON.stringify({ user: principal.username }));
          } catch (err) {
            sendAuthError(res, err as TokenValidationError, 'orders-api');
          }
        },
        (err: TokenValidationError) => sendAuthError(res, err, 'orders-api'),
      );
    });
    port = Number(new URL(server.url).port);
  });
  afterAll(() => server.close());

  const get = (path: string, headers: string[] = []): Promise<RawResponse> =>
    rawRequest(port, `GET ${path} HTTP/1.1\r\n${headers.map((h) => `${h}\r\n`).join('')}`);

  test('accepts a valid bearer token', async () => {
    const res = await get('/orders', [`Authorization: Bearer ${token()}`]);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ user: 'orders-client' });
  });

  test('accepts the scheme in any case and extra spaces', async () => {
    expect((await get('/orders', [`Authorization: bearer   ${token()}`])).status).toBe(200);
  });

  test('fails with 401 and a challenge without error when there are no credentials', async () => {
    const res = await get('/orders');
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="orders-api"');
  });

  test('fails with 401 without error for another scheme (Basic)', async () => {
    const res = await get('/orders', ['Authorization: Basic dXNlcjpwdw==']);
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="orders-api"');
  });

  test.each([
    ['Bearer without a token', ['Authorization: Bearer']],
    ['Bearer with two tokens', [`Authorization: Bearer ${token()} ${token()}`]],
    ['Bearer with a comma', ['Authorization: Bearer a,b']],
    ['two Authorization headers', [`Authorization: Bearer ${token()}`, `Authorization: Bearer ${token()}`]],
  ])('fails with 400 invalid_request for %s', async (_what, headers) => {
    const res = await get('/orders', headers);
    expect(res.status).toBe(400);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer realm="orders-api", error="invalid_request"/);
  });

  test('fails with 400 when a token is in both the header and the query', async () => {
    const res = await get(`/orders?access_token=${token()}`, [`Authorization: Bearer ${token()}`]);
    expect(res.status).toBe(400);
  });

  test('ignores a query token by default (401 without error)', async () => {
    const res = await get(`/orders?access_token=${token()}`);
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="orders-api"');
  });

  test('fails with 401 invalid_token for a bad token, without echoing it', async () => {
    const bad = token(appClaims({ aud: 'api://other' }), { kid: 'KID-VALUE' });
    const res = await get('/orders', [`Authorization: Bearer ${bad}`]);
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe(
      'Bearer realm="orders-api", error="invalid_token", error_description="Token audience not accepted"',
    );
    expect(JSON.parse(res.body)).toEqual({
      error: 'invalid_token',
      code: 'audience_mismatch',
      error_description: 'Token audience not accepted',
    });
    for (const part of bad.split('.')) expect(JSON.stringify(res)).not.toContain(part);
    expect(JSON.stringify(res)).not.toContain('KID-VALUE');
  });

  test('fails with 403 insufficient_scope when the role is missing', async () => {
    const res = await get('/admin', [`Authorization: Bearer ${token(userClaims())}`]);
    expect(res.status).toBe(403);
    expect(res.headers['www-authenticate']).toMatch(/error="insufficient_scope"/);
    expect((await get('/admin', [`Authorization: Bearer ${token()}`])).status).toBe(200);
  });

  test('fails with 503 and Retry-After when the keys are unavailable', async () => {
    const down = new TokenValidator([profile()], { clock, fetch: async () => jsonResponse('oops', { status: 502 }) });
    const s = await startServer((req, res) => down.authenticate(req).catch((err: TokenValidationError) => sendAuthError(res, err)));
    try {
      const res = await rawRequest(Number(new URL(s.url).port), `GET / HTTP/1.1\r\nAuthorization: Bearer ${token()}\r\n`);
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
      expect(res.headers['www-authenticate']).toBeUndefined();
    } finally {
      await s.close();
    }
  });
});

describe('authenticate reports request-level rejections as events', () => {
  test('a missing token is a rejected event with code missing_token', async () => {
    const { validator, events } = validatorFor();
    await expect(validator.authenticate({ headers: {} })).rejects.toMatchObject({ code: 'missing_token', status: 401 });
    expect(events).toEqual([{ type: 'rejected', code: 'missing_token' }]);
  });
});

describe('extractBearerToken without headersDistinct', () => {
  test('sees two Authorization headers through rawHeaders', () => {
    const req = { headers: { authorization: 'Bearer a' }, rawHeaders: ['Authorization', 'Bearer a', 'authorization', 'Bearer b'] };
    expect(() => extractBearerToken(req)).toThrow(expect.objectContaining({ code: 'invalid_request' }));
  });

  test('takes a query token only when allowed', () => {
    const req = { headers: {}, url: '/x?access_token=abc.def.ghi' };
    expect(() => extractBearerToken(req)).toThrow(expect.objectContaining({ code: 'missing_token' }));
    expect(extractBearerToken(req, { allowQueryToken: true })).toBe('abc.def.ghi');
    expect(() => extractBearerToken({ headers: {}, url: '/x?access_token=a&access_token=b' }, { allowQueryToken: true })).toThrow(
      expect.objectContaining({ code: 'invalid_request' }),
    );
  });
});

describe('requireRole and requireScopes', () => {
  const { validator } = validatorFor();
  test('compare exactly', async () => {
    const p = await validator.validate(token());
    expect(requireRole(p, 'Server Admin')).toBe(p);
    expect(() => requireRole(p, 'server admin')).toThrow(expect.objectContaining({ code: 'insufficient_scope', status: 403 }));
    expect(requireScopes(p, ['orders:read'])).toBe(p);
    expect(() => requireScopes(p, ['orders:read', 'orders:write'])).toThrow(expect.objectContaining({ code: 'insufficient_scope' }));
  });
});

/** A fake response recording what the adapters write. */
function fakeResponse(): ServerResponse & { written: { status: number; headers: Record<string, string>; body?: string } } {
  const written = { status: 0, headers: {} as Record<string, string>, body: undefined as string | undefined };
  const res = {
    written,
    set statusCode(s: number) {
      written.status = s;
    },
    get statusCode() {
      return written.status;
    },
    setHeader(name: string, value: string) {
      written.headers[name.toLowerCase()] = value;
      return res;
    },
    end(body?: string) {
      written.body = body;
      return res;
    },
  };
  return res as unknown as ServerResponse & { written: typeof written };
}

const request = (authorization?: string): IncomingMessage =>
  ({
    headers: authorization ? { authorization } : {},
    headersDistinct: authorization ? { authorization: [authorization] } : {},
    url: '/orders',
  }) as unknown as IncomingMessage;

describe('Express middleware', () => {
  const { validator } = validatorFor();

  test('sets req.principal and calls next() for a valid token', async () => {
    const mw = expressMiddleware(validator, { roles: ['Server Admin'] });
    const req = request(`Bearer ${token()}`) as IncomingMessage & { principal?: Principal };
    const next = jest.fn();
    await new Promise<void>((resolve) => mw(req, fakeResponse(), (...a: unknown[]) => (next(...a), resolve())));
    expect(next).toHaveBeenCalledWith();
    expect(req.principal).toMatchObject({ username: 'orders-client' });
  });

  test('answers 401 with the challenge and does not call next() for a bad token', async () => {
    const mw = expressMiddleware(validator, { realm: 'r' });
    const res = fakeResponse();
    const next = jest.fn();
    mw(request('Bearer x.y.z'), res, next);
    await new Promise((r) => setTimeout(r, 10));
    expect(next).not.toHaveBeenCalled();
    expect(res.written.status).toBe(401);
    expect(res.written.headers['www-authenticate']).toBe('Bearer realm="r", error="invalid_token", error_description="Malformed token"');
  });

  test('answers 403 when the role is missing', async () => {
    const mw = expressMiddleware(validator, { roles: ['Auditor'] });
    const res = fakeResponse();
    mw(request(`Bearer ${token()}`), res, jest.fn());
    await new Promise((r) => setTimeout(r, 10));
    expect(res.written.status).toBe(403);
  });

  test('passes unexpected errors to next(err)', async () => {
    const boom = new Error('boom');
    const mw = expressMiddleware({ authenticate: () => Promise.reject(boom) });
    const next = jest.fn();
    mw(request('Bearer a.b.c'), fakeResponse(), next);
    await new Promise((r) => setTimeout(r, 10));
    expect(next).toHaveBeenCalledWith(boom);
  });
});

describe('Fastify onRequest hook', () => {
  const { validator } = validatorFor();

  function fakeReply(): FastifyReplyLike & { sent: { status: number; headers: Record<string, string>; body?: string } } {
    const sent = { status: 200, headers: {} as Record<string, string>, body: undefined as string | undefined };
    const reply = {
      sent,
      code(s: number) {
        sent.status = s;
        return reply;
      },
      header(n: string, v: string) {
        sent.headers[n.toLowerCase()] = v;
        return reply;
      },
      send(b?: string) {
        sent.body = b;
        return reply;
      },
    };
    return reply;
  }

  test('sets request.principal for a valid token', async () => {
    const hook = fastifyOnRequest(validator);
    const raw = request(`Bearer ${token(userClaims())}`);
    const req = { raw, headers: raw.headers, url: raw.url } as {
      raw: IncomingMessage;
      headers: IncomingMessage['headers'];
      url?: string;
      principal?: Principal;
    };
    const reply = fakeReply();
    expect(await hook(req, reply)).toBeUndefined();
    expect(req.principal).toMatchObject({ kind: 'user', username: 'Alice@Example.test' });
  });

  test('replies 401 and returns the reply for a missing token', async () => {
    const hook = fastifyOnRequest(validator, { realm: 'f' });
    const raw = request();
    const reply = fakeReply();
    expect(await hook({ raw, headers: raw.headers }, reply)).toBe(reply);
    expect(reply.sent).toMatchObject({ status: 401, headers: { 'www-authenticate': 'Bearer realm="f"' } });
  });
});
