import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

import { metadataUrls } from '../../lib/drift/live/discovery';
import { httpGet } from '../../lib/drift/live/http-get';

describe('httpGet', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/redirect') {
        res.writeHead(302, { location: 'https://elsewhere.example/jwks' });
        res.end();
      } else if (req.url === '/big') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('x'.repeat(64 * 1024));
      } else if (req.url === '/big-declared') {
        res.writeHead(200, { 'content-length': String(10 * 1024 * 1024) });
        res.flushHeaders();
      } else {
        res.end('{"ok":true}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const limits = { timeoutMs: 2000, maxBytes: 1024 };

  test('reads a small JSON body', async () => {
    expect(await httpGet(`${base}/ok`, limits)).toEqual({ ok: true, status: 200, body: '{"ok":true}' });
  });

  test('fails when redirected: redirects are never followed', async () => {
    expect(await httpGet(`${base}/redirect`, limits)).toMatchObject({
      ok: false,
      failure: 'redirect',
      status: 302,
      message: 'HTTP 302 redirect to https://elsewhere.example/jwks not followed',
    });
  });

  test('fails when the body exceeds the size cap (streamed or declared)', async () => {
    expect(await httpGet(`${base}/big`, limits)).toMatchObject({ ok: false, failure: 'too_large' });
    expect(await httpGet(`${base}/big-declared`, limits)).toMatchObject({
      ok: false,
      failure: 'too_large',
      message: `response of ${10 * 1024 * 1024} bytes exceeds 1024`,
    });
  });

  test('fails when the URL is plain http to a host that is not loopback', async () => {
    expect(await httpGet('http://idp.example.com/jwks', limits)).toMatchObject({ ok: false, failure: 'insecure' });
    expect(await httpGet('ftp://127.0.0.1/x', limits)).toMatchObject({ ok: false, failure: 'insecure' });
  });
});

describe('metadataUrls', () => {
  test('tries OpenID discovery first, then RFC 8414 and the appended OAuth metadata path', () => {
    expect(metadataUrls('https://acme.okta.com/oauth2/aus1')).toEqual([
      { url: 'https://acme.okta.com/oauth2/aus1/.well-known/openid-configuration', source: 'openid' },
      { url: 'https://acme.okta.com/.well-known/oauth-authorization-server/oauth2/aus1', source: 'oauth' },
      { url: 'https://acme.okta.com/oauth2/aus1/.well-known/oauth-authorization-server', source: 'oauth' },
    ]);
  });

  test('keeps an Entra v1 issuer trailing slash out of the well-known paths', () => {
    expect(metadataUrls('https://sts.windows.net/t/')[0].url).toBe('https://sts.windows.net/t/.well-known/openid-configuration');
  });
});
