import { CONFIG_ERROR_CODES } from '../../lib/core/errors';
import { DatabricksFederationPolicy, type DatabricksFederationPolicyProps } from '../../lib/databricks/databricks-federation-policy';
import { ExternalClient } from '../../lib/external/external-client';
import { ExternalIssuer } from '../../lib/external/external-issuer';
import { TerraformStack, TerraformVariable, Testing } from '../../lib/framework';
import { ManifestWriter } from '../../lib/manifest/manifest-writer';
import { manifestProblems } from '../../lib/manifest/schema-validation';
import type { DatabricksTrustRecord } from '../../lib/manifest/types';
import { OktaAuthorizationServer } from '../../lib/okta/okta-authorization-server';
import { OktaOidcApp } from '../../lib/okta/okta-oidc-app';
import { ServicePrincipalFederationPolicy } from '../../lib/providers/databricks/service-principal-federation-policy';
import { configErrorOf } from '../support/config-error';

Testing.setupJest();
jest.setTimeout(30_000);

// The GitHub Actions workload of Databricks' "Configure a federation policy" page.
const GITHUB = 'https://token.actions.githubusercontent.com';
const GITHUB_AUD = 'https://github.com/my-github-org';
const GITHUB_SUBJECT = 'repo:my-github-org/my-repo:environment:prod';
const APP_ID = '6a0b2f5e-3c1d-4e8f-9a7b-5c4d3e2f1a0b';

interface Setup {
  readonly stack: TerraformStack;
  readonly github: ExternalIssuer;
  readonly workflow: ExternalClient;
}

function setup(stack = new TerraformStack(Testing.app(), 'demo')): Setup {
  const github = new ExternalIssuer(stack, 'GitHub', {
    kind: 'generic',
    issuerUrl: GITHUB,
    jwksUrl: `${GITHUB}/.well-known/jwks`,
    audiences: [GITHUB_AUD],
  });
  const workflow = new ExternalClient(stack, 'Workflow', { issuer: github, clientId: GITHUB_SUBJECT, grantTypes: ['client_credentials'] });
  return { stack, github, workflow };
}

function spPolicy(s: Setup, extra: Partial<DatabricksFederationPolicyProps> = {}, id = 'Policy'): DatabricksFederationPolicy {
  return new DatabricksFederationPolicy(s.stack, id, {
    issuer: s.github,
    policyId: 'github-prod',
    servicePrincipal: { id: 1234, applicationId: APP_ID, name: 'ci-deployer' },
    subject: GITHUB_SUBJECT,
    clients: [s.workflow],
    ...extra,
  });
}

function record(p: DatabricksFederationPolicy): DatabricksTrustRecord {
  return ManifestWriter.of(p)
    .build()
    .trusts.find((r) => r.path === p.node.path) as DatabricksTrustRecord;
}

function synthJson(stack: TerraformStack): { resource: Record<string, Record<string, Record<string, unknown>>> } {
  return JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, Record<string, unknown>>> };
}

describe('DatabricksFederationPolicy: service principal', () => {
  test('synthesizes the exact oidc_policy of a service-principal policy, issuer and audience from the issuer object', () => {
    // GIVEN
    const s = setup();
    // WHEN
    spPolicy(s, { description: 'GitHub Actions, prod environment' });
    // THEN
    const json = synthJson(s.stack);
    expect(Object.values(json.resource.databricks_service_principal_federation_policy)).toEqual([
      {
        policy_id: 'github-prod',
        service_principal_id: 1234,
        description: 'GitHub Actions, prod environment',
        oidc_policy: { issuer: GITHUB, audiences: [GITHUB_AUD], subject_claim: 'sub', subject: GITHUB_SUBJECT },
      },
    ]);
    expect(json.resource.databricks_account_federation_policy).toBeUndefined();
  });

  test('records the trust with its service principal, subject and discovery keys; the manifest validates', () => {
    const s = setup();
    const p = spPolicy(s);
    expect(record(p)).toEqual({
      type: 'databricks',
      path: 'demo/Policy',
      name: 'github-prod',
      issuerPath: 'demo/GitHub',
      issuer: GITHUB,
      scope: 'service-principal',
      audiences: [GITHUB_AUD],
      audiencesDefaulted: false,
      subjectClaim: 'sub',
      subject: GITHUB_SUBJECT,
      servicePrincipal: { id: 1234, applicationId: APP_ID, name: 'ci-deployer' },
      jwks: { source: 'discovery' },
      clients: ['demo/Workflow'],
      users: [],
    });
    expect(manifestProblems(ManifestWriter.of(p).build())).toEqual([]);
  });

  test('chains the policies of one service principal with depends_on, and leaves other service principals parallel', () => {
    // GIVEN
    const s = setup();
    // WHEN three policies on service principal 1234 and one on 999
    const a = spPolicy(s, { policyId: 'a-1' }, 'A');
    const b = spPolicy(s, { policyId: 'b-1' }, 'B');
    const c = spPolicy(s, { policyId: 'c-1' }, 'C');
    const other = spPolicy(s, { policyId: 'a-1', servicePrincipal: { id: 999, applicationId: APP_ID } }, 'Other');
    // THEN
    const res = synthJson(s.stack).resource.databricks_service_principal_federation_policy;
    const dependsOn = (p: DatabricksFederationPolicy) => (res[p.resource.friendlyUniqueId] as { depends_on?: string[] }).depends_on;
    expect(dependsOn(a)).toBeUndefined();
    expect(dependsOn(b)).toEqual([`databricks_service_principal_federation_policy.${a.resource.friendlyUniqueId}`]);
    expect(dependsOn(c)).toEqual([`databricks_service_principal_federation_policy.${b.resource.friendlyUniqueId}`]);
    expect(dependsOn(other)).toBeUndefined();
  });

  test('accepts 20 policies on one service principal', () => {
    const s = setup();
    for (let i = 1; i <= 20; i++) spPolicy(s, { policyId: `p-${i}` }, `P${i}`);
    expect(Object.keys(synthJson(s.stack).resource.databricks_service_principal_federation_policy)).toHaveLength(20);
  });

  test('fails when a 21st policy is declared on one service principal, across stacks of the app', () => {
    // GIVEN 15 policies in one stack and 5 in another, same account and service principal
    const app = Testing.app();
    const s1 = setup(new TerraformStack(app, 'one'));
    const s2 = setup(new TerraformStack(app, 'two'));
    for (let i = 1; i <= 15; i++) spPolicy(s1, { policyId: `p-${i}` }, `P${i}`);
    for (let i = 16; i <= 20; i++) spPolicy(s2, { policyId: `p-${i}` }, `P${i}`);
    // WHEN / THEN
    const err = configErrorOf(() => spPolicy(s2, { policyId: 'p-21' }, 'P21'));
    expect(err.code).toBe(CONFIG_ERROR_CODES.OUT_OF_RANGE);
    expect(err.message).toBe(
      '[two/P21] servicePrincipal.id: must have at most 20 federation policies; this would be policy 21 (the others start with one/P1) (received 1234) [EO_OUT_OF_RANGE]',
    );
  });

  test('counts service principals of different accounts apart', () => {
    const s = setup();
    for (let i = 1; i <= 20; i++) spPolicy(s, { policyId: `p-${i}`, accountId: 'acct-a' }, `A${i}`);
    expect(() => spPolicy(s, { policyId: 'p-1', accountId: 'acct-b' }, 'B1')).not.toThrow();
  });

  test('fails when subject is missing or empty on a service-principal policy', () => {
    const s = setup();
    expect(configErrorOf(() => spPolicy(s, { subject: undefined })).message).toBe(
      '[demo/Policy] subject: is required for a service-principal federation policy (the exact value of the subject claim) (received nothing) [EO_MISSING_VALUE]',
    );
    expect(configErrorOf(() => spPolicy(s, { subject: ' ' }, 'Blank')).code).toBe(CONFIG_ERROR_CODES.MISSING_VALUE);
  });

  test('fails when the application id is not a UUID or the id is not a positive integer', () => {
    const s = setup();
    expect(configErrorOf(() => spPolicy(s, { servicePrincipal: { id: 1234, applicationId: 'ci-deployer' } })).code).toBe(
      CONFIG_ERROR_CODES.INVALID_VALUE,
    );
    expect(configErrorOf(() => spPolicy(s, { servicePrincipal: { id: 0, applicationId: APP_ID } }, 'Zero')).message).toContain(
      "servicePrincipal.id: must be the service principal's numeric id (a positive integer) (received 0)",
    );
    expect(configErrorOf(() => spPolicy(s, { servicePrincipal: { id: 1.5, applicationId: APP_ID } }, 'Half')).code).toBe(
      CONFIG_ERROR_CODES.INVALID_VALUE,
    );
  });

  test('skips unresolved ids and subjects (Terraform expressions), and chains policies of the same expression', () => {
    const s = setup();
    const spId = new TerraformVariable(s.stack, 'sp_id', { type: 'number' }).numberValue;
    const subject = new TerraformVariable(s.stack, 'subject', { type: 'string' }).stringValue;
    const a = spPolicy(s, { servicePrincipal: { id: spId, applicationId: APP_ID }, subject }, 'A');
    const b = spPolicy(s, { policyId: 'second', servicePrincipal: { id: spId, applicationId: APP_ID }, subject }, 'B');
    const res = synthJson(s.stack).resource.databricks_service_principal_federation_policy;
    expect(res[b.resource.friendlyUniqueId]).toMatchObject({
      depends_on: [`databricks_service_principal_federation_policy.${a.resource.friendlyUniqueId}`],
      service_principal_id: '${var.sp_id}',
    });
  });

  test('fails when users are declared on a service-principal policy', () => {
    const s = setup();
    expect(configErrorOf(() => spPolicy(s, { users: ['a@acme.example'] })).code).toBe(CONFIG_ERROR_CODES.INVALID_VALUE);
    const p = spPolicy(s, {}, 'Ok');
    expect(configErrorOf(() => p.addUser('a@acme.example')).message).toContain('applies to account federation policies only');
  });
});

describe('the manifest JSON Schema of a Databricks trust', () => {
  function manifestWith(edit: (t: Record<string, unknown>) => void): unknown {
    const s = setup();
    const p = spPolicy(s);
    const m = JSON.parse(JSON.stringify(ManifestWriter.of(p).build())) as { trusts: Record<string, unknown>[] };
    edit(m.trusts[0]!);
    return m;
  }

  test('accepts the synthesized record, and refuses a subject on an account policy, a missing subject, a bad policy id or jwks source', () => {
    expect(manifestProblems(manifestWith(() => undefined))).toEqual([]);
    const account = manifestWith((t) => {
      t.scope = 'account';
      delete t.servicePrincipal;
    });
    expect(manifestProblems(account).length).toBeGreaterThan(0);
    expect(manifestProblems(manifestWith((t) => delete t.subject)).length).toBeGreaterThan(0);
    expect(manifestProblems(manifestWith((t) => (t.name = 'Github_Prod'))).length).toBeGreaterThan(0);
    expect(manifestProblems(manifestWith((t) => (t.name = 'a'.repeat(64)))).length).toBeGreaterThan(0);
    expect(manifestProblems(manifestWith((t) => (t.name = 'a'.repeat(63))))).toEqual([]);
    expect(manifestProblems(manifestWith((t) => (t.jwks = { source: 'pinned' }))).length).toBeGreaterThan(0);
  });
});

describe('DatabricksFederationPolicy: policy_id', () => {
  test.each([
    ['ab', true],
    ['a'.repeat(63), true],
    ['team/dbt-01', true],
    ['a', false],
    ['a'.repeat(64), false],
    ['Upper', false],
    ['with_underscore', false],
    ['dot.ted', false],
  ])('policy id %j accepted: %s', (policyId, ok) => {
    const s = setup();
    if (ok) {
      expect(() => spPolicy(s, { policyId })).not.toThrow();
    } else {
      const err = configErrorOf(() => spPolicy(s, { policyId }));
      expect(err.code).toBe(CONFIG_ERROR_CODES.INVALID_NAME);
      expect(err.message).toBe(
        `[demo/Policy] policyId: must be 2-63 characters of lowercase letters, digits, - and / (received ${JSON.stringify(policyId)}) [EO_INVALID_NAME]`,
      );
    }
  });

  test('fails when a policy id is used twice for one service principal, and not for two', () => {
    const s = setup();
    spPolicy(s, {}, 'A');
    expect(configErrorOf(() => spPolicy(s, {}, 'B')).message).toBe(
      '[demo/B] policyId: must be unique for the service principal (also used by demo/A) (received "github-prod") [EO_DUPLICATE_NAME]',
    );
    expect(() => spPolicy(s, { servicePrincipal: { id: 5678, applicationId: APP_ID } }, 'C')).not.toThrow();
  });
});

describe('DatabricksFederationPolicy: account', () => {
  function okta(stack: TerraformStack): { server: OktaAuthorizationServer; analysts: OktaOidcApp } {
    const server = new OktaAuthorizationServer(stack, 'Okta', { name: 'databricks', audiences: ['databricks'] });
    const analysts = new OktaOidcApp(stack, 'Analysts', {
      authorizationServer: server,
      kind: 'native',
      grantTypes: ['authorization_code'],
      redirectUris: ['http://localhost:8020'],
    });
    return { server, analysts };
  }

  test('synthesizes the exact oidc_policy of an account policy (no subject) and records its users', () => {
    // GIVEN
    const stack = new TerraformStack(Testing.app(), 'acct');
    const { server, analysts } = okta(stack);
    // WHEN
    const p = new DatabricksFederationPolicy(stack, 'Account', {
      issuer: server,
      policyId: 'okta-users',
      clients: [analysts],
      users: ['analyst@acme.example'],
    });
    p.addUser('lead@acme.example');
    // THEN
    const res = synthJson(stack).resource.databricks_account_federation_policy;
    expect(Object.values(res)).toEqual([
      {
        policy_id: 'okta-users',
        oidc_policy: { issuer: '${okta_auth_server.Okta_AEAF4CA7.issuer}', audiences: ['databricks'], subject_claim: 'sub' },
      },
    ]);
    expect(record(p)).toMatchObject({
      scope: 'account',
      users: [{ userName: 'analyst@acme.example' }, { userName: 'lead@acme.example' }],
      clients: ['acct/Analysts'],
    });
    expect(record(p).subject).toBeUndefined();
    expect(manifestProblems(ManifestWriter.of(p).build())).toEqual([]);
  });

  test('fails when subject is set on an account policy', () => {
    const stack = new TerraformStack(Testing.app(), 'acct');
    const { server } = okta(stack);
    const err = configErrorOf(
      () => new DatabricksFederationPolicy(stack, 'Account', { issuer: server, policyId: 'okta-users', subject: 'analyst@acme.example' }),
    );
    expect(err.message).toBe(
      '[acct/Account] subject: must not be set on an account federation policy (Databricks maps the subject claim to a user; subject is for service-principal policies) (received "analyst@acme.example") [EO_INVALID_VALUE]',
    );
  });

  test('omitAudiences leaves audiences out (Databricks defaults to the account id) and is recorded', () => {
    const stack = new TerraformStack(Testing.app(), 'acct');
    const { server } = okta(stack);
    const p = new DatabricksFederationPolicy(stack, 'Account', {
      issuer: server,
      policyId: 'okta-users',
      omitAudiences: true,
      accountId: '0d26daa6-5e44-4c97-a497-ef015f91254a',
    });
    const res = synthJson(stack).resource.databricks_account_federation_policy;
    expect(Object.values(res)[0]).toEqual({
      policy_id: 'okta-users',
      oidc_policy: { issuer: '${okta_auth_server.Okta_AEAF4CA7.issuer}', subject_claim: 'sub' },
    });
    expect(record(p)).toMatchObject({ audiences: [], audiencesDefaulted: true, accountId: '0d26daa6-5e44-4c97-a497-ef015f91254a' });
    expect(
      configErrorOf(
        () => new DatabricksFederationPolicy(stack, 'Both', { issuer: server, policyId: 'both', omitAudiences: true, audiences: ['x'] }),
      ).code,
    ).toBe(CONFIG_ERROR_CODES.MISSING_VALUE);
    expect(
      configErrorOf(() => new DatabricksFederationPolicy(stack, 'Empty', { issuer: server, policyId: 'empty', audiences: [] })).code,
    ).toBe(CONFIG_ERROR_CODES.EMPTY_LIST);
  });

  test('fails when a policy id is used twice in one account', () => {
    const stack = new TerraformStack(Testing.app(), 'acct');
    const { server } = okta(stack);
    new DatabricksFederationPolicy(stack, 'A', { issuer: server, policyId: 'okta-users' });
    expect(configErrorOf(() => new DatabricksFederationPolicy(stack, 'B', { issuer: server, policyId: 'okta-users' })).message).toContain(
      'must be unique in the account (also used by acct/A)',
    );
  });

  test('fails when a client of another issuer is listed, or one twice', () => {
    const stack = new TerraformStack(Testing.app(), 'acct');
    const { server, analysts } = okta(stack);
    const s = setup(stack);
    expect(
      configErrorOf(() => new DatabricksFederationPolicy(stack, 'A', { issuer: server, policyId: 'a-1', clients: [s.workflow] })).message,
    ).toContain('must be a client of issuer acct/Okta (it obtains tokens from acct/GitHub)');
    const p = new DatabricksFederationPolicy(stack, 'B', { issuer: server, policyId: 'b-1', clients: [analysts] });
    expect(configErrorOf(() => p.addClient(analysts)).code).toBe(CONFIG_ERROR_CODES.DUPLICATE_NAME);
  });
});

describe('DatabricksFederationPolicy: keys', () => {
  const PUBLIC_KEY = {
    kty: 'EC',
    crv: 'P-256',
    kid: 'gh-2025',
    x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
    y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
  };

  test('pins jwks_uri when given, and records it', () => {
    const s = setup();
    const p = spPolicy(s, { jwksUri: `${GITHUB}/.well-known/jwks` });
    expect(Testing.synth(s.stack)).toHaveResourceWithProperties(ServicePrincipalFederationPolicy, {
      oidc_policy: expect.objectContaining({ jwks_uri: `${GITHUB}/.well-known/jwks` }),
    });
    expect(record(p).jwks).toEqual({ source: 'uri', uri: `${GITHUB}/.well-known/jwks` });
  });

  test('pins jwks_json when given, recording only the key ids', () => {
    const s = setup();
    const p = spPolicy(s, { jwksJson: JSON.stringify({ keys: [PUBLIC_KEY] }) });
    expect(record(p).jwks).toEqual({ source: 'json', keyIds: ['gh-2025'] });
    expect(JSON.stringify(record(p))).not.toContain(PUBLIC_KEY.x);
  });

  test('fails when jwks_json holds private key material, is not a JWKS, or both key sources are given', () => {
    const s = setup();
    const err = configErrorOf(() =>
      spPolicy(s, { jwksJson: JSON.stringify({ keys: [{ ...PUBLIC_KEY, d: 'jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI' }] }) }, 'Private'),
    );
    expect(err.message).toBe(
      '[demo/Private] jwksJson.keys[0]: must hold public keys only (received "(private key material, not shown)") [EO_INVALID_VALUE]',
    );
    expect(err.message).not.toContain('jpsQnnGQ');
    expect(configErrorOf(() => spPolicy(s, { jwksJson: '{"keys":[]}' }, 'Empty')).code).toBe(CONFIG_ERROR_CODES.INVALID_VALUE);
    expect(configErrorOf(() => spPolicy(s, { jwksJson: 'not json' }, 'Text')).code).toBe(CONFIG_ERROR_CODES.INVALID_VALUE);
    expect(
      configErrorOf(() => spPolicy(s, { jwksJson: JSON.stringify({ keys: [PUBLIC_KEY] }), jwksUri: `${GITHUB}/keys` }, 'Both')).code,
    ).toBe(CONFIG_ERROR_CODES.MISSING_VALUE);
  });

  test('fails when jwks_uri is not https', () => {
    const s = setup();
    expect(configErrorOf(() => spPolicy(s, { jwksUri: 'http://keys.example.com/jwks' })).code).toBe(CONFIG_ERROR_CODES.INVALID_URL);
  });
});

describe('ExternalIssuer signingAlgorithms (read by EO-DBX-004)', () => {
  test('records the declared algorithms, and fails when the list is empty or a name is malformed', () => {
    const stack = new TerraformStack(Testing.app(), 'algs');
    const idp = new ExternalIssuer(stack, 'Idp', {
      kind: 'generic',
      issuerUrl: GITHUB,
      jwksUrl: `${GITHUB}/.well-known/jwks`,
      audiences: [GITHUB_AUD],
      signingAlgorithms: ['RS256'],
    });
    expect(idp.toIssuerRecord().details).toEqual({ signingAlgorithms: ['RS256'] });
    expect(
      configErrorOf(
        () =>
          new ExternalIssuer(stack, 'Empty', {
            kind: 'generic',
            issuerUrl: GITHUB,
            jwksUrl: `${GITHUB}/keys`,
            audiences: [GITHUB_AUD],
            signingAlgorithms: [],
          }),
      ).code,
    ).toBe(CONFIG_ERROR_CODES.EMPTY_LIST);
    expect(
      configErrorOf(
        () =>
          new ExternalIssuer(stack, 'Bad', {
            kind: 'generic',
            issuerUrl: GITHUB,
            jwksUrl: `${GITHUB}/keys`,
            audiences: [GITHUB_AUD],
            signingAlgorithms: ['RS 256'],
          }),
      ).message,
    ).toBe('[algs/Bad] signingAlgorithms[0]: must be a JWS algorithm name, e.g. RS256 or ES256 (received "RS 256") [EO_INVALID_VALUE]');
    expect(
      new ExternalIssuer(stack, 'None', {
        kind: 'generic',
        issuerUrl: GITHUB,
        jwksUrl: `${GITHUB}/keys`,
        audiences: [GITHUB_AUD],
      }).toIssuerRecord().details,
    ).toEqual({});
  });
});
