/**
 * The Databricks federation policy rules (EO-DBX-*), and the shared rules that apply to
 * Databricks trusts too (EO-ISS-001 issuer string, EO-AUD-001 minted audience, EO-CLAIM-001
 * subject claim emitted for the flow), each with a failing and a passing case.
 */
import { mintedAudience } from '../../../lib/checks/rules/aud-001-minted-audience';
import { mappingClaimEmitted } from '../../../lib/checks/rules/claim-001-mapping-claim-emitted';
import { databricksDefaultAudience } from '../../../lib/checks/rules/dbx-001-default-audience';
import { databricksServicePrincipalSubject } from '../../../lib/checks/rules/dbx-002-service-principal-subject';
import { databricksEntraSubjectClaim } from '../../../lib/checks/rules/dbx-003-entra-subject-claim';
import { databricksSigningAlgorithm } from '../../../lib/checks/rules/dbx-004-signing-algorithm';
import { databricksPinnedKeys } from '../../../lib/checks/rules/dbx-005-pinned-keys';
import { issuerString } from '../../../lib/checks/rules/iss-001-issuer-string';
import type { IssuerKind } from '../../../lib/core/kinds';
import type { ClientRecord, DatabricksTrustRecord, IssuerRecord } from '../../../lib/manifest/types';
import { client, entraIssuer, externalIssuer, manifest, OKTA_ISSUER, oktaIssuer, TENANT, unevaluableOf, violationsOf } from '../support';

const APP_ID = '6a0b2f5e-3c1d-4e8f-9a7b-5c4d3e2f1a0b';
const ACCOUNT_ID = '0d26daa6-5e44-4c97-a497-ef015f91254a';
const GITHUB = 'https://token.actions.githubusercontent.com';
const GITHUB_SUBJECT = 'repo:my-github-org/my-repo:environment:prod';

/** A service-principal policy for the Okta issuer, serving the client-credentials client `s/Dbt`. */
function policy(over: Partial<DatabricksTrustRecord> = {}): DatabricksTrustRecord {
  return {
    type: 'databricks',
    path: 's/Databricks',
    name: 'dbt-jobs',
    issuerPath: 's/Okta',
    issuer: OKTA_ISSUER,
    scope: 'service-principal',
    audiences: ['https://acme-xy12345.snowflakecomputing.com'],
    audiencesDefaulted: false,
    subjectClaim: 'sub',
    subject: '0oa1dbtjobs',
    servicePrincipal: { id: 1234, applicationId: APP_ID },
    jwks: { source: 'discovery' },
    clients: ['s/Dbt'],
    users: [],
    ...over,
  };
}

/** An Okta service app (client credentials) whose tokens carry `sub` = `cid` = its client id. */
function serviceClient(over: Partial<ClientRecord> = {}): ClientRecord {
  return client({
    path: 's/Dbt',
    kind: 'service',
    name: 'dbt jobs',
    clientId: '0oa1dbtjobs',
    grantTypes: ['client_credentials'],
    redirectUris: [],
    postLogoutRedirectUris: [],
    scopes: ['databricks'],
    ...over,
  });
}

function okta(): { issuers: IssuerRecord[]; clients: ClientRecord[] } {
  return { issuers: [oktaIssuer()], clients: [serviceClient()] };
}

function github(over: Partial<IssuerRecord> = {}): IssuerRecord {
  return externalIssuer('generic', {
    path: 's/GitHub',
    issuer: GITHUB,
    jwksUrl: `${GITHUB}/.well-known/jwks`,
    discoveryUrl: `${GITHUB}/.well-known/openid-configuration`,
    audiences: ['https://github.com/my-github-org'],
    ...over,
  });
}

function githubPolicy(over: Partial<DatabricksTrustRecord> = {}): DatabricksTrustRecord {
  return policy({
    path: 's/GitHubPolicy',
    name: 'github-prod',
    issuerPath: 's/GitHub',
    issuer: GITHUB,
    audiences: ['https://github.com/my-github-org'],
    subject: GITHUB_SUBJECT,
    clients: ['s/Workflow'],
    ...over,
  });
}

const workflow = (): ClientRecord =>
  serviceClient({ path: 's/Workflow', kind: 'external', issuer: 's/GitHub', clientId: GITHUB_SUBJECT, scopes: [] });

describe('EO-DBX-001 a policy without audiences has an issuer that mints the account id', () => {
  test("passes when the policy lists the issuer's audience", () => {
    expect(violationsOf(databricksDefaultAudience, manifest({ ...okta(), trusts: [policy()] }))).toEqual([]);
  });

  test('passes when audiences are omitted and the issuer mints the account id', () => {
    const m = manifest({
      issuers: [oktaIssuer({ audiences: [ACCOUNT_ID] })],
      clients: [serviceClient()],
      trusts: [policy({ audiences: [], audiencesDefaulted: true, accountId: ACCOUNT_ID })],
    });
    expect(violationsOf(databricksDefaultAudience, m)).toEqual([]);
    expect(unevaluableOf(databricksDefaultAudience, m)).toEqual([]);
  });

  test('fails when audiences are omitted while the issuer mints something else', () => {
    const m = manifest({ ...okta(), trusts: [policy({ audiences: [], audiencesDefaulted: true, accountId: ACCOUNT_ID })] });
    expect(violationsOf(databricksDefaultAudience, m)).toEqual([
      `Databricks federation policy "dbt-jobs" (s/Databricks) omits audiences, so Databricks accepts only aud = the account id "${ACCOUNT_ID}", but s/Okta mints ["https://acme-xy12345.snowflakecomputing.com"] (the okta issuer's audiences): every exchange fails. Fix: set audiences to "https://acme-xy12345.snowflakecomputing.com" (omit omitAudiences), or make the issuer mint the account id.`,
    ]);
  });

  test('reports, not passes, when audiences are omitted and no account id is declared', () => {
    const m = manifest({ ...okta(), trusts: [policy({ audiences: [], audiencesDefaulted: true })] });
    expect(violationsOf(databricksDefaultAudience, m)).toEqual([]);
    expect(unevaluableOf(databricksDefaultAudience, m)[0]).toContain(
      'omits audiences, so Databricks accepts the account id only, and the policy declares no accountId',
    );
  });
});

describe("EO-DBX-002 a service-principal subject is the value the listed clients' tokens carry", () => {
  test("passes when an Okta client-credentials client's id is the subject (Okta: sub = cid = client id)", () => {
    expect(violationsOf(databricksServicePrincipalSubject, manifest({ ...okta(), trusts: [policy()] }))).toEqual([]);
    expect(violationsOf(databricksServicePrincipalSubject, manifest({ ...okta(), trusts: [policy({ subjectClaim: 'cid' })] }))).toEqual([]);
  });

  test('fails when the subject is not the Okta client id', () => {
    const [message] = violationsOf(databricksServicePrincipalSubject, manifest({ ...okta(), trusts: [policy({ subject: 'dbt-jobs' })] }));
    expect(message).toBe(
      'Databricks federation policy "dbt-jobs" (s/Databricks) requires sub = "dbt-jobs", but s/Dbt gets tokens with sub = "0oa1dbtjobs" (okta client-credentials tokens carry the client id in sub): every exchange fails. Fix: set subject to "0oa1dbtjobs" (wire it from the client object).',
    );
  });

  test('passes for the GitHub Actions subject, and fails for another environment', () => {
    const ok = manifest({ issuers: [github()], clients: [workflow()], trusts: [githubPolicy()] });
    expect(violationsOf(databricksServicePrincipalSubject, ok)).toEqual([]);
    const bad = manifest({
      issuers: [github()],
      clients: [workflow()],
      trusts: [githubPolicy({ subject: 'repo:my-github-org/my-repo:environment:staging' })],
    });
    expect(violationsOf(databricksServicePrincipalSubject, bad)[0]).toContain(
      'requires sub = "repo:my-github-org/my-repo:environment:staging", but s/Workflow gets tokens with sub = "repo:my-github-org/my-repo:environment:prod"',
    );
  });

  test.each<[IssuerKind, string, string, boolean]>([
    ['entra', 'azp', 'bbbbbbbb-0000-0000-0000-000000000002', true],
    ['entra', 'azp', 'cccccccc-0000-0000-0000-000000000003', false],
    ['auth0', 'sub', 'bbbbbbbb-0000-0000-0000-000000000002@clients', true],
    ['auth0', 'sub', 'bbbbbbbb-0000-0000-0000-000000000002', false],
    ['keycloak', 'preferred_username', 'service-account-bbbbbbbb-0000-0000-0000-000000000002', true],
  ])('%s %s = %j passes: %s', (kind, claim, subject, ok) => {
    const issuer = kind === 'entra' ? entraIssuer() : externalIssuer(kind);
    const c = serviceClient({ issuer: issuer.path, clientId: 'bbbbbbbb-0000-0000-0000-000000000002' });
    const m = manifest({
      issuers: [issuer],
      clients: [c],
      trusts: [policy({ issuerPath: issuer.path, issuer: issuer.issuer, subjectClaim: claim, subject })],
    });
    expect(violationsOf(databricksServicePrincipalSubject, m)).toHaveLength(ok ? 0 : 1);
  });

  test('reports, not passes, when the value is known only after apply or not from the manifest', () => {
    const applyTime = manifest({
      issuers: [oktaIssuer()],
      clients: [serviceClient({ clientId: '${okta_app_oauth.Dbt_1.client_id}' })],
      trusts: [policy({ subject: 'something-else' })],
    });
    expect(unevaluableOf(databricksServicePrincipalSubject, applyTime)[0]).toContain(
      'subject "something-else" vs "${okta_app_oauth.Dbt_1.client_id}"',
    );
    const sameExpression = manifest({
      issuers: [oktaIssuer()],
      clients: [serviceClient({ clientId: '${okta_app_oauth.Dbt_1.client_id}' })],
      trusts: [policy({ subject: '${okta_app_oauth.Dbt_1.client_id}' })],
    });
    expect(unevaluableOf(databricksServicePrincipalSubject, sameExpression)).toEqual([]);
    const entraOid = manifest({
      issuers: [entraIssuer()],
      clients: [serviceClient({ issuer: 's/EntraApi' })],
      trusts: [policy({ issuerPath: 's/EntraApi', subjectClaim: 'oid' })],
    });
    expect(unevaluableOf(databricksServicePrincipalSubject, entraOid)[0]).toContain("object id of the client's service principal");
  });

  test('ignores clients without client-credentials tokens, and account policies', () => {
    const m = manifest({ issuers: [oktaIssuer()], clients: [client({ path: 's/Dbt' })], trusts: [policy({ subject: 'dbt-jobs' })] });
    expect(violationsOf(databricksServicePrincipalSubject, m)).toEqual([]);
    const account = manifest({ ...okta(), trusts: [policy({ scope: 'account', subject: undefined, servicePrincipal: undefined })] });
    expect(violationsOf(databricksServicePrincipalSubject, account)).toEqual([]);
  });
});

describe('EO-DBX-003 a policy for Entra tokens keys on oid or azp', () => {
  const entra = (subjectClaim: string, scope: DatabricksTrustRecord['scope'] = 'service-principal') =>
    manifest({
      issuers: [entraIssuer()],
      trusts: [policy({ issuerPath: 's/EntraApi', issuer: `https://sts.windows.net/${TENANT}/`, subjectClaim, scope })],
    });

  test('passes with azp or oid, and with sub for other issuers', () => {
    expect(violationsOf(databricksEntraSubjectClaim, entra('azp'))).toEqual([]);
    expect(violationsOf(databricksEntraSubjectClaim, entra('oid'))).toEqual([]);
    expect(violationsOf(databricksEntraSubjectClaim, manifest({ ...okta(), trusts: [policy()] }))).toEqual([]);
  });

  test('fails when an Entra policy keys on sub (a warning), pointing to azp (service principal) or oid (account)', () => {
    expect(violationsOf(databricksEntraSubjectClaim, entra('sub'))[0]).toContain('Fix: use subjectClaim "azp"');
    expect(violationsOf(databricksEntraSubjectClaim, entra('sub', 'account'))[0]).toContain('Fix: use subjectClaim "oid"');
    expect(databricksEntraSubjectClaim.severity).toBe('warning');
  });
});

describe('EO-DBX-004 the issuer signs with RS256 or ES256', () => {
  const withAlgorithms = (signingAlgorithms: string[] | undefined) =>
    manifest({
      issuers: [github({ details: signingAlgorithms ? { signingAlgorithms } : {} })],
      clients: [workflow()],
      trusts: [githubPolicy()],
    });

  test.each([[['RS256']], [['ES256']], [['RS256', 'ES256']]])('passes when the issuer signs with %j', (algs) => {
    expect(violationsOf(databricksSigningAlgorithm, withAlgorithms(algs))).toEqual([]);
    expect(unevaluableOf(databricksSigningAlgorithm, withAlgorithms(algs))).toEqual([]);
  });

  test('passes for Okta (RS256) without a declaration', () => {
    expect(violationsOf(databricksSigningAlgorithm, manifest({ ...okta(), trusts: [policy()] }))).toEqual([]);
    expect(unevaluableOf(databricksSigningAlgorithm, manifest({ ...okta(), trusts: [policy()] }))).toEqual([]);
  });

  test.each([[['PS256']], [['ES384']], [['RS256', 'EdDSA']]])('fails when the issuer signs with %j', (algs) => {
    expect(violationsOf(databricksSigningAlgorithm, withAlgorithms(algs))[0]).toContain(
      'exchanges RS256 and ES256 tokens only, but s/GitHub signs with',
    );
  });

  test('reports, not passes, when an external issuer declares no algorithms', () => {
    expect(violationsOf(databricksSigningAlgorithm, withAlgorithms(undefined))).toEqual([]);
    expect(unevaluableOf(databricksSigningAlgorithm, withAlgorithms(undefined))[0]).toContain('declares no signing algorithms');
  });
});

describe('EO-DBX-005 keys by discovery, not pinned', () => {
  test("passes with discovery, and with jwks_uri equal to the issuer's JWKS URL", () => {
    expect(violationsOf(databricksPinnedKeys, manifest({ ...okta(), trusts: [policy()] }))).toEqual([]);
    expect(
      violationsOf(
        databricksPinnedKeys,
        manifest({ ...okta(), trusts: [policy({ jwks: { source: 'uri', uri: `${OKTA_ISSUER}/v1/keys` } })] }),
      ),
    ).toEqual([]);
  });

  test('fails when jwks_json is pinned (a warning)', () => {
    const m = manifest({ ...okta(), trusts: [policy({ jwks: { source: 'json', keyIds: ['k1'] } })] });
    expect(violationsOf(databricksPinnedKeys, m)).toEqual([
      'Databricks federation policy "dbt-jobs" (s/Databricks) pins jwks_json (kid ["k1"]): the exchange fails from the issuer\'s next key rotation on. Fix: remove jwksJson to use discovery.',
    ]);
  });

  test("fails when jwks_uri is not the issuer's JWKS URL (a warning)", () => {
    const m = manifest({ ...okta(), trusts: [policy({ jwks: { source: 'uri', uri: 'https://keys.example.com/jwks' } })] });
    expect(violationsOf(databricksPinnedKeys, m)[0]).toContain(`publishes them at "${OKTA_ISSUER}/v1/keys"`);
  });
});

describe('shared rules on Databricks trusts', () => {
  test("EO-CLAIM-001 fails when the subject claim is not in a listed client's flow (email with client credentials), passes with sub", () => {
    const bad = manifest({ ...okta(), trusts: [policy({ subjectClaim: 'email' })] });
    expect(violationsOf(mappingClaimEmitted, bad)[0]).toContain(
      'Databricks federation policy "dbt-jobs" (s/Databricks) maps subjectClaim "email", but s/Okta (okta) puts it only in user tokens, while ["s/Dbt"] obtain machine tokens (client credentials)',
    );
    expect(violationsOf(mappingClaimEmitted, manifest({ ...okta(), trusts: [policy()] }))).toEqual([]);
  });

  test("EO-ISS-001 fails when the policy's issuer differs from the issuer's iss by a trailing slash, passes when exact", () => {
    expect(violationsOf(issuerString, manifest({ ...okta(), trusts: [policy({ issuer: `${OKTA_ISSUER}/` })] }))[0]).toContain(
      'They differ only in the trailing slash',
    );
    expect(violationsOf(issuerString, manifest({ ...okta(), trusts: [policy()] }))).toEqual([]);
  });

  test('EO-AUD-001 fails when the policy accepts an audience the issuer never mints, passes for the minted one', () => {
    expect(violationsOf(mintedAudience, manifest({ ...okta(), trusts: [policy({ audiences: ['databricks'] })] }))[0]).toContain(
      'accepts audience "databricks"',
    );
    expect(violationsOf(mintedAudience, manifest({ ...okta(), trusts: [policy()] }))).toEqual([]);
  });
});
