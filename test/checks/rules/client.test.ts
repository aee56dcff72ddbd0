import { programSendsPkce } from '../../../lib/checks/rules/client-001-pkce';
import { programKeepsRotatedToken } from '../../../lib/checks/rules/client-002-rotation';
import { programAuthMethod } from '../../../lib/checks/rules/client-003-auth-method';
import { client, manifest, oktaIssuer, program, unevaluableOf, violationsOf } from '../support';

const okta = [oktaIssuer()];

describe('EO-CLIENT-001 PKCE is required only of a program that sends it', () => {
  test('passes when the program sends PKCE', () => {
    expect(
      violationsOf(programSendsPkce, manifest({ issuers: okta, clients: [client({ pkce: true, program: program({ sendsPkce: true }) })] })),
    ).toEqual([]);
  });
  test('passes when PKCE is not required', () => {
    expect(violationsOf(programSendsPkce, manifest({ issuers: okta, clients: [client({ pkce: false })] }))).toEqual([]);
  });
  test('fails when PKCE is required of a program that does not send it', () => {
    const [message] = violationsOf(
      programSendsPkce,
      manifest({ issuers: okta, clients: [client({ pkce: true, program: program({ name: 'Keycloak broker' }) })] }),
    );
    expect(message).toMatch(
      /requires PKCE, but its client program "Keycloak broker" does not send a code_challenge: the IdP rejects every sign-in\. Fix: turn PKCE on in the program, or set pkce false/,
    );
  });
  test('reports an undeclared program as not evaluable when PKCE is required', () => {
    const records = manifest({ issuers: okta, clients: [client({ pkce: true, program: undefined })] });
    expect(violationsOf(programSendsPkce, records)).toEqual([]);
    expect(unevaluableOf(programSendsPkce, records)).toEqual([
      expect.stringContaining('requires PKCE, and its client program is not declared'),
    ]);
  });
});

describe('EO-CLIENT-002 refresh tokens rotate only for a program that keeps the new one', () => {
  test('passes for STATIC rotation', () => {
    expect(
      violationsOf(programKeepsRotatedToken, manifest({ issuers: okta, clients: [client({ refreshToken: { rotation: 'STATIC' } })] })),
    ).toEqual([]);
  });
  test('passes for ROTATE with a program that keeps rotated tokens', () => {
    const c = client({ refreshToken: { rotation: 'ROTATE', leewaySeconds: 30 }, program: program({ keepsRotatedRefreshToken: true }) });
    expect(violationsOf(programKeepsRotatedToken, manifest({ issuers: okta, clients: [c] }))).toEqual([]);
  });
  test('fails for ROTATE with a program that reuses one refresh token', () => {
    const [message] = violationsOf(
      programKeepsRotatedToken,
      manifest({ issuers: okta, clients: [client({ refreshToken: { rotation: 'ROTATE', leewaySeconds: 30 } })] }),
    );
    expect(message).toMatch(
      /rotates refresh tokens, but its client program "dbt Cloud" keeps reusing the first one: the reuse after the grace period revokes the token family\. Fix: set refreshToken rotation "STATIC"/,
    );
  });
  test('reports an undeclared program as not evaluable when tokens rotate', () => {
    const records = manifest({ issuers: okta, clients: [client({ refreshToken: { rotation: 'ROTATE' }, program: undefined })] });
    expect(unevaluableOf(programKeepsRotatedToken, records)).toHaveLength(1);
  });
});

describe('EO-CLIENT-003 the token endpoint authentication method is one the program uses', () => {
  test('passes when the program uses the registered method', () => {
    expect(violationsOf(programAuthMethod, manifest({ issuers: okta, clients: [client()] }))).toEqual([]);
  });
  test('passes for a public client (none)', () => {
    expect(
      unevaluableOf(
        programAuthMethod,
        manifest({ issuers: okta, clients: [client({ tokenEndpointAuthMethod: 'none', program: undefined })] }),
      ),
    ).toEqual([]);
  });
  test('fails when the program sends the secret in the body and the app expects basic', () => {
    const c = client({ program: program({ name: 'Keycloak broker', tokenEndpointAuthMethods: ['client_secret_post'] }) });
    const [message] = violationsOf(programAuthMethod, manifest({ issuers: okta, clients: [c] }));
    expect(message).toMatch(
      /registered with token endpoint authentication "client_secret_basic", but its client program "Keycloak broker" uses \["client_secret_post"\]: the token request fails with invalid_client\. Fix: set tokenEndpointAuthMethod "client_secret_post"/,
    );
  });
  test('reports an undeclared program of a confidential client as not evaluable', () => {
    expect(unevaluableOf(programAuthMethod, manifest({ issuers: okta, clients: [client({ program: undefined })] }))).toHaveLength(1);
  });
});
