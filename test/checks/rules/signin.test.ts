import { clientAssignment } from '../../../lib/checks/rules/signin-001-assignment';
import { browserTrustedOrigin } from '../../../lib/checks/rules/signin-002-trusted-origin';
import type { AssignmentRecord } from '../../../lib/manifest/types';
import { client, entraClient, entraIssuer, manifest, oktaIssuer, unevaluableOf, violationsOf } from '../support';

describe('EO-SIGNIN-001 a client that signs users in has someone assigned', () => {
  test.each<[string, AssignmentRecord]>([
    ['groups', { mode: 'assigned', groups: ['00g1developers'] }],
    ['users', { mode: 'assigned', users: ['00u1analyst'] }],
    ['everyone with a reason', { mode: 'everyone', reason: 'every employee uses the catalog' }],
  ])('passes when %s are assigned', (_label, assignment) => {
    const records = manifest({ issuers: [oktaIssuer()], clients: [client({ assignment })] });
    expect(violationsOf(clientAssignment, records)).toEqual([]);
    expect(unevaluableOf(clientAssignment, records)).toEqual([]);
  });

  test('fails when nobody is assigned, naming the client and the fix', () => {
    const [message] = violationsOf(
      clientAssignment,
      manifest({ issuers: [oktaIssuer()], clients: [client({ assignment: { mode: 'none' } })] }),
    );
    expect(message).toMatch(
      /^web app "dbt" \(s\/WebApp\) signs users in, but nobody is assigned to it: .*"User is not assigned to the client application".*Fix: assign the groups or users/,
    );
  });

  test('does not apply to a client that only uses client credentials', () => {
    const service = client({ kind: 'service', grantTypes: ['client_credentials'], assignment: { mode: 'none' } });
    expect(violationsOf(clientAssignment, manifest({ issuers: [oktaIssuer()], clients: [service] }))).toEqual([]);
  });

  test('a refresh_token grant alone signs nobody in', () => {
    const refreshOnly = client({ grantTypes: ['refresh_token'], assignment: { mode: 'none' } });
    expect(violationsOf(clientAssignment, manifest({ issuers: [oktaIssuer()], clients: [refreshOnly] }))).toEqual([]);
  });

  test.each([
    ['an external client without a declared assignment', { mode: 'external' as const }],
    ['a record without assignment (older manifest)', undefined],
  ])('reports %s as not evaluable, never passed', (_label, assignment) => {
    const c = client({ kind: 'external', assignment });
    const records = manifest({ issuers: [oktaIssuer()], clients: [c] });
    expect(violationsOf(clientAssignment, records)).toEqual([]);
    expect(unevaluableOf(clientAssignment, records)).toEqual([expect.stringContaining('is decided at its IdP and not declared')]);
  });

  test('passes for an Entra client with the tenant default (everyone, with the reason recorded)', () => {
    const c = entraClient({
      assignment: { mode: 'everyone', reason: 'Entra ID default: the service principal does not require assignment' },
    });
    expect(violationsOf(clientAssignment, manifest({ issuers: [entraIssuer()], clients: [c] }))).toEqual([]);
  });
});

describe("EO-SIGNIN-002 an Okta browser app's origins are trusted origins", () => {
  const spa = (over: Parameters<typeof client>[0] = {}) =>
    client({
      kind: 'browser',
      tokenEndpointAuthMethod: 'none',
      pkce: true,
      redirectUris: ['https://catalog.example.com/callback', 'https://catalog.example.com/silent-callback'],
      postLogoutRedirectUris: ['https://catalog.example.com/signin'],
      trustedOrigins: [{ origin: 'https://catalog.example.com', scopes: ['CORS', 'REDIRECT'], source: 'managed' }],
      ...over,
    });

  test('passes when every https origin is trusted for CORS', () => {
    expect(violationsOf(browserTrustedOrigin, manifest({ issuers: [oktaIssuer()], clients: [spa()] }))).toEqual([]);
  });

  test('passes for an origin the org already trusts (declared existing)', () => {
    const c = spa({ trustedOrigins: [{ origin: 'https://catalog.example.com', scopes: ['CORS', 'REDIRECT'], source: 'existing' }] });
    expect(violationsOf(browserTrustedOrigin, manifest({ issuers: [oktaIssuer()], clients: [c] }))).toEqual([]);
  });

  test('fails when the origin is not trusted', () => {
    const [message] = violationsOf(browserTrustedOrigin, manifest({ issuers: [oktaIssuer()], clients: [spa({ trustedOrigins: [] })] }));
    expect(message).toMatch(
      /browser app "dbt" \(s\/WebApp\) is a browser app whose origin\(s\) \["https:\/\/catalog.example.com"\] are not Okta trusted origins with the CORS scope \(trusted: \[\]\)/,
    );
  });

  test('fails when the origin is trusted for REDIRECT only', () => {
    const c = spa({ trustedOrigins: [{ origin: 'https://catalog.example.com', scopes: ['REDIRECT'], source: 'managed' }] });
    expect(violationsOf(browserTrustedOrigin, manifest({ issuers: [oktaIssuer()], clients: [c] }))).toHaveLength(1);
  });

  test('fails for a sign-out origin that differs from the trusted one', () => {
    const c = spa({ postLogoutRedirectUris: ['https://www.example.com/bye'] });
    expect(violationsOf(browserTrustedOrigin, manifest({ issuers: [oktaIssuer()], clients: [c] }))[0]).toContain(
      '["https://www.example.com"]',
    );
  });

  test('does not apply to web apps or to browser apps of other issuers (Entra enables CORS for SPA redirect URIs itself)', () => {
    expect(violationsOf(browserTrustedOrigin, manifest({ issuers: [oktaIssuer()], clients: [client({ trustedOrigins: [] })] }))).toEqual(
      [],
    );
    const entraSpa = spa({ issuer: 's/EntraApi', trustedOrigins: undefined });
    expect(violationsOf(browserTrustedOrigin, manifest({ issuers: [entraIssuer()], clients: [entraSpa] }))).toEqual([]);
  });
});
