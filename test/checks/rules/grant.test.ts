import { implicitHybrid } from '../../../lib/checks/rules/grant-001-implicit-hybrid';
import { refreshRotation } from '../../../lib/checks/rules/grant-002-refresh-rotation';
import { publicClientCredentials } from '../../../lib/checks/rules/grant-003-public-client-credentials';
import { passwordGrant } from '../../../lib/checks/rules/grant-004-password';
import { publicClientPkce } from '../../../lib/checks/rules/grant-005-pkce';
import { client, manifest, violationsOf } from '../support';

const spa = (over: Parameters<typeof client>[0] = {}) =>
  client({
    path: 's/Spa',
    kind: 'browser',
    tokenEndpointAuthMethod: 'none',
    pkce: true,
    refreshToken: { rotation: 'ROTATE', leewaySeconds: 30 },
    ...over,
  });

describe('EO-GRANT-001 implicit / hybrid flow', () => {
  test('passes for a SPA with authorization code + PKCE', () => {
    expect(violationsOf(implicitHybrid, manifest({ clients: [spa()] }))).toEqual([]);
  });

  test('fails when a browser app has the implicit grant and token response types', () => {
    const [message] = violationsOf(
      implicitHybrid,
      manifest({
        clients: [spa({ grantTypes: ['authorization_code', 'implicit', 'refresh_token'], responseTypes: ['code', 'token', 'id_token'] })],
      }),
    );
    expect(message).toContain('browser app s/Spa uses the implicit/hybrid flow');
    expect(message).toContain('RFC 9700');
    expect(message).toContain('Fix: remove "implicit"');
  });

  test('fails for a hybrid response type without the implicit grant', () => {
    expect(violationsOf(implicitHybrid, manifest({ clients: [client({ responseTypes: ['code id_token'] })] }))).toHaveLength(1);
  });
});

describe('EO-GRANT-002 public-client refresh tokens rotate', () => {
  test('passes when a SPA rotates refresh tokens', () => {
    expect(violationsOf(refreshRotation, manifest({ clients: [spa()] }))).toEqual([]);
  });

  test('fails when a SPA keeps static refresh tokens', () => {
    expect(violationsOf(refreshRotation, manifest({ clients: [spa({ refreshToken: { rotation: 'STATIC' } })] }))[0]).toMatch(
      /browser app s\/Spa gets refresh tokens with rotation "STATIC".*Fix: set refresh-token rotation "ROTATE"/,
    );
  });

  test('fails when a SPA does not declare rotation at all', () => {
    expect(violationsOf(refreshRotation, manifest({ clients: [spa({ refreshToken: undefined })] }))).toHaveLength(1);
  });

  test('passes when a confidential web app keeps static refresh tokens', () => {
    expect(violationsOf(refreshRotation, manifest({ clients: [client({ refreshToken: { rotation: 'STATIC' } })] }))).toEqual([]);
  });
});

describe('EO-GRANT-003 no client credentials on a public client', () => {
  test('passes for a service app with client credentials', () => {
    expect(
      violationsOf(publicClientCredentials, manifest({ clients: [client({ kind: 'service', grantTypes: ['client_credentials'] })] })),
    ).toEqual([]);
  });
  test('fails when a browser app has client_credentials', () => {
    expect(
      violationsOf(publicClientCredentials, manifest({ clients: [spa({ grantTypes: ['authorization_code', 'client_credentials'] })] }))[0],
    ).toContain('browser app s/Spa has the client_credentials grant');
  });
});

describe('EO-GRANT-004 no password grant', () => {
  test('passes when the client has no password grant', () => {
    expect(violationsOf(passwordGrant, manifest({ clients: [client()] }))).toEqual([]);
  });
  test('fails when the client has the password grant', () => {
    expect(violationsOf(passwordGrant, manifest({ clients: [client({ grantTypes: ['password'] })] }))[0]).toContain('"password" grant');
  });
});

describe('EO-GRANT-005 PKCE on public clients', () => {
  test('passes when the SPA requires PKCE', () => {
    expect(violationsOf(publicClientPkce, manifest({ clients: [spa()] }))).toEqual([]);
  });
  test('fails when the SPA turns PKCE off', () => {
    expect(violationsOf(publicClientPkce, manifest({ clients: [spa({ pkce: false })] }))[0]).toContain('pkce false');
  });
});

describe('EO-GRANT-001 and back-channel response types', () => {
  test('passes for a client-credentials service app with the `token` response type Okta requires', () => {
    const service = client({
      path: 's/Jobs',
      kind: 'service',
      grantTypes: ['client_credentials'],
      responseTypes: ['token'],
      redirectUris: [],
    });
    expect(violationsOf(implicitHybrid, manifest({ clients: [service] }))).toEqual([]);
  });

  test('passes for a web app with code and client credentials (`token` serves client credentials)', () => {
    const web = client({ grantTypes: ['authorization_code', 'client_credentials'], responseTypes: ['code', 'token'] });
    expect(violationsOf(implicitHybrid, manifest({ clients: [web] }))).toEqual([]);
  });

  test('fails when `token` comes with the implicit grant, and for `id_token` (hybrid) in any case', () => {
    expect(
      violationsOf(
        implicitHybrid,
        manifest({ clients: [client({ grantTypes: ['authorization_code', 'implicit'], responseTypes: ['code', 'token'] })] }),
      ),
    ).toHaveLength(1);
    expect(
      violationsOf(
        implicitHybrid,
        manifest({ clients: [client({ grantTypes: ['authorization_code'], responseTypes: ['code', 'id_token'] })] }),
      ),
    ).toHaveLength(1);
  });
});
