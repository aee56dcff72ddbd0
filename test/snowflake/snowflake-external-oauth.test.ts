import { CONFIG_ERROR_CODES } from '../../lib/core/errors';
import type { IssuerKind } from '../../lib/core/kinds';
import { ExternalClient } from '../../lib/external/external-client';
import { ExternalIssuer } from '../../lib/external/external-issuer';
import { AnnotationMetadataEntryType, App, TerraformStack, TerraformVariable, Testing } from '../../lib/framework';
import { ManifestWriter } from '../../lib/manifest/manifest-writer';
import { manifestProblems } from '../../lib/manifest/schema-validation';
import type { SnowflakeTrustRecord } from '../../lib/manifest/types';
import { ExternalOauthIntegration } from '../../lib/providers/snowflake/external-oauth-integration';
import { GrantAccountRole } from '../../lib/providers/snowflake/grant-account-role';
import { SnowflakeProvider } from '../../lib/providers/snowflake/provider';
import { ServiceUser } from '../../lib/providers/snowflake/service-user';
import { User } from '../../lib/providers/snowflake/user';
import { SnowflakeExternalOAuth, SnowflakeExternalOAuthProps } from '../../lib/snowflake/snowflake-external-oauth';
import { configErrorOf as configError } from '../support/config-error';
import { FakeIssuer } from '../support/fake-issuer';

Testing.setupJest();
// Generous: provider bindings load slowly on a busy machine.
jest.setTimeout(30_000);

const PING_URL = 'https://sso.example.com';

function setup(): { app: App; stack: TerraformStack; ping: ExternalIssuer } {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'demo');
  const ping = new ExternalIssuer(stack, 'Ping', { kind: 'pingfederate', issuerUrl: PING_URL, audiences: ['https://api.example.com'] });
  return { app, stack, ping };
}

function integration(
  stack: TerraformStack,
  issuer: SnowflakeExternalOAuthProps['issuer'],
  extra: Partial<SnowflakeExternalOAuthProps> = {},
  id = 'Snowflake',
): SnowflakeExternalOAuth {
  return new SnowflakeExternalOAuth(stack, id, { issuer, name: 'PING_OAUTH', userMappingClaim: 'sub', ...extra });
}

function record(trust: SnowflakeExternalOAuth): SnowflakeTrustRecord {
  const manifest = ManifestWriter.of(trust).build();
  return manifest.trusts.find((t) => t.path === trust.node.path) as SnowflakeTrustRecord;
}

function warnings(trust: SnowflakeExternalOAuth): string[] {
  return trust.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
}

describe('SnowflakeExternalOAuth', () => {
  test('synthesizes the integration from the issuer object, secure by default', () => {
    // GIVEN
    const { stack, ping } = setup();
    // WHEN
    integration(stack, ping);
    // THEN
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ExternalOauthIntegration, {
      name: 'PING_OAUTH',
      enabled: true,
      external_oauth_type: 'PING_FEDERATE',
      external_oauth_issuer: PING_URL,
      external_oauth_jws_keys_url: ['https://sso.example.com/pf/JWKS'],
      external_oauth_audience_list: ['https://api.example.com'],
      external_oauth_token_user_mapping_claim: ['sub'],
      external_oauth_snowflake_user_mapping_attribute: 'LOGIN_NAME',
      external_oauth_any_role_mode: 'DISABLE',
    });
    const tf = JSON.parse(Testing.synth(stack));
    const [resource] = Object.values(tf.resource.snowflake_external_oauth_integration) as Record<string, unknown>[];
    expect(resource.external_oauth_scope_mapping_attribute).toBeUndefined();
    expect(resource.external_oauth_allowed_roles_list).toBeUndefined();
  });

  test.each<[IssuerKind, string]>([
    ['okta', 'OKTA'],
    ['entra', 'AZURE'],
    ['pingfederate', 'PING_FEDERATE'],
    ['auth0', 'CUSTOM'],
    ['keycloak', 'CUSTOM'],
    ['generic', 'CUSTOM'],
  ])('derives the integration type from issuer kind %s -> %s', (kind, type) => {
    // GIVEN
    const { stack } = setup();
    const issuer = new FakeIssuer(stack, 'Issuer', { kind, issuerUrl: 'https://idp.example.com/oauth2/x' });
    // WHEN
    const trust = integration(stack, issuer);
    // THEN
    expect(trust.integrationType).toBe(type);
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ExternalOauthIntegration, { external_oauth_type: type });
  });

  test('Entra: scope mapping attribute defaults to scp and the v1 issuer keeps its trailing slash', () => {
    // GIVEN
    const { stack } = setup();
    const entra = new FakeIssuer(stack, 'Entra', {
      kind: 'entra',
      issuerUrl: 'https://sts.windows.net/00000000-0000-0000-0000-000000000001/',
      jwksUrl: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000001/discovery/v2.0/keys',
      audiences: ['api://snowflake'],
    });
    // WHEN
    const trust = integration(stack, entra, { name: 'ENTRA_OAUTH', userMappingClaim: 'upn' });
    // THEN
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ExternalOauthIntegration, {
      external_oauth_type: 'AZURE',
      external_oauth_issuer: 'https://sts.windows.net/00000000-0000-0000-0000-000000000001/',
      external_oauth_scope_mapping_attribute: 'scp',
    });
    expect(record(trust).scopeMappingAttribute).toBe('scp');
  });

  test('an explicit scope mapping attribute wins', () => {
    const { stack, ping } = setup();
    integration(stack, ping, { scopeMappingAttribute: 'scope' });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ExternalOauthIntegration, {
      external_oauth_scope_mapping_attribute: 'scope',
    });
  });

  describe('JWKS URLs', () => {
    test('accepts 3 URLs (the limit)', () => {
      const { stack, ping } = setup();
      const urls = ['https://a.example.com/keys', 'https://b.example.com/keys', 'https://c.example.com/keys'];
      integration(stack, ping, { jwksUrls: urls });
      expect(Testing.synth(stack)).toHaveResourceWithProperties(ExternalOauthIntegration, { external_oauth_jws_keys_url: urls });
    });

    test('fails when 4 URLs are given', () => {
      const { stack, ping } = setup();
      const urls = ['https://a.example.com/keys', 'https://b.example.com/keys', 'https://c.example.com/keys', 'https://d.example.com/keys'];
      const err = configError(() => integration(stack, ping, { jwksUrls: urls }));
      expect(err.code).toBe(CONFIG_ERROR_CODES.OUT_OF_RANGE);
      expect(err.field).toBe('jwksUrls');
      expect(err.path).toBe('demo/Snowflake');
    });

    test('fails when the list is empty', () => {
      const { stack, ping } = setup();
      expect(configError(() => integration(stack, ping, { jwksUrls: [] })).code).toBe(CONFIG_ERROR_CODES.EMPTY_LIST);
    });

    test('fails when a URL is plain http', () => {
      const { stack, ping } = setup();
      const err = configError(() => integration(stack, ping, { jwksUrls: ['http://keys.example.com/jwks'] }));
      expect(err.code).toBe(CONFIG_ERROR_CODES.INVALID_URL);
      expect(err.field).toBe('jwksUrls[0]');
    });
  });

  describe('account URL', () => {
    test('records the declared account URL for EO-SNOW-009; none by default', () => {
      const { stack, ping } = setup();
      expect(record(integration(stack, ping, { accountUrl: 'https://acme-xy12345.snowflakecomputing.com' })).accountUrl).toBe(
        'https://acme-xy12345.snowflakecomputing.com',
      );
      const other = setup();
      expect(record(integration(other.stack, other.ping)).accountUrl).toBeUndefined();
    });

    test('fails when the account URL is not https', () => {
      const { stack, ping } = setup();
      expect(configError(() => integration(stack, ping, { accountUrl: 'http://acme.snowflakecomputing.com' })).code).toBe(
        CONFIG_ERROR_CODES.INVALID_URL,
      );
    });
  });

  describe('audiences', () => {
    test('fails when empty', () => {
      const { stack, ping } = setup();
      const err = configError(() => integration(stack, ping, { audiences: [] }));
      expect(err.code).toBe(CONFIG_ERROR_CODES.EMPTY_LIST);
      expect(err.field).toBe('audiences');
    });

    test('accepts one explicit audience instead of the issuer audiences', () => {
      const { stack, ping } = setup();
      integration(stack, ping, { audiences: ['https://snowflake.example.com'] });
      expect(Testing.synth(stack)).toHaveResourceWithProperties(ExternalOauthIntegration, {
        external_oauth_audience_list: ['https://snowflake.example.com'],
      });
    });

    test('fails when an audience is listed twice', () => {
      const { stack, ping } = setup();
      expect(configError(() => integration(stack, ping, { audiences: ['a', 'a'] })).code).toBe(CONFIG_ERROR_CODES.DUPLICATE_NAME);
    });

    test('addAudience extends the resource and the record', () => {
      // GIVEN
      const { stack, ping } = setup();
      const trust = integration(stack, ping);
      // WHEN
      trust.addAudience('https://second-api.example.com');
      // THEN
      expect(Testing.synth(stack)).toHaveResourceWithProperties(ExternalOauthIntegration, {
        external_oauth_audience_list: ['https://api.example.com', 'https://second-api.example.com'],
      });
      expect(record(trust).audiences).toEqual(['https://api.example.com', 'https://second-api.example.com']);
      expect(record(trust).manualSteps).toEqual([]);
    });

    test('addAudience fails when the audience is already listed', () => {
      const { stack, ping } = setup();
      const trust = integration(stack, ping);
      expect(configError(() => trust.addAudience('https://api.example.com')).code).toBe(CONFIG_ERROR_CODES.DUPLICATE_NAME);
    });
  });

  describe('one integration per issuer per account', () => {
    test('fails when a second integration trusts the same issuer in the same account', () => {
      // GIVEN
      const { stack, ping } = setup();
      integration(stack, ping, {}, 'First');
      // WHEN
      const err = configError(() => integration(stack, ping, { name: 'PING_OAUTH_2', audiences: ['https://other.example.com'] }, 'Second'));
      // THEN
      expect(err.code).toBe(CONFIG_ERROR_CODES.DUPLICATE_INTEGRATION);
      expect(err.code).toBe('EO_DUPLICATE_INTEGRATION');
      expect(err.path).toBe('demo/Second');
      expect(err.rule).toContain('addAudience() on demo/First');
      expect(err.rule).toContain(
        "ALTER SECURITY INTEGRATION PING_OAUTH SET EXTERNAL_OAUTH_AUDIENCE_LIST = ('https://api.example.com', 'https://other.example.com')",
      );
    });

    test('fails across stacks of one app, and for two issuer objects with the same URL', () => {
      const { app, ping } = setup();
      const other = new TerraformStack(app, 'other');
      const samePing = new ExternalIssuer(other, 'Ping', { kind: 'pingfederate', issuerUrl: PING_URL, audiences: ['b'] });
      integration(ping.node.scope as TerraformStack, ping, {}, 'First');
      expect(configError(() => integration(other, samePing, { name: 'OTHER' })).code).toBe(CONFIG_ERROR_CODES.DUPLICATE_INTEGRATION);
    });

    test('accepts the same issuer in different accounts', () => {
      const { stack, ping } = setup();
      integration(stack, ping, { account: 'prod' }, 'Prod');
      const dev = integration(stack, ping, { account: 'dev' }, 'Dev');
      expect(record(dev).account).toBe('dev');
    });

    test('accepts different issuers in one account', () => {
      const { stack, ping } = setup();
      const okta = new FakeIssuer(stack, 'Okta', { kind: 'okta', issuerUrl: 'https://acme.okta.com/oauth2/aus1' });
      integration(stack, ping, {}, 'PingOAuth');
      expect(() => integration(stack, okta, { name: 'OKTA_OAUTH' }, 'OktaOAuth')).not.toThrow();
    });

    test('fails when an existing integration and a managed one trust the same issuer', () => {
      const { stack, ping } = setup();
      SnowflakeExternalOAuth.extendExisting(stack, 'Existing', {
        issuer: ping,
        name: 'LEGACY',
        existingAudiences: ['x'],
        userMappingClaim: 'sub',
      });
      expect(configError(() => integration(stack, ping)).code).toBe(CONFIG_ERROR_CODES.DUPLICATE_INTEGRATION);
    });

    test('warns (rather than passes silently) when issuer URLs are unknown until apply', () => {
      // GIVEN two issuers whose URLs are Terraform expressions
      const { stack } = setup();
      const a = new FakeIssuer(stack, 'A', {
        kind: 'okta',
        issuerUrl: new TerraformVariable(stack, 'a', { type: 'string' }).stringValue,
        jwksUrl: 'https://a.example.com/keys',
      });
      const b = new FakeIssuer(stack, 'B', {
        kind: 'okta',
        issuerUrl: new TerraformVariable(stack, 'b', { type: 'string' }).stringValue,
        jwksUrl: 'https://b.example.com/keys',
      });
      integration(stack, a, { name: 'A_OAUTH' }, 'IntA');
      // WHEN
      const second = integration(stack, b, { name: 'B_OAUTH' }, 'IntB');
      // THEN
      expect(warnings(second).join('\n')).toMatch(
        /^\[EO-SNOW-006\] Could not be evaluated at demo\/IntB: the issuer URL of demo\/B or demo\/A is only known after apply, so whether demo\/IntA already trusts the same issuer in this account is not known/,
      );
      // AND the manifest records what synth printed, as a finding that could not be evaluated
      expect(ManifestWriter.of(second).recordedFindings).toEqual([
        expect.objectContaining({ ruleId: 'EO-SNOW-006', severity: 'warning', path: 'demo/IntB', evaluated: false }),
      ]);
    });

    test('fails when the same issuer object is used twice even with an unresolved URL', () => {
      const { stack } = setup();
      const a = new FakeIssuer(stack, 'A', {
        kind: 'okta',
        issuerUrl: new TerraformVariable(stack, 'a', { type: 'string' }).stringValue,
        jwksUrl: 'https://a.example.com/keys',
      });
      integration(stack, a, { name: 'A_OAUTH' }, 'IntA');
      expect(configError(() => integration(stack, a, { name: 'A2_OAUTH' }, 'IntA2')).code).toBe(CONFIG_ERROR_CODES.DUPLICATE_INTEGRATION);
    });

    test('fails when two integrations share a name in one account, accepts it in two accounts', () => {
      const { stack, ping } = setup();
      const okta = new FakeIssuer(stack, 'Okta', { kind: 'okta', issuerUrl: 'https://acme.okta.com/oauth2/aus1' });
      integration(stack, ping, { name: 'SHARED' }, 'One');
      expect(configError(() => integration(stack, okta, { name: 'shared' }, 'Two')).code).toBe(CONFIG_ERROR_CODES.DUPLICATE_NAME);
      expect(() => integration(stack, okta, { name: 'SHARED', account: 'other' }, 'Three')).not.toThrow();
    });
  });

  describe('roles', () => {
    test.each(['ACCOUNTADMIN', 'ORGADMIN', 'SECURITYADMIN', 'accountadmin'])('fails when allowedRoles holds %s', (role) => {
      const { stack, ping } = setup();
      const err = configError(() => integration(stack, ping, { allowedRoles: ['ANALYST', role] }));
      expect(err.code).toBe(CONFIG_ERROR_CODES.INVALID_VALUE);
      expect(err.field).toBe('allowedRoles[1]');
    });

    test('accepts non-administrative allowed roles', () => {
      const { stack, ping } = setup();
      const trust = integration(stack, ping, { allowedRoles: ['ANALYST', 'SYSADMIN'] });
      expect(Testing.synth(stack)).toHaveResourceWithProperties(ExternalOauthIntegration, {
        external_oauth_allowed_roles_list: ['ANALYST', 'SYSADMIN'],
      });
      expect(record(trust).allowedRoles).toEqual(['ANALYST', 'SYSADMIN']);
    });

    test('accepts a blocked list, admin roles included', () => {
      const { stack, ping } = setup();
      const trust = integration(stack, ping, { blockedRoles: ['ACCOUNTADMIN', 'LOADER'] });
      expect(Testing.synth(stack)).toHaveResourceWithProperties(ExternalOauthIntegration, {
        external_oauth_blocked_roles_list: ['ACCOUNTADMIN', 'LOADER'],
      });
      expect(record(trust).blockedRoles).toEqual(['ACCOUNTADMIN', 'LOADER']);
    });

    test('warns (rather than passes silently) when an allowed role is only known after apply', () => {
      const { stack, ping } = setup();
      const role = new TerraformVariable(stack, 'role', { type: 'string' }).stringValue;
      const trust = integration(stack, ping, { allowedRoles: [role] });
      expect(warnings(trust).join('\n')).toMatch(
        /^\[EO-SNOW-004\] Could not be evaluated at demo\/[^:]+: allowedRoles\[0\] is only known after apply, so whether it is one of ACCOUNTADMIN/,
      );
      expect(ManifestWriter.of(trust).recordedFindings).toEqual([
        expect.objectContaining({ ruleId: 'EO-SNOW-004', severity: 'warning', evaluated: false }),
      ]);
    });

    test('fails when both allowed and blocked roles are given', () => {
      const { stack, ping } = setup();
      expect(configError(() => integration(stack, ping, { allowedRoles: ['A'], blockedRoles: ['B'] })).code).toBe(
        CONFIG_ERROR_CODES.INVALID_VALUE,
      );
    });

    test('fails when allowedRoles is an empty list (it would not restrict anything)', () => {
      const { stack, ping } = setup();
      expect(configError(() => integration(stack, ping, { allowedRoles: [] })).code).toBe(CONFIG_ERROR_CODES.EMPTY_LIST);
    });

    test('fails when a role is not an identifier', () => {
      const { stack, ping } = setup();
      expect(configError(() => integration(stack, ping, { allowedRoles: ['DEV QA'] })).code).toBe(CONFIG_ERROR_CODES.INVALID_NAME);
    });

    test('fails when anyRoleMode is not a Snowflake value, accepts ENABLE_FOR_PRIVILEGE', () => {
      const { stack, ping } = setup();
      expect(configError(() => integration(stack, ping, { anyRoleMode: 'ALWAYS' as never })).code).toBe(CONFIG_ERROR_CODES.INVALID_VALUE);
      integration(stack, ping, { anyRoleMode: 'ENABLE_FOR_PRIVILEGE', account: 'other' }, 'Ok');
      expect(Testing.synth(stack)).toHaveResourceWithProperties(ExternalOauthIntegration, {
        external_oauth_any_role_mode: 'ENABLE_FOR_PRIVILEGE',
      });
    });
  });

  describe('scope delimiter', () => {
    test('accepts one character on a CUSTOM integration', () => {
      const { stack } = setup();
      const kc = new ExternalIssuer(stack, 'Kc', {
        kind: 'keycloak',
        issuerUrl: 'https://kc.example.com/realms/data',
        audiences: ['snowflake'],
      });
      integration(stack, kc, { scopeDelimiter: ' ' });
      expect(Testing.synth(stack)).toHaveResourceWithProperties(ExternalOauthIntegration, {
        external_oauth_type: 'CUSTOM',
        external_oauth_scope_delimiter: ' ',
      });
    });

    test('fails when it has two characters', () => {
      const { stack } = setup();
      const kc = new ExternalIssuer(stack, 'Kc', {
        kind: 'keycloak',
        issuerUrl: 'https://kc.example.com/realms/data',
        audiences: ['snowflake'],
      });
      expect(configError(() => integration(stack, kc, { scopeDelimiter: ', ' })).code).toBe(CONFIG_ERROR_CODES.INVALID_VALUE);
    });

    test('fails when the integration is not CUSTOM', () => {
      const { stack, ping } = setup();
      const err = configError(() => integration(stack, ping, { scopeDelimiter: ',' }));
      expect(err.code).toBe(CONFIG_ERROR_CODES.INVALID_VALUE);
      expect(err.rule).toContain('PING_FEDERATE');
    });
  });

  describe('mapping', () => {
    test('accepts several mapping claims', () => {
      const { stack, ping } = setup();
      integration(stack, ping, { userMappingClaim: ['sub', 'email'], mappingAttribute: 'EMAIL_ADDRESS' });
      expect(Testing.synth(stack)).toHaveResourceWithProperties(ExternalOauthIntegration, {
        external_oauth_token_user_mapping_claim: ['sub', 'email'],
        external_oauth_snowflake_user_mapping_attribute: 'EMAIL_ADDRESS',
      });
    });

    test('fails when no mapping claim is given', () => {
      const { stack, ping } = setup();
      expect(configError(() => integration(stack, ping, { userMappingClaim: [] })).code).toBe(CONFIG_ERROR_CODES.EMPTY_LIST);
      expect(configError(() => integration(stack, ping, { userMappingClaim: ' ' }, 'Blank')).code).toBe(CONFIG_ERROR_CODES.MISSING_VALUE);
    });

    test('fails when the mapping attribute is not LOGIN_NAME or EMAIL_ADDRESS', () => {
      const { stack, ping } = setup();
      expect(configError(() => integration(stack, ping, { mappingAttribute: 'NAME' as never })).code).toBe(
        CONFIG_ERROR_CODES.INVALID_VALUE,
      );
    });
  });

  describe('name', () => {
    test.each(['my-integration', '1OAUTH', 'A.B', ''])('fails when the name is %j', (name) => {
      const { stack, ping } = setup();
      expect(configError(() => integration(stack, ping, { name })).code).toBe(CONFIG_ERROR_CODES.INVALID_NAME);
    });

    test('warns when the name is not upper case, and not when it is', () => {
      const { stack, ping } = setup();
      const okta = new FakeIssuer(stack, 'Okta', { kind: 'okta', issuerUrl: 'https://acme.okta.com/oauth2/aus1' });
      const lower = integration(stack, ping, { name: 'ping_oauth' }, 'Lower');
      const upper = integration(stack, okta, { name: 'OKTA_OAUTH' }, 'Upper');
      expect(warnings(lower).join('\n')).toMatch(/not upper case/);
      expect(warnings(upper)).toEqual([]);
    });
  });

  describe('clients', () => {
    test('fails when a client belongs to another issuer', () => {
      const { stack, ping } = setup();
      const okta = new FakeIssuer(stack, 'Okta', { kind: 'okta', issuerUrl: 'https://acme.okta.com/oauth2/aus1' });
      const oktaClient = new ExternalClient(stack, 'OktaClient', {
        issuer: okta,
        clientId: 'okta-app',
        grantTypes: ['client_credentials'],
      });
      const err = configError(() => integration(stack, ping, { clients: [oktaClient] }));
      expect(err.code).toBe(CONFIG_ERROR_CODES.INVALID_VALUE);
      expect(err.field).toBe('clients[0]');
      expect(err.rule).toContain('demo/Okta');
    });

    test('accepts clients of the same issuer, also added later', () => {
      const { stack, ping } = setup();
      const a = new ExternalClient(stack, 'A', { issuer: ping, clientId: 'a', grantTypes: ['client_credentials'] });
      const b = new ExternalClient(stack, 'B', { issuer: ping, clientId: 'b', grantTypes: ['authorization_code'] });
      const trust = integration(stack, ping, { clients: [a] });
      trust.addClient(b);
      expect(record(trust).clients).toEqual(['demo/A', 'demo/B']);
    });

    test('addClient fails when the client belongs to another issuer', () => {
      const { stack, ping } = setup();
      const okta = new FakeIssuer(stack, 'Okta', { kind: 'okta', issuerUrl: 'https://acme.okta.com/oauth2/aus1' });
      const trust = integration(stack, ping);
      const c = new ExternalClient(stack, 'C', { issuer: okta, clientId: 'c', grantTypes: ['client_credentials'] });
      expect(configError(() => trust.addClient(c)).code).toBe(CONFIG_ERROR_CODES.INVALID_VALUE);
    });
  });

  describe('users', () => {
    test('addUser creates a person user and one grant per role, granted to the user resource name', () => {
      // GIVEN
      const { stack, ping } = setup();
      const trust = integration(stack, ping);
      // WHEN
      const user = trust.addUser({
        loginName: 'JANE',
        displayName: 'Jane',
        defaultRole: 'ANALYST',
        defaultWarehouse: 'WH_XS',
        roles: ['ANALYST', 'REPORTER'],
      });
      // THEN
      const synth = Testing.synth(stack);
      const userName = `\${snowflake_user.${stack.getLogicalId(user.resource)}.name}`;
      expect(synth).toHaveResourceWithProperties(User, {
        name: 'JANE',
        login_name: 'JANE',
        display_name: 'Jane',
        default_role: 'ANALYST',
        default_warehouse: 'WH_XS',
      });
      expect(synth).toHaveResourceWithProperties(GrantAccountRole, { role_name: 'ANALYST', user_name: userName });
      expect(synth).toHaveResourceWithProperties(GrantAccountRole, { role_name: 'REPORTER', user_name: userName });
      expect(user.grants).toHaveLength(2);
      expect(record(trust).users).toEqual([
        {
          path: 'demo/Snowflake/User-JANE',
          name: 'JANE',
          loginName: 'JANE',
          defaultRole: 'ANALYST',
          defaultWarehouse: 'WH_XS',
          roles: ['ANALYST', 'REPORTER'],
          service: false,
        },
      ]);
    });

    test('service: true creates a snowflake_service_user', () => {
      const { stack, ping } = setup();
      const trust = integration(stack, ping);
      trust.addUser({ loginName: 'DBT_SVC', roles: ['TRANSFORMER'], service: true });
      const synth = Testing.synth(stack);
      expect(synth).toHaveResourceWithProperties(ServiceUser, { name: 'DBT_SVC', login_name: 'DBT_SVC' });
      expect(synth).not.toHaveResource(User);
      expect(synth).toHaveResourceWithProperties(GrantAccountRole, { user_name: expect.stringMatching(/^\$\{snowflake_service_user\./) });
      expect(record(trust).users[0].service).toBe(true);
    });

    test('fails when both loginName and email are given', () => {
      const { stack, ping } = setup();
      const trust = integration(stack, ping);
      expect(configError(() => trust.addUser({ loginName: 'JANE', email: 'jane@example.com' })).code).toBe(
        CONFIG_ERROR_CODES.MISSING_VALUE,
      );
    });

    test('fails when neither loginName nor email is given', () => {
      const { stack, ping } = setup();
      const trust = integration(stack, ping);
      expect(configError(() => trust.addUser({ name: 'JANE' })).code).toBe(CONFIG_ERROR_CODES.MISSING_VALUE);
    });

    test('fails when the user is given an email but the integration maps LOGIN_NAME', () => {
      const { stack, ping } = setup();
      const trust = integration(stack, ping);
      const err = configError(() => trust.addUser({ name: 'JANE', email: 'jane@example.com' }));
      expect(err.code).toBe(CONFIG_ERROR_CODES.INVALID_VALUE);
      expect(err.rule).toContain('LOGIN_NAME');
    });

    test('EMAIL_ADDRESS mapping: accepts email with a name, fails without a name', () => {
      const { stack, ping } = setup();
      const trust = integration(stack, ping, { userMappingClaim: 'email', mappingAttribute: 'EMAIL_ADDRESS' });
      expect(configError(() => trust.addUser({ email: 'jane@example.com' })).code).toBe(CONFIG_ERROR_CODES.MISSING_VALUE);
      trust.addUser({ name: 'JANE', email: 'jane@example.com' });
      expect(Testing.synth(stack)).toHaveResourceWithProperties(User, { name: 'JANE', email: 'jane@example.com' });
    });

    test('fails when the email is not an email address', () => {
      const { stack, ping } = setup();
      const trust = integration(stack, ping, { mappingAttribute: 'EMAIL_ADDRESS' });
      expect(configError(() => trust.addUser({ name: 'JANE', email: 'jane' })).code).toBe(CONFIG_ERROR_CODES.INVALID_VALUE);
    });

    test('fails when the login name is not an identifier and no name is given', () => {
      const { stack, ping } = setup();
      const trust = integration(stack, ping);
      expect(configError(() => trust.addUser({ loginName: 'jane@example.com' })).code).toBe(CONFIG_ERROR_CODES.INVALID_NAME);
      expect(() => trust.addUser({ loginName: 'jane@example.com', name: 'JANE' })).not.toThrow();
    });

    test('fails when a user name repeats in one account (across integrations), accepts it in another account', () => {
      const { stack, ping } = setup();
      const okta = new FakeIssuer(stack, 'Okta', { kind: 'okta', issuerUrl: 'https://acme.okta.com/oauth2/aus1' });
      const a = integration(stack, ping, {}, 'A');
      const b = integration(stack, okta, { name: 'OKTA_OAUTH' }, 'B');
      const c = integration(stack, okta, { name: 'OKTA_OAUTH', account: 'other' }, 'C');
      a.addUser({ loginName: 'JANE' });
      expect(configError(() => b.addUser({ loginName: 'jane' })).code).toBe(CONFIG_ERROR_CODES.DUPLICATE_NAME);
      expect(() => c.addUser({ loginName: 'JANE' })).not.toThrow();
    });

    test('fails when two users share a login name', () => {
      const { stack, ping } = setup();
      const trust = integration(stack, ping);
      trust.addUser({ loginName: 'JANE' });
      const err = configError(() => trust.addUser({ loginName: 'JANE', name: 'JANE2' }));
      expect(err.code).toBe(CONFIG_ERROR_CODES.DUPLICATE_NAME);
      expect(err.field).toContain('loginName');
    });

    test('fails when a role repeats', () => {
      const { stack, ping } = setup();
      const trust = integration(stack, ping);
      expect(configError(() => trust.addUser({ loginName: 'JANE', roles: ['A', 'a'] })).code).toBe(CONFIG_ERROR_CODES.DUPLICATE_NAME);
    });

    test('resources use the given provider alias', () => {
      const { stack, ping } = setup();
      const provider = new SnowflakeProvider(stack, 'prod', { alias: 'prod', organizationName: 'acme', accountName: 'prod' });
      const trust = integration(stack, ping, { provider, account: 'prod' });
      trust.addUser({ loginName: 'JANE', roles: ['R'] });
      const tf = JSON.parse(Testing.synth(stack));
      for (const type of ['snowflake_external_oauth_integration', 'snowflake_user', 'snowflake_grant_account_role']) {
        for (const r of Object.values(tf.resource[type]) as Record<string, unknown>[]) expect(r.provider).toBe('snowflake.prod');
      }
    });
  });

  describe('extendExisting', () => {
    test('creates no integration, records existing: true and the exact ALTER statement', () => {
      // GIVEN
      const { stack, ping } = setup();
      // WHEN
      const trust = SnowflakeExternalOAuth.extendExisting(stack, 'Legacy', {
        issuer: ping,
        name: 'PING_LEGACY',
        existingAudiences: ['https://old.example.com'],
        userMappingClaim: 'sub',
      });
      // THEN
      expect(Testing.synth(stack)).not.toHaveResource(ExternalOauthIntegration);
      expect(trust.integration).toBeUndefined();
      const r = record(trust);
      expect(r.existing).toBe(true);
      expect(r.audiences).toEqual(['https://old.example.com', 'https://api.example.com']);
      expect(r.manualSteps).toEqual([
        "ALTER SECURITY INTEGRATION PING_LEGACY SET EXTERNAL_OAUTH_AUDIENCE_LIST = ('https://old.example.com', 'https://api.example.com')",
      ]);
    });

    test('addAudience extends the ALTER statement', () => {
      const { stack, ping } = setup();
      const trust = SnowflakeExternalOAuth.extendExisting(stack, 'Legacy', {
        issuer: ping,
        name: 'PING_LEGACY',
        existingAudiences: ['https://api.example.com'],
        userMappingClaim: 'sub',
      });
      expect(record(trust).manualSteps).toEqual([]);
      trust.addAudience('https://new.example.com');
      expect(record(trust).manualSteps).toEqual([
        "ALTER SECURITY INTEGRATION PING_LEGACY SET EXTERNAL_OAUTH_AUDIENCE_LIST = ('https://api.example.com', 'https://new.example.com')",
      ]);
    });

    test('quotes a lower-case name and escapes quotes in audiences', () => {
      const { stack, ping } = setup();
      const trust = SnowflakeExternalOAuth.extendExisting(stack, 'Legacy', {
        issuer: ping,
        name: 'ping_legacy',
        existingAudiences: ["it's"],
        audiences: ['b'],
        userMappingClaim: 'sub',
      });
      expect(trust.manualSteps).toEqual([`ALTER SECURITY INTEGRATION "ping_legacy" SET EXTERNAL_OAUTH_AUDIENCE_LIST = ('it''s', 'b')`]);
    });

    test('fails when the combined audience list is empty', () => {
      const { stack, ping } = setup();
      expect(
        configError(() =>
          SnowflakeExternalOAuth.extendExisting(stack, 'Legacy', {
            issuer: ping,
            name: 'L',
            existingAudiences: [],
            audiences: [],
            userMappingClaim: 'sub',
          }),
        ).code,
      ).toBe(CONFIG_ERROR_CODES.EMPTY_LIST);
    });

    test('users can still be added', () => {
      const { stack, ping } = setup();
      const trust = SnowflakeExternalOAuth.extendExisting(stack, 'Legacy', {
        issuer: ping,
        name: 'PING_LEGACY',
        existingAudiences: [],
        userMappingClaim: 'sub',
      });
      trust.addUser({ loginName: 'JANE', roles: ['ANALYST'] });
      expect(Testing.synth(stack)).toHaveResourceWithProperties(User, { login_name: 'JANE' });
      expect(record(trust).users).toHaveLength(1);
    });
  });

  test('records pass the manifest schema', () => {
    // GIVEN a managed integration with users and clients, and an existing one
    const { stack, ping } = setup();
    const entra = new FakeIssuer(stack, 'Entra', {
      kind: 'entra',
      issuerUrl: 'https://sts.windows.net/t/',
      audiences: ['api://snowflake'],
    });
    const client = new ExternalClient(stack, 'Client', { issuer: ping, clientId: 'etl', grantTypes: ['client_credentials'] });
    const managed = integration(stack, ping, { clients: [client], allowedRoles: ['ANALYST'] });
    managed.addUser({ loginName: 'ETL', roles: ['ANALYST'], service: true });
    const existing = SnowflakeExternalOAuth.extendExisting(stack, 'Legacy', {
      issuer: entra,
      name: 'ENTRA',
      existingAudiences: ['x'],
      userMappingClaim: 'upn',
    });
    // WHEN
    const manifest = ManifestWriter.of(stack).build();
    // THEN
    expect(manifestProblems(manifest)).toEqual([]);
    expect(manifest.trusts).toHaveLength(2);
    expect(record(managed)).toMatchObject({
      type: 'snowflake',
      name: 'PING_OAUTH',
      issuerPath: 'demo/Ping',
      issuer: PING_URL,
      integrationType: 'PING_FEDERATE',
      account: 'default',
      existing: false,
      clients: ['demo/Client'],
    });
    expect(record(existing)).toMatchObject({ existing: true, integrationType: 'AZURE', scopeMappingAttribute: 'scp' });
  });
});
