import { foreignAudience } from '../../../lib/checks/rules/api-001-foreign-audience';
import {
  apiClient,
  entraIssuer,
  externalIssuer,
  manifest,
  oktaSnowflake,
  profile,
  redshift,
  SNOWFLAKE_AUD,
  violationsOf,
} from '../support';

describe("EO-API-001 an API profile never accepts another resource's audience", () => {
  test('passes when the profile accepts only its own audience', () => {
    expect(violationsOf(foreignAudience, manifest({ issuers: [externalIssuer()], clients: [apiClient()], trusts: [profile()] }))).toEqual(
      [],
    );
  });

  test.each([
    ['https://graph.microsoft.com', 'Microsoft Graph'],
    ['https://graph.microsoft.com/', 'Microsoft Graph'],
    ['00000003-0000-0000-c000-000000000000', 'Microsoft Graph'],
    ['https://management.azure.com/', 'Azure Resource Manager'],
    ['https://acme.snowflakecomputing.com', 'a Snowflake account'],
    ['https://acme.okta.com', 'the Okta org (management API)'],
  ])('fails when the profile accepts %s', (aud, owner) => {
    // GIVEN
    const m = manifest({
      issuers: [externalIssuer()],
      clients: [apiClient()],
      trusts: [profile({}, { audiences: ['https://api.example.com', aud] })],
    });
    // WHEN
    const [message] = violationsOf(foreignAudience, m);
    // THEN
    expect(message).toContain(`accepts audience ${JSON.stringify(aud)}, which belongs to ${owner}`);
    expect(message).toContain('replayed');
    expect(message).toContain('Fix:');
  });

  test('fails when the profile accepts the audience of a Snowflake trust in the stack', () => {
    const base = oktaSnowflake();
    const m = manifest({
      issuers: [...base.issuers, externalIssuer()],
      clients: [...base.clients, apiClient()],
      trusts: [...base.trusts, profile({}, { audiences: [`${SNOWFLAKE_AUD}/`] })],
    });
    expect(violationsOf(foreignAudience, m)[0]).toContain('Snowflake integration "OKTA_DBT"');
  });

  test('fails when the profile accepts the audience of a Redshift trust in the stack', () => {
    const m = manifest({
      issuers: [entraIssuer(), externalIssuer()],
      clients: [apiClient()],
      trusts: [redshift(), profile({}, { audiences: ['api://warehouse'] })],
    });
    expect(violationsOf(foreignAudience, m)[0]).toContain('which belongs to Redshift trusted token issuer "entra-dbt" (s/Redshift)');
  });
});
