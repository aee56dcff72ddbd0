import { dynamicIssuerMode } from '../../../lib/checks/rules/okta-001-dynamic-issuer';
import { defaultAuthServer } from '../../../lib/checks/rules/okta-002-default-auth-server';
import { manifest, oktaIssuer, violationsOf } from '../support';

describe('EO-OKTA-001 issuer mode DYNAMIC', () => {
  test.each(['ORG_URL', 'CUSTOM_URL'] as const)('passes for %s', (issuerMode) => {
    expect(violationsOf(dynamicIssuerMode, manifest({ issuers: [oktaIssuer({}, { issuerMode })] }))).toEqual([]);
  });
  test('fails for DYNAMIC', () => {
    expect(violationsOf(dynamicIssuerMode, manifest({ issuers: [oktaIssuer({}, { issuerMode: 'DYNAMIC' })] }))[0]).toMatch(
      /s\/Okta has issuer mode "DYNAMIC".*Fix: set issuerMode "ORG_URL"/,
    );
  });
});

describe('EO-OKTA-002 default authorization server', () => {
  test('passes for a dedicated authorization server', () => {
    expect(violationsOf(defaultAuthServer, manifest({ issuers: [oktaIssuer()] }))).toEqual([]);
  });
  test('fails when the record is the default server', () => {
    expect(violationsOf(defaultAuthServer, manifest({ issuers: [oktaIssuer({}, { defaultAuthServer: true })] }))).toHaveLength(1);
  });
  test('fails when the issuer URL is .../oauth2/default', () => {
    expect(
      violationsOf(defaultAuthServer, manifest({ issuers: [oktaIssuer({ issuer: 'https://example.okta.com/oauth2/default' })] }))[0],
    ).toContain('"https://example.okta.com/oauth2/default"');
  });
});
