/**
 * The `npm start` summary reads list fields that may be one apply-time expression.
 */
import { summarizeStack } from '../../stacks/summary';
import { oktaSnowflake } from '../review/fixtures/manifests';

describe('stack summary', () => {
  test('prints an apply-time list as one value', () => {
    // GIVEN issuer audiences, client grants and mapping claims written as apply-time expressions
    const manifest = oktaSnowflake();
    Object.assign(manifest.issuers[0]!, { audiences: '${okta_auth_server.snowflake.audiences}' });
    Object.assign(manifest.clients[0]!, { grantTypes: '${var.grant_types}' });
    Object.assign(manifest.trusts[0]!, { userMappingClaims: '${var.mapping_claims}' });
    // WHEN the stack is summarized
    const lines = summarizeStack(manifest, { terraform: 'cdk.tf.json', manifest: 'external-oauth.json' });
    // THEN each expression is printed as it is written
    expect(lines).toContainEqual(expect.stringContaining('aud ${okta_auth_server.snowflake.audiences}'));
    expect(lines).toContainEqual(expect.stringContaining(': ${var.grant_types}'));
    expect(lines).toContainEqual(expect.stringContaining(': ${var.mapping_claims} -> '));
  });
});
