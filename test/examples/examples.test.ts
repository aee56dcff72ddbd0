/**
 * The examples synthesize with the checks on: no error, a schema-valid manifest without
 * unsuppressed findings, the deliberate exceptions suppressed with their reasons (and visible in
 * the manifest), and the key resources and wiring in the Terraform JSON. Also: settings come from
 * environment variables, and the whole `npm start` app synthesizes well within its 3 s target.
 */
import { App, Aspects } from 'cdktf';
import { ExternalOAuthChecks } from '../../lib/checks/aspect';
import { manifestProblems } from '../../lib/manifest/schema-validation';
import type { SnowflakeTrustRecord, TrustManifest } from '../../lib/manifest/types';
import { alationSettings } from '../../examples/alation-entra-api/stack';
import {
  EXAMPLE_NAMES, EXAMPLES, NOW, TENANT, checkedApp, cleanOutdirs, example, manifestOf, onlyResource, rawManifestOf, resourcesOf, terraformOf, tmpOutdir,
  type ExampleName, type TerraformJson,
} from './support';

afterEach(cleanOutdirs);

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
    console.log(`example app (${EXAMPLE_NAMES.length} stacks): construct + checks + synth in ${ms.toFixed(0)} ms (target: npm start < 3000 ms)`);
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

describe('okta-snowflake-dbt (seed 002, Okta)', () => {
  test('wires the auth server, its 1 h / 90 d policy rule and the Snowflake integration by object', () => {
    // WHEN
    const { tf, manifest } = synthesize(example.oktaSnowflakeDbt, 'okta-snowflake-dbt');
    // THEN the auth server mints the Snowflake account URL
    const server = onlyResource(tf, 'okta_auth_server');
    expect(server.config).toMatchObject({ audiences: ['https://acme-analytics.snowflakecomputing.com'], issuer_mode: 'ORG_URL' });
    // AND the policy is assigned to the dbt app, with a 60 min / 129600 min rule asking for session:role-any
    const dbtApp = onlyResource(tf, 'okta_app_oauth');
    expect(dbtApp.config).toMatchObject({ type: 'web', grant_types: ['authorization_code', 'refresh_token'], redirect_uris: ['https://cloud.getdbt.com/complete/snowflake'] });
    expect(onlyResource(tf, 'okta_auth_server_policy').config).toMatchObject({ client_whitelist: [`\${okta_app_oauth.${dbtApp.id}.client_id}`] });
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
    // AND the developer exists with default role, warehouse and the role grant
    expect(onlyResource(tf, 'snowflake_user').config).toMatchObject({ email: 'analyst@acme.example', default_role: 'TRANSFORMER', default_warehouse: 'TRANSFORMING' });
    expect(onlyResource(tf, 'snowflake_grant_account_role').config).toMatchObject({ role_name: 'TRANSFORMER' });
    // AND the suppressed EO-CLAIM-002 names seed 002's reason
    expect(manifest.findings[0].suppressed?.reason).toMatch(/email addresses/);
  });
});

describe('alation-entra-api (seed 000)', () => {
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
    expect(onlyResource(tf, 'azuread_application_password').config).toMatchObject({ end_date_relative: '8760h', rotate_when_changed: { rotation: '2026-11' } });
  });
});

describe('entra-redshift-dbt (seed 002, Entra)', () => {
  test('maps upn to emails.value at the v1 issuer with its trailing slash, and requires aws >= 6.28.0', () => {
    // WHEN
    const { tf, manifest } = synthesize(example.entraRedshiftDbt, 'entra-redshift-dbt');
    // THEN
    const tti = onlyResource(tf, 'aws_ssoadmin_trusted_token_issuer');
    expect(tti.config).toMatchObject({
      name: 'entra-dbt',
      trusted_token_issuer_type: 'OIDC_JWT',
      trusted_token_issuer_configuration: [{
        oidc_jwt_configuration: [{ issuer_url: `https://sts.windows.net/${TENANT}/`, claim_attribute_path: 'upn', identity_store_attribute_path: 'emails.value', jwks_retrieval_option: 'OPEN_ID_DISCOVERY' }],
      }],
    });
    // AND the Redshift IdC application accepts the App ID URI from that trusted token issuer
    expect(onlyResource(tf, 'aws_redshift_idc_application').config).toMatchObject({
      authorized_token_issuer_list: [{ trusted_token_issuer_arn: `\${aws_ssoadmin_trusted_token_issuer.${tti.id}.arn}`, authorized_audiences_list: ['api://redshift-dbt'] }],
    });
    expect(tf.terraform?.required_providers?.aws?.version).toBe('>= 6.28.0');
    // AND the manifest agrees
    expect(manifest.trusts).toEqual([expect.objectContaining({ type: 'redshift', issuer: `https://sts.windows.net/${TENANT}/`, claimAttributePath: 'upn', identityStoreAttributePath: 'emails.value', audiences: ['api://redshift-dbt'] })]);
  });
});

describe('pingfederate-snowflake-atlan (seed 004)', () => {
  test('extends the existing integration by a manual ALTER step and creates the users with default role, warehouse and grants', () => {
    // WHEN
    const { tf, manifest } = synthesize(example.atlan, 'pingfederate-snowflake-atlan');
    // THEN no second integration for the issuer
    expect(resourcesOf(tf, 'snowflake_external_oauth_integration')).toEqual({});
    const [trust] = manifest.trusts as SnowflakeTrustRecord[];
    expect(trust).toMatchObject({ type: 'snowflake', existing: true, integrationType: 'PING_FEDERATE', mappingAttribute: 'LOGIN_NAME', jwksUrls: ['https://sso.acme.example/pf/JWKS'] });
    expect(trust.manualSteps).toEqual([
      "ALTER SECURITY INTEGRATION PING_FEDERATE_OAUTH SET EXTERNAL_OAUTH_AUDIENCE_LIST = ('https://acme-analytics.snowflakecomputing.com', 'https://acme.atlan.com/snowflake')",
    ]);
    // AND the users
    const user = onlyResource(tf, 'snowflake_user');
    expect(user.config).toMatchObject({ login_name: 'ATLAN_SVC', default_role: 'ATLAN_READER', default_warehouse: 'ATLAN_WH' });
    expect(onlyResource(tf, 'snowflake_grant_account_role').config).toMatchObject({ role_name: 'ATLAN_READER', user_name: `\${snowflake_user.${user.id}.name}` });
  });
});

describe('okta-keycloak-ataccama (seed 001)', () => {
  test('declares the Snowflake role scopes, the /logout_response sign-out URI and the Keycloak broker values', () => {
    // WHEN
    const { tf, manifest } = synthesize(example.ataccama, 'okta-keycloak-ataccama');
    // THEN
    const scopes = Object.values(resourcesOf(tf, 'okta_auth_server_scope')).map((s) => s.name);
    expect(scopes).toEqual(expect.arrayContaining(['groups', 'session:role:DEV_QA', 'session:role-any']));
    expect(onlyResource(tf, 'okta_auth_server_policy_rule').config).toMatchObject({
      scope_whitelist: ['openid', 'offline_access', 'email', 'profile', 'groups', 'session:role:DEV_QA', 'session:role-any'],
      access_token_lifetime_minutes: 60,
      refresh_token_lifetime_minutes: 129600,
    });
    const app = onlyResource(tf, 'okta_app_oauth').config as { redirect_uris: string[]; post_logout_redirect_uris: string[] };
    expect(app.redirect_uris).toEqual(['https://ataccama.acme.example/auth/realms/ataccamaone/broker/okta/endpoint']);
    expect(app.post_logout_redirect_uris).toHaveLength(1);
    expect(app.post_logout_redirect_uris[0]).toMatch(/\/logout_response$/);
    expect(Object.values(resourcesOf(tf, 'okta_auth_server_claim'))).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'groups', value_type: 'GROUPS', group_filter_type: 'STARTS_WITH', value: 'ataccama_' })]));
    expect(onlyResource(tf, 'snowflake_external_oauth_integration').config).toMatchObject({ external_oauth_token_user_mapping_claim: ['email'], external_oauth_snowflake_user_mapping_attribute: 'EMAIL_ADDRESS' });
    // AND the broker's session settings are in the manifest for the EO-KC-* checks
    expect(manifest.context.keycloakBrokers).toEqual([{
      path: 'okta-keycloak-ataccama/KeycloakBroker',
      name: 'Ataccama Keycloak',
      clientPath: 'okta-keycloak-ataccama/Ataccama',
      issuerPath: 'okta-keycloak-ataccama/AuthServer',
      ssoSessionIdleSeconds: 36000,
      ssoSessionMaxSeconds: 36000,
      reserveSeconds: 300,
    }]);
  });
});

describe('okta-spa-openmetadata (seed 003)', () => {
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
    expect(onlyResource(tf, 'okta_auth_server_policy_rule').config).toMatchObject({ grant_type_whitelist: ['authorization_code', 'implicit'] });
    expect(manifest.profiles).toEqual([expect.objectContaining({ name: 'openmetadata', clientId: clientIdRef, audiences: [clientIdRef], userFlow: { enabled: true, usernameClaim: 'email' } })]);
    expect(tf.output?.external_oauth_profiles.value).toEqual(manifest.profiles);
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
    expect(onlyResource(tf, 'snowflake_external_oauth_integration').config).toMatchObject({ external_oauth_audience_list: ['https://acme-staging.snowflakecomputing.com'] });
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
    const { tf, manifest } = synthesize((app) => example.alation(app, { ...alationSettings(), tenantId: tenant, systemUserRole: 'Catalog Reader' }), 'alation-entra-api');
    // THEN
    expect(manifest.profiles[0]).toMatchObject({ issuer: `https://sts.windows.net/${tenant}/`, machineFlow: { systemUserRole: 'Catalog Reader' } });
    expect(tf.output?.external_oauth_profiles.value).toEqual(manifest.profiles);
  });
});
