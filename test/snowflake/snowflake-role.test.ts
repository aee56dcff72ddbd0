import { CONFIG_ERROR_CODES } from '../../lib/core/errors';
import { ExternalIssuer } from '../../lib/external/external-issuer';
import { App, TerraformStack, Testing } from '../../lib/framework';
import { ManifestWriter } from '../../lib/manifest/manifest-writer';
import { manifestProblems } from '../../lib/manifest/schema-validation';
import type { SnowflakeTrustRecord } from '../../lib/manifest/types';
import { AccountRole } from '../../lib/providers/snowflake/account-role';
import { ExternalOauthIntegration } from '../../lib/providers/snowflake/external-oauth-integration';
import { GrantAccountRole } from '../../lib/providers/snowflake/grant-account-role';
import { User } from '../../lib/providers/snowflake/user';
import { SnowflakeExternalOAuth } from '../../lib/snowflake/snowflake-external-oauth';
import { SnowflakeRole } from '../../lib/snowflake/snowflake-role';
import { configErrorOf as configError } from '../support/config-error';

Testing.setupJest();
jest.setTimeout(30_000);

function setup(): { app: App; stack: TerraformStack; trust: SnowflakeExternalOAuth; ping: ExternalIssuer } {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'demo');
  const ping = new ExternalIssuer(stack, 'Ping', {
    kind: 'pingfederate',
    issuerUrl: 'https://sso.example.com',
    audiences: ['https://api.example.com'],
  });
  const trust = new SnowflakeExternalOAuth(stack, 'Snowflake', { issuer: ping, name: 'PING_OAUTH', userMappingClaim: 'sub' });
  return { app, stack, trust, ping };
}

function record(trust: SnowflakeExternalOAuth): SnowflakeTrustRecord {
  return ManifestWriter.of(trust)
    .build()
    .trusts.find((t) => t.path === trust.node.path) as SnowflakeTrustRecord;
}

describe('Snowflake roles', () => {
  test('addRole creates a snowflake_account_role; grants and the default role given by object reference it', () => {
    // GIVEN
    const { stack, trust } = setup();
    // WHEN
    const role = trust.addRole('TRANSFORMER', { comment: 'dbt models' });
    const user = trust.addUser({ loginName: 'JANE', defaultRole: role, roles: [role] });
    // THEN
    const synth = Testing.synth(stack);
    const ref = `\${snowflake_account_role.${stack.getLogicalId(role.resource!)}.name}`;
    expect(synth).toHaveResourceWithProperties(AccountRole, { name: 'TRANSFORMER', comment: 'dbt models' });
    expect(synth).toHaveResourceWithProperties(User, { name: 'JANE', default_role: ref });
    expect(synth).toHaveResourceWithProperties(GrantAccountRole, { role_name: ref });
    expect(user.grants[0].node.id).toBe('Grant-TRANSFORMER');
    // AND the manifest keeps the literal names and records the role as created
    const r = record(trust);
    expect(r.users[0]).toMatchObject({ defaultRole: 'TRANSFORMER', roles: ['TRANSFORMER'] });
    expect(r.roles).toEqual([{ path: 'demo/Snowflake/Role-TRANSFORMER', name: 'TRANSFORMER', mode: 'created', comment: 'dbt models' }]);
  });

  test('a role granted by name is wired to the declared role, whether declared before or after the user (case-insensitive)', () => {
    // GIVEN one user before, one after the role
    const { stack, trust } = setup();
    trust.addUser({ loginName: 'JANE', defaultRole: 'transformer', roles: ['TRANSFORMER'] });
    const role = trust.addRole('TRANSFORMER');
    trust.addUser({ loginName: 'RAJ', roles: ['Transformer', 'REPORTER'] });
    // THEN both grants of TRANSFORMER reference the role; REPORTER (undeclared) stays a name
    const synth = JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, Record<string, unknown>>> };
    const ref = `\${snowflake_account_role.${stack.getLogicalId(role.resource!)}.name}`;
    const grants = Object.values(synth.resource.snowflake_grant_account_role).map((g) => g.role_name);
    expect(grants.sort()).toEqual([ref, ref, 'REPORTER'].sort());
    expect(Object.values(synth.resource.snowflake_user).find((u) => u.name === 'JANE')).toMatchObject({ default_role: ref });
  });

  test('addExistingRole and SnowflakeRole.fromExisting create no resource and are recorded as existing', () => {
    // GIVEN
    const { stack, trust } = setup();
    const devQa = trust.addExistingRole('DEV_QA', { note: 'platform team' });
    const analyst = SnowflakeRole.fromExisting(stack, 'Analyst', 'ANALYST');
    // WHEN
    trust.addUser({ loginName: 'JANE', defaultRole: devQa, roles: [devQa, analyst] });
    // THEN
    const synth = Testing.synth(stack);
    expect(synth).not.toHaveResource(AccountRole);
    expect(synth).toHaveResourceWithProperties(GrantAccountRole, { role_name: 'DEV_QA' });
    expect(synth).toHaveResourceWithProperties(GrantAccountRole, { role_name: 'ANALYST' });
    expect(devQa.existing).toBe(true);
    expect(record(trust).roles).toEqual([
      { path: 'demo/Snowflake/Role-DEV_QA', name: 'DEV_QA', mode: 'existing', note: 'platform team' },
      { path: 'demo/Analyst', name: 'ANALYST', mode: 'existing' },
    ]);
    expect(manifestProblems(JSON.parse(JSON.stringify(ManifestWriter.of(trust).build())))).toEqual([]);
  });

  test('roles are account-wide: a second integration of the account wires its users to the role, and may not declare it again', () => {
    // GIVEN a second issuer and integration in the same account
    const { stack, trust } = setup();
    const role = trust.addRole('TRANSFORMER');
    const other = new ExternalIssuer(stack, 'Other', {
      kind: 'auth0',
      issuerUrl: 'https://acme.eu.auth0.com/',
      audiences: ['https://api.example.com'],
    });
    const second = new SnowflakeExternalOAuth(stack, 'Second', { issuer: other, name: 'AUTH0_OAUTH', userMappingClaim: 'sub' });
    // WHEN
    second.addUser({ loginName: 'RAJ', roles: ['TRANSFORMER'] });
    // THEN
    expect(Testing.synth(stack)).toHaveResourceWithProperties(GrantAccountRole, {
      role_name: `\${snowflake_account_role.${stack.getLogicalId(role.resource!)}.name}`,
    });
    const err = configError(() => second.addExistingRole('transformer'));
    expect(err.code).toBe(CONFIG_ERROR_CODES.DUPLICATE_NAME);
    expect(err.message).toContain(
      '[demo/Second] addExistingRole("transformer"): must be declared once in Snowflake account "default" (already declared by demo/Snowflake/Role-TRANSFORMER)',
    );
    // AND passing the same object again is fine (recorded once)
    second.addUser({ loginName: 'LEE', roles: [role] });
    expect(record(second).roles).toEqual([]);
    expect(record(trust).roles).toHaveLength(1);
  });

  test('fails when one integration declares a role twice; another stack may declare the same role (as existing) again', () => {
    // GIVEN TRANSFORMER created in stack demo
    const { app, trust } = setup();
    trust.addRole('TRANSFORMER');
    // THEN a second declaration in the same stack and account is refused with the construct path
    const err = configError(() => trust.addExistingRole('TRANSFORMER'));
    expect(err.code).toBe(CONFIG_ERROR_CODES.DUPLICATE_NAME);
    expect(err.message).toContain('already declared by demo/Snowflake/Role-TRANSFORMER');
    // AND another stack (its own manifest, no cross-stack reference) declares it as existing
    const other = new TerraformStack(app, 'other');
    const ping = new ExternalIssuer(other, 'Ping', {
      kind: 'pingfederate',
      issuerUrl: 'https://sso2.example.com',
      audiences: ['https://api.example.com'],
    });
    const second = new SnowflakeExternalOAuth(other, 'Snowflake', { issuer: ping, name: 'PING_TWO', userMappingClaim: 'sub' });
    expect(second.addExistingRole('TRANSFORMER').existing).toBe(true);
    second.addUser({ loginName: 'RAJ', roles: ['TRANSFORMER'] });
    expect(Testing.synth(other)).toHaveResourceWithProperties(GrantAccountRole, { role_name: 'TRANSFORMER' });
  });

  test('an allowed-roles entry naming a created role references it (case-insensitive); an existing role stays a name', () => {
    // GIVEN an integration that allows TRANSFORMER and DEV_QA
    const app = Testing.app();
    const stack = new TerraformStack(app, 'demo');
    const ping = new ExternalIssuer(stack, 'Ping', {
      kind: 'pingfederate',
      issuerUrl: 'https://sso.example.com',
      audiences: ['https://api.example.com'],
    });
    const trust = new SnowflakeExternalOAuth(stack, 'Snowflake', {
      issuer: ping,
      name: 'PING_OAUTH',
      userMappingClaim: 'sub',
      allowedRoles: ['Transformer', 'DEV_QA'],
    });
    // WHEN
    const role = trust.addRole('TRANSFORMER');
    trust.addExistingRole('DEV_QA');
    // THEN
    const ref = `\${snowflake_account_role.${stack.getLogicalId(role.resource!)}.name}`;
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ExternalOauthIntegration, {
      external_oauth_allowed_roles_list: [ref, 'DEV_QA'],
    });
    expect(record(trust).allowedRoles).toEqual(['Transformer', 'DEV_QA']);
  });

  test('fails when a role of another Snowflake account is granted', () => {
    const { stack, trust } = setup();
    const staging = SnowflakeRole.fromExisting(stack, 'Staging', 'ANALYST', { account: 'staging' });
    const err = configError(() => trust.addUser({ loginName: 'JANE', roles: [staging] }));
    expect(err.code).toBe(CONFIG_ERROR_CODES.INVALID_VALUE);
    expect(err.message).toContain('must be a role of Snowflake account "default" (it belongs to account "staging")');
  });

  test('fails when a role name is not an identifier, and when a system-defined role is created', () => {
    const { trust } = setup();
    expect(configError(() => trust.addRole('DEV-QA')).code).toBe(CONFIG_ERROR_CODES.INVALID_NAME);
    expect(configError(() => trust.addRole('sysadmin')).message).toContain('must not be a system-defined role');
    // declaring a system-defined role as existing is allowed (it exists)
    expect(trust.addExistingRole('SYSADMIN').existing).toBe(true);
  });
});
