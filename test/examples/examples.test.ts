/**
 * The examples synthesize with the checks on: no error, a schema-valid manifest without
 * unsuppressed findings, the deliberate exceptions suppressed with their reasons (and visible in
 * the manifest), and the key resources and wiring in the Terraform JSON. Also: settings come from
 * environment variables, and the whole `npm start` app synthesizes well within its 3 s target.
 */
import { alationSettings } from '../../examples/alation-entra-api/stack';
import { entraRedshiftDbtSettings } from '../../examples/entra-redshift-dbt/stack';
import { atlanSettings } from '../../examples/pingfederate-snowflake-atlan/stack';
import { ExternalOAuthChecks } from '../../lib/checks/aspect';
import { App, Aspects } from '../../lib/framework';
import { manifestProblems } from '../../lib/manifest/schema-validation';
import type { RedshiftTrustRecord, SnowflakeTrustRecord, TrustManifest } from '../../lib/manifest/types';
import {
  checkedApp,
  cleanOutdirs,
  example,
  EXAMPLE_NAMES,
  type ExampleName,
  EXAMPLES,
  manifestOf,
  NOW,
  onlyResource,
  rawManifestOf,
  resourcesOf,
  TENANT,
  type TerraformJson,
  terraformOf,
  tmpOutdir,
} from './support';

afterEach(cleanOutdirs);

/** The documented default of REDSHIFT_IDC_APPLICATION_ARN in the dbt + Entra + Redshift example. */
const REDSHIFT_APP_ARN = 'arn:aws:redshift:eu-west-1:123456789012:redshiftidcapplication:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';

/** Synthesizes one example alone, as a user would (`new App` + the checks + `app.synth()`). */
function synthesize(build: (app: App) => unknown, stack: string): { app: App; tf: TerraformJson; manifest: TrustManifest } {
  const app = checkedApp();
  build(app);
  app.synth();
  return { app, tf: terraformOf(app, stack), manifest: manifestOf(app, stack) };
}

/** The rule ids of the suppressed findings each example records on purpose, with the construct they sit on. */
const DELIBERATE: Readonly<Record<ExampleName, readonly { ruleId: string; path: string }[]>> = {
  'alation-entra-api': [],
  'okta-snowflake-dbt': [{ ruleId: 'EO-CLAIM-002', path: 'okta-snowflake-dbt/Snowflake' }],
  'entra-redshift-dbt': [],
  'pingfederate-snowflake-atlan': [],
  'okta-keycloak-ataccama': [],
  'okta-spa-openmetadata': [{ ruleId: 'EO-GRANT-001', path: 'okta-spa-openmetadata/Spa' }],
  'okta-databricks-dbt': [],
};

describe('the whole npm start app', () => {
  // First in the file, so that it includes first-use costs (not module loading) of construct and synth.
  test('synthesizes every example stack in-process well under the 3 s target', () => {
    // GIVEN the same stacks as stacks/main.ts, with the checks on
    const started = process.hrtime.bigint();
    const app = new App({ outdir: tmpOutdir() });
    Aspects.of(app).add(new ExternalOAuthChecks({ now: NOW }));
    for (const name of EXAMPLE_NAMES) EXAMPLES[name](app);
    // WHEN
    app.synth();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // THEN
    console.log(
      `example app (${EXAMPLE_NAMES.length} stacks): construct + checks + synth in ${ms.toFixed(0)} ms (target: npm start < 3000 ms)`,
    );
    expect(ms).toBeLessThan(3000);
    for (const name of EXAMPLE_NAMES) expect(manifestOf(app, name).stack).toBe(name);
  });
});

describe.each(EXAMPLE_NAMES)('example %s', (name) => {
  test('synthesizes with the checks on, a schema-valid manifest and no unsuppressed finding', () => {
    // WHEN
    const { app, manifest } = synthesize(EXAMPLES[name], name);
    // THEN
    expect(manifestProblems(rawManifestOf(app, name))).toEqual([]);
    expect(manifest.schemaVersion).toBe(1);
    expect(manifest.findings.filter((f) => !f.suppressed)).toEqual([]);
    expect(manifest.findings.filter((f) => f.severity === 'error' && !f.suppressed)).toEqual([]);
  });

  test('records exactly its deliberate exceptions as suppressed findings, each with its reason', () => {
    // WHEN
    const { manifest } = synthesize(EXAMPLES[name], name);
    // THEN
    expect(manifest.findings.map((f) => ({ ruleId: f.ruleId, path: f.path }))).toEqual(DELIBERATE[name]);
    for (const f of manifest.findings) {
      expect(f.suppressed?.reason.length).toBeGreaterThanOrEqual(10);
      expect(f.message).toContain(f.path);
    }
  });
});

describe('okta-snowflake-dbt (dbt: Set up external OAuth with Snowflake, Okta)', () => {
  test('wires the auth server, its 1 h / 90 d policy rule and the Snowflake integration by object', () => {
    // WHEN
    const { tf, manifest } = synthesize(example.oktaSnowflakeDbt, 'okta-snowflake-dbt');
    // THEN the auth server mints the Snowflake account URL
    const server = onlyResource(tf, 'okta_auth_server');
    expect(server.config).toMatchObject({ audiences: ['https://acme-analytics.snowflakecomputing.com'], issuer_mode: 'ORG_URL' });
    // AND the policy is assigned to the dbt app, with a 60 min / 129600 min rule asking for session:role-any
    const dbtApp = onlyResource(tf, 'okta_app_oauth');
    expect(dbtApp.config).toMatchObject({
      type: 'web',
      grant_types: ['authorization_code', 'refresh_token'],
      redirect_uris: ['https://cloud.getdbt.com/complete/snowflake'],
    });
    // AND the first sign-in works: the developers are assigned, and the app asks nothing of dbt that its guide does not
    expect(dbtApp.config).toMatchObject({
      pkce_required: false,
      refresh_token_rotation: 'STATIC',
      token_endpoint_auth_method: 'client_secret_basic',
    });
    expect(onlyResource(tf, 'okta_app_group_assignments').config).toMatchObject({
      app_id: `\${okta_app_oauth.${dbtApp.id}.id}`,
      group: [{ id: '00g1dbtdevelopers0x7' }],
    });
    expect(manifest.clients[0]).toMatchObject({
      assignment: { mode: 'assigned', groups: ['00g1dbtdevelopers0x7'] },
      program: { name: 'dbt Cloud (Snowflake external OAuth)', sendsPkce: false, keepsRotatedRefreshToken: false },
    });
    expect(onlyResource(tf, 'okta_auth_server_policy').config).toMatchObject({
      client_whitelist: [`\${okta_app_oauth.${dbtApp.id}.client_id}`],
    });
    expect(onlyResource(tf, 'okta_auth_server_policy_rule').config).toMatchObject({
      access_token_lifetime_minutes: 60,
      refresh_token_lifetime_minutes: 129600,
      grant_type_whitelist: ['authorization_code'],
      scope_whitelist: expect.arrayContaining(['offline_access', 'session:role-any']),
    });
    // AND the integration trusts the auth server's own issuer reference, never a copied URL
    expect(onlyResource(tf, 'snowflake_external_oauth_integration').config).toMatchObject({
      name: 'OKTA_DBT',
      external_oauth_type: 'OKTA',
      external_oauth_any_role_mode: 'ENABLE',
      external_oauth_snowflake_user_mapping_attribute: 'EMAIL_ADDRESS',
      external_oauth_token_user_mapping_claim: ['sub'],
      external_oauth_issuer: `\${okta_auth_server.${server.id}.issuer}`,
      external_oauth_jws_keys_url: [`\${okta_auth_server.${server.id}.issuer}/v1/keys`],
      external_oauth_audience_list: ['https://acme-analytics.snowflakecomputing.com'],
    });
    // AND the role TRANSFORMER is created, and the developer's default role and grant reference it
    const role = onlyResource(tf, 'snowflake_account_role');
    expect(role.config).toMatchObject({ name: 'TRANSFORMER' });
    expect(onlyResource(tf, 'snowflake_user').config).toMatchObject({
      email: 'analyst@acme.example',
      default_role: `\${snowflake_account_role.${role.id}.name}`,
      default_warehouse: 'TRANSFORMING',
    });
    expect(onlyResource(tf, 'snowflake_grant_account_role').config).toMatchObject({
      role_name: `\${snowflake_account_role.${role.id}.name}`,
    });
    expect((manifest.trusts[0] as SnowflakeTrustRecord).roles).toEqual([expect.objectContaining({ name: 'TRANSFORMER', mode: 'created' })]);
    // AND the suppressed EO-CLAIM-002 gives the guide's reason
    expect(manifest.findings[0].suppressed?.reason).toMatch(/email addresses/);
  });
});

describe('alation-entra-api', () => {
  test('the external_oauth_profiles output equals the manifest profile: v1 issuer with trailing slash, appid machine flow', () => {
    // WHEN
    const { tf, manifest } = synthesize(example.alation, 'alation-entra-api');
    // THEN
    const [profile] = manifest.profiles;
    expect(tf.output?.external_oauth_profiles.value).toEqual(manifest.profiles);
    expect(profile).toMatchObject({
      name: 'alation-entra',
      issuer: `https://sts.windows.net/${TENANT}/`,
      issuerKind: 'entra',
      audiences: ['https://alation.acme.example/api'],
      jwksUrl: `https://login.microsoftonline.com/${TENANT}/discovery/v2.0/keys`,
      machineFlow: { enabled: true, systemUserClaim: 'appid', systemUserRole: 'Steward' },
      userFlow: { enabled: true, usernameClaim: 'unique_name' },
    });
    expect(profile.issuer.endsWith('/')).toBe(true);
    // AND the client id is the client app's reference, resolved only at apply
    const client = Object.entries(resourcesOf(tf, 'azuread_application')).find(([, c]) => c.display_name === 'Alation client');
    expect(profile.clientId).toBe(`\${azuread_application.${client?.[0]}.client_id}`);
    // AND the API issues v1 tokens and the client secret is bounded by a relative end date
    const api = Object.values(resourcesOf(tf, 'azuread_application')).find((c) => c.display_name === 'Alation API');
    expect(api).toMatchObject({ api: { requested_access_token_version: 1 } });
    expect(onlyResource(tf, 'azuread_application_password').config).toMatchObject({
      end_date_relative: '8760h',
      rotate_when_changed: { rotation: '2026-11' },
    });
  });
});

describe('entra-redshift-dbt (dbt: Set up external OAuth with Redshift, Entra ID)', () => {
  test('maps upn to emails.value at the v1 issuer with its trailing slash, and requires aws >= 6.28.0', () => {
    // WHEN
    const { tf, manifest } = synthesize(example.entraRedshiftDbt, 'entra-redshift-dbt');
    // THEN
    const tti = onlyResource(tf, 'aws_ssoadmin_trusted_token_issuer');
    expect(tti.config).toMatchObject({
      name: 'entra-dbt',
      trusted_token_issuer_type: 'OIDC_JWT',
      trusted_token_issuer_configuration: [
        {
          oidc_jwt_configuration: [
            {
              issuer_url: `https://sts.windows.net/${TENANT}/`,
              claim_attribute_path: 'upn',
              identity_store_attribute_path: 'emails.value',
              jwks_retrieval_option: 'OPEN_ID_DISCOVERY',
            },
          ],
        },
      ],
    });
    expect(tf.terraform?.required_providers?.aws?.version).toBe('>= 6.28.0');
    // AND the manifest agrees
    expect(manifest.trusts).toEqual([
      expect.objectContaining({
        type: 'redshift',
        issuer: `https://sts.windows.net/${TENANT}/`,
        claimAttributePath: 'upn',
        identityStoreAttributePath: 'emails.value',
        audiences: ['api://redshift-dbt'],
      }),
    ]);
  });

  test("adopts the guide's existing Redshift IdC application by ARN and authorizes only this trusted token issuer on it", () => {
    // WHEN
    const { tf, manifest } = synthesize(example.entraRedshiftDbt, 'entra-redshift-dbt');
    // THEN an import block adopts the application of the documented default ARN; nothing else is imported
    const tti = onlyResource(tf, 'aws_ssoadmin_trusted_token_issuer');
    const app = onlyResource(tf, 'aws_redshift_idc_application');
    expect(tf.import).toEqual([{ id: REDSHIFT_APP_ARN, to: `aws_redshift_idc_application.${app.id}` }]);
    // AND the adopted application keeps its documented values and gets the one authorized issuer with the App ID URI
    const { '//': metadata, ...config } = app.config;
    expect(metadata).toEqual({ metadata: expect.objectContaining({ path: 'entra-redshift-dbt/Redshift/Application' }) });
    expect(config).toEqual({
      idc_instance_arn: 'arn:aws:sso:::instance/ssoins-0000000000000000',
      redshift_idc_application_name: 'redshift-idc-application',
      idc_display_name: 'redshift-idc-application',
      iam_role_arn: 'arn:aws:iam::123456789012:role/redshift-idc-application',
      identity_namespace: 'AWSIDC',
      authorized_token_issuer_list: [
        {
          trusted_token_issuer_arn: `\${aws_ssoadmin_trusted_token_issuer.${tti.id}.arn}`,
          authorized_audiences_list: ['api://redshift-dbt'],
        },
      ],
      lifecycle: { prevent_destroy: true },
    });
    // AND the manifest records the adoption (review: adopted, not created), with no manual step
    expect((manifest.trusts[0] as RedshiftTrustRecord).application).toEqual({ mode: 'adopted', arn: REDSHIFT_APP_ARN, manualSteps: [] });
  });

  test('REDSHIFT_IDC_APPLICATION_ARN and the other settings select the application to adopt', () => {
    const arn = REDSHIFT_APP_ARN.replace('0f1e2d3c', '11112222');
    const { tf } = synthesize(
      (a) =>
        example.entraRedshiftDbt(a, { ...entraRedshiftDbtSettings(), redshiftApplicationArn: arn, redshiftApplicationName: 'analytics' }),
      'entra-redshift-dbt',
    );
    expect(tf.import?.map((i) => i.id)).toEqual([arn]);
    expect(onlyResource(tf, 'aws_redshift_idc_application').config).toMatchObject({ redshift_idc_application_name: 'analytics' });
  });

  test("exposes the guide's dbt-redshift scope, consentable by admins and users (type User), granted to dbt with admin consent", () => {
    // WHEN
    const { tf, manifest } = synthesize(example.entraRedshiftDbt, 'entra-redshift-dbt');
    // THEN
    const api = Object.values(resourcesOf(tf, 'azuread_application')).find((c) => c.display_name === 'Redshift (dbt Cloud)') as {
      api: { oauth2_permission_scope: Record<string, unknown>[] };
    };
    expect(api.api.oauth2_permission_scope).toEqual([
      expect.objectContaining({
        value: 'dbt-redshift',
        type: 'User',
        enabled: true,
        admin_consent_display_name: 'dbt-redshift',
        user_consent_display_name: 'dbt-redshift',
        user_consent_description: expect.any(String),
      }),
    ]);
    const dbt = manifest.clients.find((c) => c.path === 'entra-redshift-dbt/DbtCloud')!;
    expect(dbt.details).toMatchObject({
      apiPermissions: [{ api: 'entra-redshift-dbt/RedshiftApi', scopes: ['dbt-redshift'], adminConsent: true }],
    });
  });
});

describe('pingfederate-snowflake-atlan (Atlan: Snowflake OAuth with PingFederate)', () => {
  test('creates ATLAN_PINGFEDERATE_SSO as the guide does: PING_FEDERATE, /pf/JWKS, sub -> LOGIN_NAME, any-role ENABLE', () => {
    // WHEN
    const { tf, manifest } = synthesize(example.atlan, 'pingfederate-snowflake-atlan');
    // THEN
    expect(onlyResource(tf, 'snowflake_external_oauth_integration').config).toMatchObject({
      name: 'ATLAN_PINGFEDERATE_SSO',
      enabled: true,
      external_oauth_type: 'PING_FEDERATE',
      external_oauth_issuer: 'https://sso.acme.example',
      external_oauth_jws_keys_url: ['https://sso.acme.example/pf/JWKS'],
      external_oauth_audience_list: ['https://acme-analytics.snowflakecomputing.com'],
      external_oauth_token_user_mapping_claim: ['sub'],
      external_oauth_snowflake_user_mapping_attribute: 'LOGIN_NAME',
      external_oauth_any_role_mode: 'ENABLE',
    });
    const [trust] = manifest.trusts as SnowflakeTrustRecord[];
    expect(trust).toMatchObject({ existing: false, manualSteps: [] });
    // AND the Atlan client redirects exactly to <tenant>/api/service/oauth and asks for session:role-any
    expect(manifest.clients).toEqual([
      expect.objectContaining({
        clientId: 'atlan-snowflake',
        redirectUris: ['https://acme.atlan.com/api/service/oauth'],
        scopes: ['session:role-any'],
      }),
    ]);
  });

  test('creates one user per person, LOGIN_NAME = their PingFederate sub, granted the created ATLAN_READER role; no shared service user', () => {
    // WHEN
    const { tf, manifest } = synthesize(example.atlan, 'pingfederate-snowflake-atlan');
    // THEN
    const role = onlyResource(tf, 'snowflake_account_role');
    expect(role.config).toMatchObject({ name: 'ATLAN_READER' });
    const users = Object.values(resourcesOf(tf, 'snowflake_user'));
    expect(users.map((u) => [u.name, u.login_name])).toEqual([
      ['JANE_DOE', 'jane.doe'],
      ['RAJ_PATEL', 'raj.patel'],
    ]);
    for (const u of users)
      expect(u).toMatchObject({ default_role: `\${snowflake_account_role.${role.id}.name}`, default_warehouse: 'ATLAN_WH' });
    expect(resourcesOf(tf, 'snowflake_service_user')).toEqual({});
    const grants = Object.values(resourcesOf(tf, 'snowflake_grant_account_role'));
    expect(grants).toHaveLength(2);
    for (const g of grants) expect(g.role_name).toBe(`\${snowflake_account_role.${role.id}.name}`);
    const [trust] = manifest.trusts as SnowflakeTrustRecord[];
    expect(trust.users.map((u) => ({ loginName: u.loginName, service: u.service, roles: u.roles }))).toEqual([
      { loginName: 'jane.doe', service: false, roles: ['ATLAN_READER'] },
      { loginName: 'raj.patel', service: false, roles: ['ATLAN_READER'] },
    ]);
    expect(trust.roles).toEqual([expect.objectContaining({ name: 'ATLAN_READER', mode: 'created' })]);
  });

  test("the guide's alternative: an existing integration is extended by a manual ALTER step, nothing created for it", () => {
    // WHEN
    const { tf, manifest } = synthesize(
      (app) => example.atlan(app, { ...atlanSettings(), existingIntegration: 'PING_FEDERATE_OAUTH', existingAudiences: [] }),
      'pingfederate-snowflake-atlan',
    );
    // THEN
    expect(resourcesOf(tf, 'snowflake_external_oauth_integration')).toEqual({});
    const [trust] = manifest.trusts as SnowflakeTrustRecord[];
    expect(trust).toMatchObject({ existing: true, name: 'PING_FEDERATE_OAUTH', anyRoleMode: 'ENABLE' });
    expect(trust.manualSteps).toEqual([
      "ALTER SECURITY INTEGRATION PING_FEDERATE_OAUTH SET EXTERNAL_OAUTH_AUDIENCE_LIST = ('https://acme-analytics.snowflakecomputing.com')",
    ]);
    expect(Object.keys(resourcesOf(tf, 'snowflake_user'))).toHaveLength(2);
  });
});

describe('okta-keycloak-ataccama (Ataccama ONE: Okta OIDC Integration with Impersonation)', () => {
  test('declares the Snowflake role scopes, the /logout_response sign-out URI and the Keycloak broker values', () => {
    // WHEN
    const { tf, manifest } = synthesize(example.ataccama, 'okta-keycloak-ataccama');
    // THEN
    const scopes = Object.values(resourcesOf(tf, 'okta_auth_server_scope')).map((s) => s.name);
    expect(scopes).toEqual(expect.arrayContaining(['groups', 'session:role:DEV_QA', 'session:role-any']));
    // AND the refresh-token lifetime is Keycloak's 10 h SSO Session Max plus the 2 h reserve
    expect(onlyResource(tf, 'okta_auth_server_policy_rule').config).toMatchObject({
      scope_whitelist: ['openid', 'profile', 'email', 'offline_access', 'groups', 'session:role-any', 'session:role:DEV_QA'],
      access_token_lifetime_minutes: 60,
      refresh_token_lifetime_minutes: 720,
      refresh_token_window_minutes: 720,
    });
    const app = onlyResource(tf, 'okta_app_oauth');
    const config = app.config as { redirect_uris: string[]; post_logout_redirect_uris: string[] };
    expect(config.redirect_uris).toEqual(['https://ataccama.acme.example/auth/realms/ataccamaone/broker/okta/endpoint']);
    expect(config.post_logout_redirect_uris).toEqual([
      'https://ataccama.acme.example/auth/realms/ataccamaone/broker/okta/endpoint/logout_response',
    ]);
    // AND the app asks of the Keycloak broker only what it does: no PKCE, no rotation, the secret sent as post
    expect(app.config).toMatchObject({
      pkce_required: false,
      refresh_token_rotation: 'STATIC',
      token_endpoint_auth_method: 'client_secret_post',
    });
    expect(onlyResource(tf, 'okta_app_group_assignments').config).toMatchObject({ group: [{ id: '00g1ataccamausers0x7' }] });
    // AND the groups claim is in the ID token, which the broker's mapper reads
    expect(Object.values(resourcesOf(tf, 'okta_auth_server_claim'))).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'groups',
          value_type: 'GROUPS',
          group_filter_type: 'STARTS_WITH',
          value: 'ataccama_',
          claim_type: 'IDENTITY',
        }),
      ]),
    );
    expect(onlyResource(tf, 'snowflake_external_oauth_integration').config).toMatchObject({
      external_oauth_token_user_mapping_claim: ['email'],
      external_oauth_snowflake_user_mapping_attribute: 'EMAIL_ADDRESS',
    });
    // AND DEV_QA is declared as existing: no role resource, the grant names it literally
    expect(resourcesOf(tf, 'snowflake_account_role')).toEqual({});
    expect(onlyResource(tf, 'snowflake_grant_account_role').config).toMatchObject({ role_name: 'DEV_QA' });
    expect((manifest.trusts[0] as SnowflakeTrustRecord).roles).toEqual([expect.objectContaining({ name: 'DEV_QA', mode: 'existing' })]);
    // AND the broker's settings are in the manifest for the EO-KC-* checks
    expect(manifest.context.keycloakBrokers).toEqual([
      {
        path: 'okta-keycloak-ataccama/KeycloakBroker',
        name: 'Ataccama Keycloak',
        clientPath: 'okta-keycloak-ataccama/Ataccama',
        issuerPath: 'okta-keycloak-ataccama/AuthServer',
        ssoSessionIdleSeconds: 36000,
        ssoSessionMaxSeconds: 36000,
        reserveSeconds: 7200,
        clientAuthentication: 'client_secret_post',
        usePkce: false,
        storeTokens: true,
        storedTokensReadable: true,
        scopes: ['openid', 'profile', 'email', 'offline_access', 'groups', 'session:role-any'],
        accessTokenIsJwt: false,
        mappers: [{ name: 'okta-groups', type: 'oidc-advanced-group-idp-mapper', claim: 'groups' }],
      },
    ]);
  });
});

describe('okta-spa-openmetadata (OpenMetadata: Okta SSO)', () => {
  test('a PKCE SPA with rotating refresh tokens, the hybrid flow, callback + silent-callback, and audience = its own client id', () => {
    // WHEN
    const { tf, manifest } = synthesize(example.openMetadata, 'okta-spa-openmetadata');
    // THEN
    const spa = onlyResource(tf, 'okta_app_oauth');
    expect(spa.config).toMatchObject({
      type: 'browser',
      grant_types: ['authorization_code', 'refresh_token', 'implicit'],
      response_types: ['code', 'token', 'id_token'],
      pkce_required: true,
      token_endpoint_auth_method: 'none',
      refresh_token_rotation: 'ROTATE',
      refresh_token_leeway: 30,
      redirect_uris: ['https://openmetadata.acme.example/callback', 'https://openmetadata.acme.example/silent-callback'],
    });
    const clientIdRef = `\${okta_app_oauth.${spa.id}.client_id}`;
    expect(onlyResource(tf, 'okta_auth_server').config).toMatchObject({ audiences: [clientIdRef], issuer_mode: 'ORG_URL' });
    expect(onlyResource(tf, 'okta_auth_server_scope').config).toMatchObject({ name: 'openmetadata', default: true });
    expect(onlyResource(tf, 'okta_auth_server_policy_rule').config).toMatchObject({
      grant_type_whitelist: ['authorization_code', 'implicit'],
    });
    expect(manifest.profiles).toEqual([
      expect.objectContaining({
        name: 'openmetadata',
        clientId: clientIdRef,
        audiences: [clientIdRef],
        userFlow: { enabled: true, usernameClaim: 'email' },
      }),
    ]);
    expect(tf.output?.external_oauth_profiles.value).toEqual(manifest.profiles);
    // AND the guide's Base URI is a CORS + redirect trusted origin, and its Controlled access a group assignment
    expect(onlyResource(tf, 'okta_trusted_origin').config).toMatchObject({
      origin: 'https://openmetadata.acme.example',
      scopes: ['CORS', 'REDIRECT'],
    });
    expect(onlyResource(tf, 'okta_app_group_assignments').config).toMatchObject({ group: [{ id: '00g1openmetadata0x7' }] });
  });
});

describe('settings', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of ['SNOWFLAKE_ACCOUNT_URL', 'DBT_DEVELOPER_EMAIL']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  test('environment variables change the synthesized output', () => {
    // GIVEN
    process.env.SNOWFLAKE_ACCOUNT_URL = 'https://acme-staging.snowflakecomputing.com';
    process.env.DBT_DEVELOPER_EMAIL = '  dev@acme.example  ';
    // WHEN
    const { tf, manifest } = synthesize(example.oktaSnowflakeDbt, 'okta-snowflake-dbt');
    // THEN
    expect(onlyResource(tf, 'okta_auth_server').config).toMatchObject({ audiences: ['https://acme-staging.snowflakecomputing.com'] });
    expect(onlyResource(tf, 'snowflake_external_oauth_integration').config).toMatchObject({
      external_oauth_audience_list: ['https://acme-staging.snowflakecomputing.com'],
    });
    expect(onlyResource(tf, 'snowflake_user').config).toMatchObject({ email: 'dev@acme.example' });
    expect(manifest.issuers[0].audiences).toEqual(['https://acme-staging.snowflakecomputing.com']);
  });

  test('an empty environment variable falls back to the documented default', () => {
    // GIVEN
    process.env.SNOWFLAKE_ACCOUNT_URL = '   ';
    // WHEN
    const { tf } = synthesize(example.oktaSnowflakeDbt, 'okta-snowflake-dbt');
    // THEN
    expect(onlyResource(tf, 'okta_auth_server').config).toMatchObject({ audiences: ['https://acme-analytics.snowflakecomputing.com'] });
  });

  test('settings passed to the stack change the output (a tenant and a least-privilege role)', () => {
    // GIVEN
    const tenant = '11111111-2222-4333-8444-555555555555';
    // WHEN
    const { tf, manifest } = synthesize(
      (app) => example.alation(app, { ...alationSettings(), tenantId: tenant, systemUserRole: 'Catalog Reader' }),
      'alation-entra-api',
    );
    // THEN
    expect(manifest.profiles[0]).toMatchObject({
      issuer: `https://sts.windows.net/${tenant}/`,
      machineFlow: { systemUserRole: 'Catalog Reader' },
    });
    expect(tf.output?.external_oauth_profiles.value).toEqual(manifest.profiles);
  });
});
