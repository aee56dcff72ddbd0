import { entraV1Endpoint } from '../../../lib/checks/rules/entra-001-v1-endpoint';
import { entraClient, entraIssuer, externalIssuer, manifest, TENANT, violationsOf } from '../support';

describe('EO-ENTRA-001 v2.0 endpoints only', () => {
  test('passes for the v2.0 authorize endpoint', () => {
    const api = entraIssuer(
      {},
      {
        authorizeEndpoint: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/authorize`,
        tokenEndpoint: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`,
      },
    );
    expect(violationsOf(entraV1Endpoint, manifest({ issuers: [api] }))).toEqual([]);
  });

  test('fails when an issuer declares the v1 authorize endpoint', () => {
    const api = entraIssuer({}, { authorizeEndpoint: `https://login.microsoftonline.com/${TENANT}/oauth2/authorize` });
    const [message] = violationsOf(entraV1Endpoint, manifest({ issuers: [api] }));
    expect(message).toContain('s/EntraApi details.authorizeEndpoint is the Entra v1 endpoint');
    expect(message).toContain(`Fix: use "https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/authorize"`);
  });

  test('fails when a client declares the v1 endpoint with an apply-time tenant', () => {
    const c = entraClient({ details: { authorizeEndpoint: 'https://login.microsoftonline.com/${var.tenant}/oauth2/authorize' } });
    expect(violationsOf(entraV1Endpoint, manifest({ issuers: [entraIssuer()], clients: [c] }))).toHaveLength(1);
  });

  test('passes when a non-Entra issuer uses /oauth2/authorize (e.g. Cognito)', () => {
    const idp = externalIssuer('generic', { details: { authorizeEndpoint: 'https://auth.example.com/oauth2/authorize' } });
    expect(violationsOf(entraV1Endpoint, manifest({ issuers: [idp] }))).toEqual([]);
  });
});
