/**
 * Review reads list fields that the manifest writer wrote as one apply-time expression (a
 * Terraform list token): each expression is shown as one value, never split into characters.
 */
import { manifestProblems } from '../../lib/manifest/schema-validation';
import { buildPosture } from '../../lib/review/build-posture';
import { diffManifests } from '../../lib/review/diff/diff-manifests';
import { oktaSnowflake } from './fixtures/manifests';

const AUDIENCES = '${okta_auth_server.snowflake.audiences}';
const GRANTS = '${var.dbt_grant_types}';
const SCOPES = '${var.dbt_scopes}';
const CLAIMS = '${var.mapping_claims}';

/** The Okta + Snowflake fixture with its list fields written as apply-time expressions. */
function applyTimeLists() {
  const manifest = oktaSnowflake();
  Object.assign(manifest.issuers[0]!, { audiences: AUDIENCES });
  Object.assign(manifest.clients[0]!, { grantTypes: GRANTS, scopes: SCOPES });
  Object.assign(manifest.trusts[0]!, { audiences: AUDIENCES, userMappingClaims: CLAIMS });
  return manifest;
}

describe('review of lists known only after apply', () => {
  test('a manifest with apply-time lists fits the manifest schema (the CLI reads it)', () => {
    // GIVEN the lists the writer emits as one expression for a Terraform list token
    const manifest = applyTimeLists();
    // WHEN it is schema-checked, THEN it passes
    expect(manifestProblems(manifest)).toEqual([]);
  });

  test('the posture shows each apply-time list as one value', () => {
    // GIVEN a manifest whose issuer audiences, client grants and scopes, and trust audiences and mapping claims are expressions
    const manifest = applyTimeLists();
    // WHEN the posture is built
    const [issuer] = buildPosture([manifest]).issuers;
    // THEN each expression is one value
    expect(issuer!.audiences).toEqual([AUDIENCES]);
    const client = issuer!.clients[0]!;
    expect(client.grantTypes).toEqual([GRANTS]);
    expect(client.scopes).toEqual([SCOPES]);
    const trust = issuer!.trusts[0]!;
    expect(trust.audiences).toEqual([AUDIENCES]);
    expect(trust.mappings[0]!.claim).toBe(CLAIMS);
  });

  test('the diff names an apply-time audience list as one value', () => {
    // GIVEN a head whose issuer audiences became one expression
    const base = oktaSnowflake();
    const head = oktaSnowflake();
    Object.assign(head.issuers[0]!, { audiences: AUDIENCES });
    // WHEN the manifests are compared
    const changes = diffManifests([base], [head]);
    // THEN the widened audience is the expression, not its characters
    const widened = changes.filter((c) => c.kind === 'audience_widened' && c.subject === head.issuers[0]!.path);
    expect(widened.map((c) => [c.summary, c.after])).toEqual([[`issuer mints for more audiences: ${AUDIENCES}`, AUDIENCES]]);
  });
});
