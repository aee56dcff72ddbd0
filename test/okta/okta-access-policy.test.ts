import { Duration } from '../../lib/core/duration';
import { ExternalClient } from '../../lib/external/external-client';
import { ExternalIssuer } from '../../lib/external/external-issuer';
import { TerraformStack, Testing } from '../../lib/framework';
import { ManifestWriter } from '../../lib/manifest/manifest-writer';
import { manifestProblems } from '../../lib/manifest/schema-validation';
import { OktaAccessPolicy, OktaAccessPolicyRuleOptions } from '../../lib/okta/okta-access-policy';
import { OktaAuthorizationServer } from '../../lib/okta/okta-authorization-server';
import { AuthServerClaim } from '../../lib/providers/okta/auth-server-claim';
import { AuthServerPolicy } from '../../lib/providers/okta/auth-server-policy';
import { AuthServerPolicyRule } from '../../lib/providers/okta/auth-server-policy-rule';
import { AuthServerScope } from '../../lib/providers/okta/auth-server-scope';
import { SnowflakeScope } from '../../lib/snowflake/snowflake-scope';
import { configErrorOf } from '../support/config-error';
import { oktaStack, server, serviceApp, synthJson, webApp } from './support';

interface Fixture {
  stack: TerraformStack;
  server: OktaAuthorizationServer;
  policy: OktaAccessPolicy;
}

/** A server with scope `orders:read`, a service app and a web app, and one policy for both. */
function fixture(): Fixture {
  const stack = oktaStack();
  const s = server(stack);
  s.addScope({ name: 'orders:read' });
  const policy = s.addPolicy({ name: 'apps', clients: [serviceApp(stack, s), webApp(stack, s)] });
  return { stack, server: s, policy };
}

const userRule = (extra: Partial<OktaAccessPolicyRuleOptions> = {}): OktaAccessPolicyRuleOptions => ({
  name: 'users',
  grantTypes: ['authorization_code'],
  scopes: ['openid', 'offline_access', 'orders:read'],
  ...extra,
});

describe('OktaAuthorizationServer.addPolicy', () => {
  test('creates okta_auth_server_policy whitelisting the client ids', () => {
    // GIVEN
    const stack = oktaStack();
    const s = server(stack);
    const app = serviceApp(stack, s);
    // WHEN
    s.addPolicy({ name: 'dbt', clients: [app] });
    // THEN
    const appId = Object.keys(synthJson(stack).resource.okta_app_oauth)[0];
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AuthServerPolicy, {
      name: 'dbt',
      description: 'dbt',
      priority: 1,
      client_whitelist: [`\${okta_app_oauth.${appId}.client_id}`],
      status: 'ACTIVE',
    });
  });

  test('assigns contiguous priorities in declaration order and chains them', () => {
    const stack = oktaStack();
    const s = server(stack);
    const app = serviceApp(stack, s);
    const first = s.addPolicy({ name: 'first', clients: [app] });
    const second = s.addPolicy({ name: 'second', clients: [app] });
    expect([first.priority, second.priority]).toEqual([1, 2]);
    const policies = synthJson(stack).resource.okta_auth_server_policy;
    const [firstId] = Object.keys(policies).filter((k) => policies[k].name === 'first');
    const secondPolicy = Object.values(policies).find((p) => p.name === 'second')!;
    expect(secondPolicy.depends_on).toEqual([`okta_auth_server_policy.${firstId}`]);
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test('accepts explicit priorities that end up contiguous, in any declaration order', () => {
    const stack = oktaStack();
    const s = server(stack);
    const app = serviceApp(stack, s);
    s.addPolicy({ name: 'b', clients: [app], priority: 2 });
    s.addPolicy({ name: 'a', clients: [app], priority: 1 });
    expect(() => Testing.synth(stack, true)).not.toThrow();
    expect(s.toIssuerRecord().policies.map((p) => p.name)).toEqual(['a', 'b']);
  });

  test('fails at synth when explicit priorities leave a gap (Okta perma-diffs)', () => {
    // GIVEN
    const stack = oktaStack();
    const s = server(stack);
    const app = serviceApp(stack, s);
    s.addPolicy({ name: 'a', clients: [app], priority: 1 });
    s.addPolicy({ name: 'b', clients: [app], priority: 3 });
    // WHEN / THEN
    expect(() => Testing.synth(stack, true)).toThrow(/policies\[\]\.priority: must be contiguous from 1.*\[EO_INVALID_VALUE\]/);
  });

  test.each([
    [0, 'EO_OUT_OF_RANGE'],
    [1.5, 'EO_OUT_OF_RANGE'],
  ])('fails when a priority is %s', (priority, code) => {
    const stack = oktaStack();
    const s = server(stack);
    expect(configErrorOf(() => s.addPolicy({ name: 'a', clients: [serviceApp(stack, s)], priority })).code).toBe(code);
  });

  test('fails when two policies share a priority or a name', () => {
    const stack = oktaStack();
    const s = server(stack);
    const app = serviceApp(stack, s);
    s.addPolicy({ name: 'a', clients: [app], priority: 1 });
    expect(configErrorOf(() => s.addPolicy({ name: 'b', clients: [app], priority: 1 })).code).toBe('EO_DUPLICATE_NAME');
    expect(configErrorOf(() => s.addPolicy({ name: 'a', clients: [app] })).code).toBe('EO_DUPLICATE_NAME');
  });

  test('fails when the policy has no client', () => {
    expect(configErrorOf(() => server(oktaStack()).addPolicy({ name: 'a', clients: [] })).code).toBe('EO_EMPTY_LIST');
  });

  test('fails when a client obtains its tokens from another issuer', () => {
    const stack = oktaStack();
    const ping = new ExternalIssuer(stack, 'Ping', { kind: 'pingfederate', issuerUrl: 'https://sso.example.com', audiences: ['a'] });
    const foreign = new ExternalClient(stack, 'Foreign', { issuer: ping, clientId: 'x', grantTypes: ['client_credentials'] });
    const err = configErrorOf(() => server(stack).addPolicy({ name: 'a', clients: [foreign] }));
    expect(err).toMatchObject({ code: 'EO_INVALID_VALUE', field: 'policies[0].clients[0]', value: 'okta/Foreign' });
  });

  test('accepts an external client declared against this server', () => {
    const stack = oktaStack();
    const s = server(stack);
    const legacy = new ExternalClient(stack, 'Legacy', { issuer: s, clientId: '0oa123', grantTypes: ['client_credentials'] });
    s.addPolicy({ name: 'legacy', clients: [legacy] });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AuthServerPolicy, { client_whitelist: ['0oa123'] });
  });
});

describe('OktaAccessPolicy.addRule', () => {
  test('creates okta_auth_server_policy_rule with 60-minute access tokens, EVERYONE and a 7-day window by default', () => {
    // GIVEN
    const { stack, policy } = fixture();
    // WHEN
    policy.addRule(userRule());
    // THEN
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AuthServerPolicyRule, {
      name: 'users',
      priority: 1,
      grant_type_whitelist: ['authorization_code'],
      scope_whitelist: ['openid', 'offline_access', 'orders:read'],
      group_whitelist: ['EVERYONE'],
      access_token_lifetime_minutes: 60,
      refresh_token_window_minutes: 10080,
      status: 'ACTIVE',
    });
  });

  test('takes SnowflakeScope objects in scopes and in addScope, as their scope strings', () => {
    // GIVEN a server that declares the Snowflake scopes by object
    const { stack, server: s, policy } = fixture();
    s.addScope({ name: SnowflakeScope.ROLE_ANY });
    s.addScope({ name: SnowflakeScope.role('ANALYST') });
    // WHEN a rule and a claim name them by object
    const rule = policy.addRule(userRule({ scopes: ['openid', SnowflakeScope.ROLE_ANY, SnowflakeScope.role('ANALYST')] }));
    s.addClaim({ name: 'tenant', value: '"acme"', scopes: [SnowflakeScope.ROLE_ANY] });
    // THEN the resources, the rule and the manifest record hold the strings
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(AuthServerPolicyRule, {
      scope_whitelist: ['openid', 'session:role-any', 'session:role:ANALYST'],
    });
    expect(synth).toHaveResourceWithProperties(AuthServerScope, { name: 'session:role-any' });
    expect(synth).toHaveResourceWithProperties(AuthServerClaim, { name: 'tenant', scopes: ['session:role-any'] });
    expect(rule.scopes).toEqual(['openid', 'session:role-any', 'session:role:ANALYST']);
  });

  test('fails when a SnowflakeScope names a scope the server does not declare', () => {
    const { policy } = fixture();
    const err = configErrorOf(() => policy.addRule(userRule({ scopes: [SnowflakeScope.ROLE_ANY] })));
    expect(err.message).toContain('scopes[0]');
    expect(err.message).toContain('(received "session:role-any")');
  });

  test('a rule depends on the custom scopes it names and on the rule before it', () => {
    const { stack, policy } = fixture();
    policy.addRule({ name: 'machines', grantTypes: ['client_credentials'], scopes: ['orders:read'] });
    policy.addRule(userRule());
    const rules = synthJson(stack).resource.okta_auth_server_policy_rule;
    const machinesId = Object.keys(rules).find((k) => rules[k].name === 'machines')!;
    expect(rules[machinesId].depends_on).toEqual([expect.stringMatching(/^okta_auth_server_scope\./)]);
    expect(Object.values(rules).find((r) => r.name === 'users')!.depends_on).toEqual([
      expect.stringMatching(/^okta_auth_server_scope\./),
      `okta_auth_server_policy_rule.${machinesId}`,
    ]);
    expect(rules[machinesId].access_token_lifetime_minutes).toBe(60);
    expect(rules[machinesId].refresh_token_window_minutes).toBeUndefined();
  });

  describe('access token lifetime (5-1440 minutes)', () => {
    test.each([4, 1441])('fails when it is %i minutes', (minutes) => {
      const { policy } = fixture();
      const err = configErrorOf(() =>
        policy.addRule(userRule({ accessTokenLifetime: Duration.minutes(minutes), refreshTokenWindow: Duration.days(2) })),
      );
      expect(err).toMatchObject({ code: 'EO_OUT_OF_RANGE', field: 'rules[0].accessTokenLifetime', path: 'okta/Server/Policy_apps' });
    });

    test.each([5, 1440])('accepts %i minutes', (minutes) => {
      const { policy } = fixture();
      const rule = policy.addRule(userRule({ accessTokenLifetime: Duration.minutes(minutes), refreshTokenWindow: Duration.days(2) }));
      expect(rule.toRuleRecord().accessTokenLifetimeMinutes).toBe(minutes);
    });

    test('fails when it is not a whole number of minutes', () => {
      const { policy } = fixture();
      expect(configErrorOf(() => policy.addRule(userRule({ accessTokenLifetime: Duration.seconds(330) }))).code).toBe('EO_OUT_OF_RANGE');
    });
  });

  describe('refresh token window (5-2628000 minutes, between access and refresh lifetimes)', () => {
    test('fails when it is 4 minutes; accepts 5 minutes', () => {
      const { policy } = fixture();
      const tooShort = configErrorOf(() =>
        policy.addRule(userRule({ accessTokenLifetime: Duration.minutes(5), refreshTokenWindow: Duration.minutes(4) })),
      );
      expect(tooShort).toMatchObject({ code: 'EO_OUT_OF_RANGE', field: 'rules[0].refreshTokenWindow' });
      const rule = policy.addRule(userRule({ accessTokenLifetime: Duration.minutes(5), refreshTokenWindow: Duration.minutes(5) }));
      expect(rule.toRuleRecord().refreshTokenWindowMinutes).toBe(5);
    });

    test('fails when it is above 2628000 minutes; accepts 2628000', () => {
      const { policy } = fixture();
      expect(configErrorOf(() => policy.addRule(userRule({ refreshTokenWindow: Duration.minutes(2628001) }))).code).toBe('EO_OUT_OF_RANGE');
      expect(policy.addRule(userRule({ refreshTokenWindow: Duration.minutes(2628000) })).toRuleRecord().refreshTokenWindowMinutes).toBe(
        2628000,
      );
    });

    test('fails when it is shorter than the access token lifetime', () => {
      const { policy } = fixture();
      const err = configErrorOf(() =>
        policy.addRule(userRule({ accessTokenLifetime: Duration.minutes(60), refreshTokenWindow: Duration.minutes(30) })),
      );
      expect(err).toMatchObject({ code: 'EO_OUT_OF_RANGE', field: 'rules[0].refreshTokenWindow' });
      expect(err.rule).toMatch(/at least the access token lifetime/);
    });

    test('fails when it is above the refresh token lifetime; accepts it equal', () => {
      const { policy } = fixture();
      const err = configErrorOf(() =>
        policy.addRule(userRule({ refreshTokenLifetime: Duration.days(1), refreshTokenWindow: Duration.minutes(1441) })),
      );
      expect(err).toMatchObject({ code: 'EO_OUT_OF_RANGE', field: 'rules[0].refreshTokenWindow', value: '1441 minutes' });
      const rule = policy.addRule(userRule({ refreshTokenLifetime: Duration.days(1), refreshTokenWindow: Duration.minutes(1440) }));
      expect(rule.toRuleRecord()).toMatchObject({ refreshTokenLifetimeMinutes: 1440, refreshTokenWindowMinutes: 1440 });
    });

    test('fails when the default 7-day window exceeds a shorter refresh lifetime, and says so', () => {
      const { policy } = fixture();
      const err = configErrorOf(() => policy.addRule(userRule({ refreshTokenLifetime: Duration.days(1) })));
      expect(err.rule).toMatch(/default is 7 days/);
    });
  });

  describe('refresh token lifetime', () => {
    test('fails when it is shorter than the access token lifetime; accepts it equal', () => {
      const { policy } = fixture();
      const err = configErrorOf(() =>
        policy.addRule(
          userRule({
            accessTokenLifetime: Duration.minutes(60),
            refreshTokenLifetime: Duration.minutes(59),
            refreshTokenWindow: Duration.minutes(59),
          }),
        ),
      );
      expect(err).toMatchObject({ code: 'EO_OUT_OF_RANGE', field: 'rules[0].refreshTokenLifetime' });
      expect(() =>
        policy.addRule(
          userRule({
            accessTokenLifetime: Duration.minutes(60),
            refreshTokenLifetime: Duration.minutes(60),
            refreshTokenWindow: Duration.minutes(60),
          }),
        ),
      ).not.toThrow();
    });
  });

  describe('client-credentials-only rules', () => {
    test.each<[string, Partial<OktaAccessPolicyRuleOptions>]>([
      ['refreshTokenLifetime', { refreshTokenLifetime: Duration.days(1) }],
      ['refreshTokenWindow', { refreshTokenWindow: Duration.days(1) }],
      ['groups', { groups: ['00g1'] }],
    ])('fails when %s is given (no user, no refresh token)', (field, extra) => {
      const { policy } = fixture();
      const err = configErrorOf(() => policy.addRule({ name: 'm', grantTypes: ['client_credentials'], scopes: ['orders:read'], ...extra }));
      expect(err).toMatchObject({ code: 'EO_INVALID_VALUE', field: `rules[0].${field}` });
    });

    test('records no refresh fields', () => {
      const { policy } = fixture();
      const rule = policy.addRule({ name: 'm', grantTypes: ['client_credentials'], scopes: ['orders:read'] });
      expect(rule.toRuleRecord()).toEqual({
        name: 'm',
        priority: 1,
        grantTypes: ['client_credentials'],
        scopes: ['orders:read'],
        groups: ['EVERYONE'],
        accessTokenLifetimeMinutes: 60,
      });
    });
  });

  describe('scopes', () => {
    test('fails when a scope was not declared (declare scopes before rules)', () => {
      const { policy } = fixture();
      const err = configErrorOf(() => policy.addRule(userRule({ scopes: ['orders:write'] })));
      expect(err).toMatchObject({
        code: 'EO_INVALID_VALUE',
        field: 'rules[0].scopes[0]',
        value: 'orders:write',
        path: 'okta/Server/Policy_apps',
      });
    });

    test('accepts OIDC built-ins without declaring them; groups is not one', () => {
      const { policy } = fixture();
      expect(() =>
        policy.addRule(userRule({ scopes: ['openid', 'profile', 'email', 'address', 'phone', 'offline_access'] })),
      ).not.toThrow();
      expect(configErrorOf(() => policy.addRule(userRule({ name: 'g', scopes: ['groups'] }))).code).toBe('EO_INVALID_VALUE');
    });

    test("accepts ['*'] alone; fails when * is mixed with names", () => {
      const { policy } = fixture();
      expect(configErrorOf(() => policy.addRule(userRule({ scopes: ['*', 'openid'] }))).code).toBe('EO_INVALID_VALUE');
      expect(policy.addRule(userRule({ scopes: ['*'] })).scopes).toEqual(['*']);
    });

    test('fails when the scopes are empty', () => {
      const { policy } = fixture();
      expect(configErrorOf(() => policy.addRule(userRule({ scopes: [] }))).code).toBe('EO_EMPTY_LIST');
    });
  });

  describe('grant types', () => {
    test('fails when no client of the policy has the grant', () => {
      const stack = oktaStack();
      const s = server(stack);
      const policy = s.addPolicy({ name: 'svc', clients: [serviceApp(stack, s)] });
      const err = configErrorOf(() => policy.addRule(userRule()));
      expect(err).toMatchObject({ code: 'EO_INVALID_VALUE', field: 'rules[0].grantTypes[0]', value: 'authorization_code' });
      expect(err.rule).toMatch(/client_credentials/);
    });

    test('fails when refresh_token is listed (refresh follows offline_access)', () => {
      const { policy } = fixture();
      const err = configErrorOf(() => policy.addRule(userRule({ grantTypes: ['authorization_code', 'refresh_token'] })));
      expect(err).toMatchObject({ code: 'EO_INVALID_VALUE', field: 'rules[0].grantTypes[1]' });
    });

    test('fails when the grants are empty or repeated', () => {
      const { policy } = fixture();
      expect(configErrorOf(() => policy.addRule(userRule({ grantTypes: [] }))).code).toBe('EO_EMPTY_LIST');
      expect(configErrorOf(() => policy.addRule(userRule({ grantTypes: ['authorization_code', 'authorization_code'] }))).code).toBe(
        'EO_DUPLICATE_NAME',
      );
    });
  });

  describe('priorities', () => {
    test('fails at synth when explicit rule priorities leave a gap; accepts them contiguous', () => {
      const { stack, policy } = fixture();
      policy.addRule(userRule({ name: 'a', priority: 1 }));
      policy.addRule(userRule({ name: 'b', priority: 3 }));
      expect(() => Testing.synth(stack, true)).toThrow(/Policy_apps\] rules\[\]\.priority: must be contiguous.*\[EO_INVALID_VALUE\]/);
      const ok = fixture();
      ok.policy.addRule(userRule({ name: 'b', priority: 2 }));
      ok.policy.addRule(userRule({ name: 'a', priority: 1 }));
      expect(() => Testing.synth(ok.stack, true)).not.toThrow();
    });

    test('fails when two rules share a priority or a name', () => {
      const { policy } = fixture();
      policy.addRule(userRule({ name: 'a', priority: 1 }));
      expect(configErrorOf(() => policy.addRule(userRule({ name: 'b', priority: 1 }))).code).toBe('EO_DUPLICATE_NAME');
      expect(configErrorOf(() => policy.addRule(userRule({ name: 'a' }))).code).toBe('EO_DUPLICATE_NAME');
    });

    test('fails when a rule priority is 0', () => {
      const { policy } = fixture();
      expect(configErrorOf(() => policy.addRule(userRule({ priority: 0 }))).code).toBe('EO_OUT_OF_RANGE');
    });
  });

  test('passes group ids through', () => {
    const { stack, policy } = fixture();
    policy.addRule(userRule({ groups: ['00g1', '00g2'] }));
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AuthServerPolicyRule, { group_whitelist: ['00g1', '00g2'] });
  });
});

describe('policy records', () => {
  test('list client construct paths and rules by priority with lifetimes in minutes', () => {
    // GIVEN
    const { stack, policy } = fixture();
    policy.addRule(
      userRule({
        name: 'users',
        priority: 2,
        accessTokenLifetime: Duration.minutes(15),
        refreshTokenLifetime: Duration.days(30),
        refreshTokenWindow: Duration.days(1),
      }),
    );
    policy.addRule({
      name: 'machines',
      grantTypes: ['client_credentials'],
      scopes: ['orders:read'],
      priority: 1,
      accessTokenLifetime: Duration.hours(1),
    });
    // WHEN
    const manifest = ManifestWriter.of(stack).build();
    // THEN
    expect(manifestProblems(manifest)).toEqual([]);
    expect(manifest.issuers[0].policies).toEqual([
      {
        name: 'apps',
        priority: 1,
        clients: ['okta/Svc', 'okta/Web'],
        rules: [
          {
            name: 'machines',
            priority: 1,
            grantTypes: ['client_credentials'],
            scopes: ['orders:read'],
            groups: ['EVERYONE'],
            accessTokenLifetimeMinutes: 60,
          },
          {
            name: 'users',
            priority: 2,
            grantTypes: ['authorization_code'],
            scopes: ['openid', 'offline_access', 'orders:read'],
            groups: ['EVERYONE'],
            accessTokenLifetimeMinutes: 15,
            refreshTokenLifetimeMinutes: 43200,
            refreshTokenWindowMinutes: 1440,
          },
        ],
      },
    ]);
  });
});
