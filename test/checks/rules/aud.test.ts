import { mintedAudience } from '../../../lib/checks/rules/aud-001-minted-audience';
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
  unevaluableOf,
  violationsOf,
} from '../support';

describe('EO-AUD-001 minted audience', () => {
  test('passes when the Snowflake audience is the Okta authorization server audience', () => {
    expect(violationsOf(mintedAudience, manifest(oktaSnowflake()))).toEqual([]);
  });

  test('fails when the Snowflake audience is not the Okta audience', () => {
    // GIVEN
    const base = oktaSnowflake();
    const m = manifest({ ...base, trusts: [snowflake({ audiences: ['https://other.snowflakecomputing.com'] })] });
    // WHEN
    const [message] = violationsOf(mintedAudience, m);
    // THEN
    expect(message).toContain('"https://other.snowflakecomputing.com"');
    expect(message).toContain('["https://acme-xy12345.snowflakecomputing.com"]');
    expect(message).toContain('Fix:');
  });

  test('fails pointing at the issuer when it mints a typo of the Snowflake account URL the integration accepts (the account URL is the ground truth)', () => {
    // GIVEN an Okta audience with a typo, and the integration accepting its account URL
    const base = oktaSnowflake();
    const [okta] = base.issuers;
    const m = manifest({
      ...base,
      issuers: [{ ...okta!, audiences: ['https://acme-xy1234.snowflakecomputing.com'] }],
      trusts: [snowflake({ audiences: ['https://acme-xy12345.snowflakecomputing.com'] })],
    });
    // WHEN
    const [message] = violationsOf(mintedAudience, m);
    // THEN the fix names the issuer, not the consumer
    expect(message).toMatch(
      /Fix: make \S+ mint "https:\/\/acme-xy12345\.snowflakecomputing\.com", the URL of the Snowflake account this integration lives in \(the issuer's audience is the side that differs\)\.$/,
    );
  });

  test('a profile that accepts a non-Snowflake audience keeps the consumer-side fix', () => {
    const m = manifest({
      issuers: [externalIssuer()],
      clients: [apiClient()],
      trusts: [profile({}, { audiences: ['https://typo.example.com'] })],
    });
    expect(violationsOf(mintedAudience, m)[0]).toMatch(/Fix: accept .* by wiring the audience from the issuer object\.$/);
  });

  test('passes when a v1 Entra trust accepts the identifier URI', () => {
    expect(violationsOf(mintedAudience, manifest({ issuers: [entraIssuer()], clients: [entraClient()], trusts: [redshift()] }))).toEqual(
      [],
    );
  });

  test('fails when a v1 Entra trust accepts the client id (v1 tokens carry the identifier URI)', () => {
    const api = entraIssuer();
    const m = manifest({ issuers: [api], trusts: [redshift({ audiences: [api.details.applicationClientId!] })] });
    expect(violationsOf(mintedAudience, m)[0]).toContain('v1 tokens carry the identifier URI');
  });

  test('fails when a v2 Entra trust accepts the identifier URI (v2 tokens carry the client id)', () => {
    const api = entraIssuer({}, { accessTokenVersion: 2 });
    const m = manifest({ issuers: [api], trusts: [redshift({ issuer: api.issuer, audiences: ['api://warehouse'] })] });
    expect(violationsOf(mintedAudience, m)[0]).toContain(`accept "${api.details.applicationClientId}"`);
  });

  test('passes when the audience is minted by another API of the same tenant and version', () => {
    const first = entraIssuer();
    const second = entraIssuer({ path: 's/OtherApi' }, { identifierUri: 'api://other' });
    const m = manifest({ issuers: [first, second], trusts: [redshift({ audiences: ['api://warehouse', 'api://other'] })] });
    expect(violationsOf(mintedAudience, m)).toEqual([]);
  });

  test('fails when a profile accepts an audience its issuer does not mint', () => {
    const m = manifest({
      issuers: [externalIssuer()],
      clients: [apiClient()],
      trusts: [profile({}, { audiences: ['https://typo.example.com'] })],
    });
    expect(violationsOf(mintedAudience, m)).toHaveLength(1);
  });

  test('reports could-not-evaluate when the audience list is an apply-time value', () => {
    const base = oktaSnowflake();
    const m = manifest({ ...base, trusts: [snowflake({ audiences: '${var.audiences}' as unknown as string[] })] });
    expect(unevaluableOf(mintedAudience, m)).toHaveLength(1);
    expect(violationsOf(mintedAudience, m)).toEqual([]);
  });
});
