import { httpsUris } from '../../../lib/checks/rules/uri-001-https';
import { noWildcardUris } from '../../../lib/checks/rules/uri-002-no-wildcards';
import { client, manifest, unevaluableOf, violationsOf } from '../support';

describe('EO-URI-001 redirect and sign-out URIs use https', () => {
  test.each([
    'https://app.example.com/cb',
    'http://localhost:3000/cb',
    'http://127.0.0.1:8080/cb',
    'http://[::1]:8080/cb',
    'http://LOCALHOST:3000/cb',
    'http://127.1.2.3/cb',
    'https://${var.host}/cb',
  ])('passes for %s', (uri) => {
    expect(violationsOf(httpsUris, manifest({ clients: [client({ redirectUris: [uri] })] }))).toEqual([]);
    expect(unevaluableOf(httpsUris, manifest({ clients: [client({ redirectUris: [uri] })] }))).toEqual([]);
  });

  test('fails when a redirect URI is http on a public host', () => {
    const [message] = violationsOf(httpsUris, manifest({ clients: [client({ redirectUris: ['http://app.example.com/cb'] })] }));
    expect(message).toContain('s/WebApp redirectUris[0] is "http://app.example.com/cb"');
    expect(message).toContain('Fix: register an https URI');
  });

  test('fails when a sign-out URI is http on a public host', () => {
    expect(
      violationsOf(httpsUris, manifest({ clients: [client({ postLogoutRedirectUris: ['http://app.example.com/logout_response'] })] }))[0],
    ).toContain('postLogoutRedirectUris[0]');
  });

  test('passes for a private-use scheme on a native app, fails on a web app', () => {
    const uri = 'com.example.app:/callback';
    expect(violationsOf(httpsUris, manifest({ clients: [client({ kind: 'native', redirectUris: [uri] })] }))).toEqual([]);
    expect(violationsOf(httpsUris, manifest({ clients: [client({ redirectUris: [uri] })] }))[0]).toContain('neither https nor');
  });

  test('reports could-not-evaluate when the scheme itself is an apply-time value', () => {
    expect(unevaluableOf(httpsUris, manifest({ clients: [client({ redirectUris: ['${var.callback}'] })] }))[0]).toContain(
      'redirectUris[0]',
    );
  });
});

describe('EO-URI-002 no wildcards', () => {
  test('passes for exact URIs', () => {
    expect(violationsOf(noWildcardUris, manifest({ clients: [client()] }))).toEqual([]);
  });

  test.each(['https://*.example.com/cb', 'https://app.example.com/*', 'https://*.${var.domain}/cb'])('fails for %s', (uri) => {
    const [message] = violationsOf(noWildcardUris, manifest({ clients: [client({ redirectUris: [uri] })] }));
    expect(message).toContain(JSON.stringify(uri));
    expect(message).toContain('Fix: list each exact URI');
  });
});
