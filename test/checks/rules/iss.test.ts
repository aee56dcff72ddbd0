import { issuerString } from '../../../lib/checks/rules/iss-001-issuer-string';
import { tenantSpecificIssuer } from '../../../lib/checks/rules/iss-002-tenant-specific';
import {
  apiClient,
  entraClient,
  entraIssuer,
  externalIssuer,
  manifest,
  oktaSnowflake,
  profile,
  redshift,
  snowflake,
  TENANT,
  unevaluableOf,
  violationsOf,
} from '../support';

describe('EO-ISS-001 issuer string', () => {
  test("passes when every trust expects the issuer's iss (Okta, Entra v1, external)", () => {
    // GIVEN
    const base = oktaSnowflake();
    const m = manifest({
      issuers: [...base.issuers, entraIssuer(), externalIssuer()],
      clients: [...base.clients, entraClient(), apiClient()],
      trusts: [...base.trusts, redshift(), profile()],
    });
    // WHEN / THEN
    expect(violationsOf(issuerString, m)).toEqual([]);
    expect(unevaluableOf(issuerString, m)).toEqual([]);
  });

  test('fails when an Entra v1 trust drops the trailing slash', () => {
    // GIVEN the Redshift trust copies the issuer without its trailing slash
    const m = manifest({
      issuers: [entraIssuer()],
      clients: [entraClient()],
      trusts: [redshift({ issuer: `https://sts.windows.net/${TENANT}` })],
    });
    // WHEN
    const messages = violationsOf(issuerString, m);
    // THEN the message names the trust, both values and the fix
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('s/Redshift');
    expect(messages[0]).toContain(`"https://sts.windows.net/${TENANT}"`);
    expect(messages[0]).toContain(`"https://sts.windows.net/${TENANT}/"`);
    expect(messages[0]).toContain('trailing slash');
    expect(messages[0]).toContain('Fix:');
  });

  test('fails when a trust expects the v2 issuer of an API that issues v1 tokens', () => {
    const m = manifest({
      issuers: [entraIssuer()],
      clients: [entraClient()],
      trusts: [redshift({ issuer: `https://login.microsoftonline.com/${TENANT}/v2.0` })],
    });
    expect(violationsOf(issuerString, m)[0]).toMatch(/expects a v2 issuer but the API issues v1 tokens/);
  });

  test('passes when the API issues v2 tokens and the trust expects the v2 issuer', () => {
    const api = entraIssuer({}, { accessTokenVersion: 2 });
    const m = manifest({
      issuers: [api],
      clients: [entraClient()],
      trusts: [redshift({ issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`, audiences: [api.details.applicationClientId!] })],
    });
    expect(violationsOf(issuerString, m)).toEqual([]);
  });

  test('fails when an Entra issuer record disagrees with its own token version', () => {
    const api = entraIssuer({ issuer: `https://login.microsoftonline.com/${TENANT}/v2.0` }, { accessTokenVersion: 1 });
    expect(violationsOf(issuerString, manifest({ issuers: [api] }))[0]).toContain('accessTokenVersion 1');
  });

  test('fails when a Snowflake integration expects another Okta issuer', () => {
    const base = oktaSnowflake();
    const m = manifest({ ...base, trusts: [snowflake({ issuer: 'https://example.okta.com/oauth2/default' })] });
    expect(violationsOf(issuerString, m)[0]).toContain('"https://example.okta.com/oauth2/default"');
  });

  test('passes when both sides are the same unresolved expression', () => {
    const okta = '${okta_auth_server.snowflake.issuer}';
    const base = oktaSnowflake();
    const m = manifest({ ...base, issuers: [{ ...base.issuers[0], issuer: okta }], trusts: [snowflake({ issuer: okta })] });
    expect([...violationsOf(issuerString, m), ...unevaluableOf(issuerString, m)]).toEqual([]);
  });

  test('reports could-not-evaluate when the sides are different expressions', () => {
    const base = oktaSnowflake();
    const m = manifest({
      ...base,
      issuers: [{ ...base.issuers[0], issuer: '${okta_auth_server.a.issuer}' }],
      trusts: [snowflake({ issuer: '${var.issuer}' })],
    });
    expect(violationsOf(issuerString, m)).toEqual([]);
    expect(unevaluableOf(issuerString, m)).toHaveLength(1);
  });

  test('reports could-not-evaluate when the issuer record is missing from the manifest', () => {
    expect(unevaluableOf(issuerString, manifest({ trusts: [snowflake()] }))[0]).toContain('s/Okta is not in this manifest');
  });

  test('fails when a profile expects an issuer with a stray trailing slash', () => {
    const m = manifest({
      issuers: [externalIssuer()],
      clients: [apiClient()],
      trusts: [profile({}, { issuer: 'https://sso.example.com/' })],
    });
    expect(violationsOf(issuerString, m)[0]).toContain('API validation profile "orders-api"');
  });
});

describe('EO-ISS-002 tenant-specific issuer', () => {
  test('passes when the Entra issuer names a tenant id', () => {
    expect(violationsOf(tenantSpecificIssuer, manifest({ issuers: [entraIssuer()], trusts: [redshift()] }))).toEqual([]);
  });

  test('fails when the Entra tenant is "common"', () => {
    const m = manifest({ issuers: [entraIssuer({}, { tenantId: 'common' })] });
    expect(violationsOf(tenantSpecificIssuer, m)[0]).toMatch(/tenant "common".*Fix: set the tenant id/);
  });

  test('fails when a trust trusts the "organizations" issuer', () => {
    const m = manifest({
      issuers: [entraIssuer()],
      trusts: [redshift({ issuer: 'https://login.microsoftonline.com/organizations/v2.0' })],
    });
    expect(violationsOf(tenantSpecificIssuer, m)[0]).toContain('"organizations"');
  });
});

describe('EO-ISS-003 known issuer form', () => {
  const { knownIssuerForm } =
    require('../../../lib/checks/rules/iss-003-known-issuer-form') as typeof import('../../../lib/checks/rules/iss-003-known-issuer-form');

  test.each([
    [`https://sts.windows.net/${TENANT}`, `https://sts.windows.net/${TENANT}/`],
    [`https://login.microsoftonline.com/${TENANT}/v2.0/`, `https://login.microsoftonline.com/${TENANT}/v2.0`],
    ['https://acme.okta.com/oauth2/aus1abc/', 'https://acme.okta.com/oauth2/aus1abc'],
    ['https://acme.eu.auth0.com', 'https://acme.eu.auth0.com/'],
    ['https://kc.example.com/realms/data/', 'https://kc.example.com/realms/data'],
  ])('fails when a hand-typed issuer is %s, naming the exact form %s', (declared, corrected) => {
    // GIVEN an issuer declared by URL (ExternalIssuer kind generic) in the wrong form
    const m = manifest({ issuers: [externalIssuer('generic', { issuer: declared })], clients: [apiClient()], trusts: [] });
    // WHEN
    const messages = violationsOf(knownIssuerForm, m);
    // THEN
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`"${declared}"`);
    expect(messages[0]).toContain(`Fix: set the issuer URL to "${corrected}"`);
  });

  test.each([
    `https://sts.windows.net/${TENANT}/`,
    `https://login.microsoftonline.com/${TENANT}/v2.0`,
    'https://acme.okta.com/oauth2/aus1abc',
    'https://acme.okta.com',
    'https://acme.eu.auth0.com/',
    'https://kc.example.com/realms/data',
    'https://sso.example.com',
    'https://sso.example.com/',
  ])('passes for %s', (issuer) => {
    const m = manifest({ issuers: [externalIssuer('generic', { issuer })], clients: [apiClient()], trusts: [] });
    expect(violationsOf(knownIssuerForm, m)).toEqual([]);
  });

  test('fails when a trust record expects the v1 issuer without its trailing slash', () => {
    const m = manifest({
      issuers: [entraIssuer()],
      clients: [entraClient()],
      trusts: [redshift({ issuer: `https://sts.windows.net/${TENANT}` })],
    });
    expect(violationsOf(knownIssuerForm, m)[0]).toContain('s/Redshift');
  });

  test('skips apply-time issuers', () => {
    const m = manifest({
      issuers: [externalIssuer('generic', { issuer: '${okta_auth_server.a.issuer}' })],
      clients: [apiClient()],
      trusts: [],
    });
    expect(violationsOf(knownIssuerForm, m)).toEqual([]);
  });
});
