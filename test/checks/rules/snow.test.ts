import { snowflakeScopeCorrection } from '../../../lib/checks/model';
import { anyRoleScope } from '../../../lib/checks/rules/snow-001-any-role-scope';
import { sessionRoleGranted } from '../../../lib/checks/rules/snow-002-session-role-granted';
import { scopeTypo } from '../../../lib/checks/rules/snow-003-scope-typo';
import { blockedRole } from '../../../lib/checks/rules/snow-004-blocked-role';
import { entraScopeMapping } from '../../../lib/checks/rules/snow-005-entra-scope-mapping';
import { oneIntegrationPerIssuer } from '../../../lib/checks/rules/snow-006-one-integration-per-issuer';
import { jwksUrlLimit } from '../../../lib/checks/rules/snow-007-jwks-url-limit';
import { issuerJwks } from '../../../lib/checks/rules/snow-008-issuer-jwks';
import { roleDeclared } from '../../../lib/checks/rules/snow-009-role-declared';
import { accountUrlAudience } from '../../../lib/checks/rules/snow-010-account-url-audience';
import {
  check,
  client,
  entraClient,
  entraIssuer,
  manifest,
  OKTA_ISSUER,
  oktaIssuer,
  oktaSnowflake,
  policy,
  snowflake,
  snowflakeRole,
  snowflakeUser,
  unevaluableOf,
  violationsOf,
} from '../support';

const ROLE_ANY_FREE = { scopes: [{ name: 'offline_access' }], policies: [policy({}, { scopes: ['openid', 'offline_access'] })] };

describe('EO-SNOW-001 any-role mode and session:role-any agree', () => {
  test('passes when ENABLE and the scope is defined and requested', () => {
    expect(violationsOf(anyRoleScope, manifest(oktaSnowflake()))).toEqual([]);
  });

  test('fails when ENABLE and nobody defines or requests session:role-any', () => {
    // GIVEN
    const m = manifest({
      issuers: [oktaIssuer(ROLE_ANY_FREE)],
      clients: [client({ scopes: ['openid', 'session:role_any'] })],
      trusts: [snowflake()],
    });
    // WHEN
    const [message] = violationsOf(anyRoleScope, m);
    // THEN
    expect(message).toContain('anyRoleMode ENABLE');
    expect(message).toContain('"session:role-any"');
    expect(message).toContain('"session:role_any"');
    expect(message).toContain('Fix: add SnowflakeScope.ROLE_ANY');
  });

  test('fails when DISABLE and the client requests session:role-any', () => {
    const base = oktaSnowflake();
    const messages = violationsOf(anyRoleScope, manifest({ ...base, trusts: [snowflake({ anyRoleMode: 'DISABLE' })] }));
    expect(messages.some((msg) => msg.includes('s/WebApp (client scopes) requests "session:role-any"'))).toBe(true);
  });

  test('passes when DISABLE and only session:role:<ROLE> is used', () => {
    const m = manifest({
      issuers: [oktaIssuer(ROLE_ANY_FREE)],
      clients: [client({ scopes: ['openid', 'session:role:ANALYST'] })],
      trusts: [snowflake({ anyRoleMode: 'DISABLE' })],
    });
    expect(violationsOf(anyRoleScope, m)).toEqual([]);
  });

  test('passes when an Entra client requests the scope with its resource prefix', () => {
    const api = entraIssuer({ scopes: [] });
    const m = manifest({
      issuers: [api],
      clients: [entraClient()],
      trusts: [
        snowflake({
          issuerPath: api.path,
          issuer: api.issuer,
          integrationType: 'AZURE',
          clients: ['s/EntraClient'],
          scopeMappingAttribute: 'scp',
        }),
      ],
    });
    expect(violationsOf(anyRoleScope, m)).toEqual([]);
  });
});

describe('EO-SNOW-002 session:role:<ROLE> names a granted role', () => {
  test('passes when a user holds the role (case-insensitive)', () => {
    const base = oktaSnowflake();
    expect(violationsOf(sessionRoleGranted, manifest({ ...base, clients: [client({ scopes: ['session:role:dev_qa'] })] }))).toEqual([]);
  });

  test('fails when no user holds the role', () => {
    const base = oktaSnowflake();
    const [message] = violationsOf(sessionRoleGranted, manifest({ ...base, clients: [client({ scopes: ['session:role:FINANCE'] })] }));
    expect(message).toContain('"session:role:FINANCE"');
    expect(message).toContain('role "FINANCE"');
    expect(message).toContain('granted: ["ANALYST","DEV_QA"]');
    expect(message).toContain('Fix: grant "FINANCE"');
  });

  test('reports could-not-evaluate when the integration declares no users', () => {
    const base = oktaSnowflake();
    const m = manifest({ ...base, clients: [client({ scopes: ['session:role:DEV_QA'] })], trusts: [snowflake({ users: [] })] });
    expect(unevaluableOf(sessionRoleGranted, m)[0]).toContain('declares no users');
    expect(violationsOf(sessionRoleGranted, m)).toEqual([]);
  });
});

describe('EO-SNOW-003 session scope spelling', () => {
  test.each([
    ['session:role_any', 'session:role-any'],
    ['session:role:any', 'session:role-any'],
    ['session:roleany', 'session:role-any'],
    ['SESSION:ROLE-ANY', 'session:role-any'],
    ['Session:Role-Any', 'session:role-any'],
    ['api://warehouse/session:role_any', 'api://warehouse/session:role-any'],
    ['Session:Role:DEV_QA', 'session:role:DEV_QA'],
    ['session_role:DEV_QA', 'session:role:DEV_QA'],
    ['session:role-DEV_QA', 'session:role:DEV_QA'],
  ])('fails when a scope is spelled %s (suggests %s)', (typo, fixed) => {
    expect(snowflakeScopeCorrection(typo)).toBe(fixed);
    const m = manifest({ issuers: [oktaIssuer()], clients: [client({ scopes: ['openid', typo] })] });
    const [message] = violationsOf(scopeTypo, m);
    expect(message).toContain(`"${typo}"`);
    expect(message).toContain(`Fix: write "${fixed}"`);
  });

  test('fails when an Okta policy rule grants the look-alike session:role_any', () => {
    const m = manifest({ issuers: [oktaIssuer({ policies: [policy({}, { scopes: ['session:role_any'] })] })] });
    expect(violationsOf(scopeTypo, m)[0]).toMatch(/s\/Okta \(policy "dbt" rule "default"\) has scope "session:role_any"/);
  });

  test.each(['session:role-any', 'session:role:DEV_QA', 'api://warehouse/session:role-any', 'openid', 'offline_access', 'sessions'])(
    'passes when the scope is %s',
    (scope) => {
      expect(snowflakeScopeCorrection(scope)).toBeUndefined();
      expect(violationsOf(scopeTypo, manifest({ issuers: [oktaIssuer()], clients: [client({ scopes: [scope] })] }))).toEqual([]);
    },
  );
});

describe('EO-SNOW-004 blocked roles', () => {
  test('passes when scopes and default roles are ordinary roles', () => {
    expect(violationsOf(blockedRole, manifest(oktaSnowflake()))).toEqual([]);
  });

  test('fails when a scope asks for ACCOUNTADMIN (blocked by default)', () => {
    const base = oktaSnowflake();
    const [message] = violationsOf(blockedRole, manifest({ ...base, clients: [client({ scopes: ['session:role:ACCOUNTADMIN'] })] }));
    expect(message).toContain('"session:role:ACCOUNTADMIN"');
    expect(message).toContain('blocked for External OAuth by default');
  });

  test("fails when a user's default role is on the blocked list", () => {
    const base = oktaSnowflake();
    const m = manifest({ ...base, trusts: [snowflake({ blockedRoles: ['ANALYST'] })] });
    expect(violationsOf(blockedRole, m).some((msg) => msg.includes('default role "ANALYST", which is on its blocked roles list'))).toBe(
      true,
    );
  });

  test('fails when a scope role is missing from a non-empty allowed list', () => {
    const base = oktaSnowflake();
    const m = manifest({
      ...base,
      clients: [client({ scopes: ['session:role:DEV_QA'] })],
      trusts: [snowflake({ allowedRoles: ['ANALYST'] })],
    });
    expect(violationsOf(blockedRole, m)[0]).toContain('is not on its allowed roles list ["ANALYST"]');
  });
});

describe('EO-SNOW-005 Entra user tokens need scope mapping attribute scp', () => {
  const api = entraIssuer();
  const entraTrust = (over: Parameters<typeof snowflake>[0] = {}) =>
    snowflake({
      issuerPath: api.path,
      issuer: api.issuer,
      integrationType: 'AZURE',
      audiences: ['api://warehouse'],
      jwksUrls: [api.jwksUrl],
      clients: ['s/EntraClient'],
      scopeMappingAttribute: 'scp',
      ...over,
    });

  test('passes when the attribute is scp', () => {
    expect(violationsOf(entraScopeMapping, manifest({ issuers: [api], clients: [entraClient()], trusts: [entraTrust()] }))).toEqual([]);
  });

  test('fails when the attribute is missing', () => {
    const [message] = violationsOf(
      entraScopeMapping,
      manifest({ issuers: [api], clients: [entraClient()], trusts: [entraTrust({ scopeMappingAttribute: undefined })] }),
    );
    expect(message).toContain('scopeMappingAttribute unset');
    expect(message).toContain('Fix: set scopeMappingAttribute "scp"');
  });

  test('fails when the attribute is "scope"', () => {
    expect(
      violationsOf(
        entraScopeMapping,
        manifest({ issuers: [api], clients: [entraClient()], trusts: [entraTrust({ scopeMappingAttribute: 'scope' })] }),
      ),
    ).toHaveLength(1);
  });

  test('passes when only machine clients use the integration', () => {
    const m = manifest({
      issuers: [api],
      clients: [entraClient({ grantTypes: ['client_credentials'] })],
      trusts: [entraTrust({ scopeMappingAttribute: undefined })],
    });
    expect(violationsOf(entraScopeMapping, m)).toEqual([]);
  });
});

describe('EO-SNOW-006 one integration per issuer per account', () => {
  test('passes when the second integration extends the first (existing)', () => {
    const base = oktaSnowflake();
    expect(
      violationsOf(oneIntegrationPerIssuer, manifest({ ...base, trusts: [snowflake(), snowflake({ path: 's/Extend', existing: true })] })),
    ).toEqual([]);
  });

  test('fails when two integrations trust the same issuer in one account', () => {
    const base = oktaSnowflake();
    const [message] = violationsOf(
      oneIntegrationPerIssuer,
      manifest({ ...base, trusts: [snowflake(), snowflake({ path: 's/Second', name: 'OKTA_BI' })] }),
    );
    expect(message).toContain('Snowflake integration "OKTA_BI" (s/Second) is a second integration');
    expect(message).toContain(`"${OKTA_ISSUER}"`);
    expect(message).toContain('s/Snowflake');
  });

  test('passes when the two integrations are in different accounts', () => {
    const base = oktaSnowflake();
    expect(
      violationsOf(
        oneIntegrationPerIssuer,
        manifest({ ...base, trusts: [snowflake({ account: 'A' }), snowflake({ path: 's/Second', account: 'B' })] }),
      ),
    ).toEqual([]);
  });
});

describe('EO-SNOW-007 at most 3 JWKS URLs', () => {
  const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://idp${i}.example.com/keys`);
  test('passes at 3 JWKS URLs', () => {
    expect(violationsOf(jwksUrlLimit, manifest({ trusts: [snowflake({ jwksUrls: urls(3) })] }))).toEqual([]);
  });
  test('fails at 4 JWKS URLs', () => {
    expect(violationsOf(jwksUrlLimit, manifest({ trusts: [snowflake({ jwksUrls: urls(4) })] }))[0]).toMatch(
      /lists 4 JWKS URLs .* at most 3\. Fix: remove 1/,
    );
  });
  test('reports could-not-evaluate when the list is an apply-time value', () => {
    expect(unevaluableOf(jwksUrlLimit, manifest({ trusts: [snowflake({ jwksUrls: '${var.jwks}' as unknown as string[] })] }))).toHaveLength(
      1,
    );
  });
});

describe("EO-SNOW-008 the issuer's JWKS URL", () => {
  test("passes when the integration lists the issuer's JWKS URL", () => {
    expect(violationsOf(issuerJwks, manifest(oktaSnowflake()))).toEqual([]);
  });
  test('fails when the integration fetches keys elsewhere', () => {
    const base = oktaSnowflake();
    const [message] = violationsOf(
      issuerJwks,
      manifest({ ...base, trusts: [snowflake({ jwksUrls: ['https://example.okta.com/oauth2/v1/keys'] })] }),
    );
    expect(message).toContain(`"${OKTA_ISSUER}/v1/keys"`);
  });
});

describe('EO-SNOW-009 granted, default and allowed roles are created or declared existing', () => {
  test('passes when every granted and default role is created or declared existing (case-insensitive)', () => {
    // GIVEN ANALYST created, DEV_QA existing; the user is granted both and defaults to analyst
    const m = manifest({ ...oktaSnowflake(), trusts: [snowflake({ users: [snowflakeUser({ defaultRole: 'analyst' })] })] });
    // THEN
    expect(check(roleDeclared, m)).toEqual([]);
  });

  test('fails when a granted role is neither created nor declared existing', () => {
    // GIVEN DEV_QA granted but only ANALYST declared
    const m = manifest({ ...oktaSnowflake(), trusts: [snowflake({ roles: [snowflakeRole()] })] });
    // WHEN
    const messages = violationsOf(roleDeclared, m);
    // THEN
    expect(messages).toEqual([
      'role "DEV_QA" granted to user "ANALYST" is neither created nor declared as existing in Snowflake account "default". Fix: addRole("DEV_QA") to create it, or addExistingRole("DEV_QA") if it exists already.',
    ]);
  });

  test('fails when a default role is undeclared, and when an allowed role is undeclared', () => {
    const m = manifest({
      ...oktaSnowflake(),
      trusts: [
        snowflake({ allowedRoles: ['ANALYST', 'REPORTER'], users: [snowflakeUser({ defaultRole: 'FINANCE', roles: ['ANALYST'] })] }),
      ],
    });
    const messages = violationsOf(roleDeclared, m);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('role "FINANCE" the default role of user "ANALYST" is neither created nor declared');
    expect(messages[1]).toContain('role "REPORTER" on the allowed roles list of Snowflake integration');
  });

  test('passes for system-defined roles (PUBLIC, SYSADMIN), which exist in every account', () => {
    const m = manifest({
      ...oktaSnowflake(),
      trusts: [snowflake({ roles: [], users: [snowflakeUser({ defaultRole: 'PUBLIC', roles: ['SYSADMIN'] })] })],
    });
    expect(check(roleDeclared, m)).toEqual([]);
  });

  test('a role declared on another integration of the same account counts; one of another account does not', () => {
    // GIVEN a second integration that declares DEV_QA, in the same account / in account "staging"
    const other = (account?: string) =>
      snowflake({
        path: 's/Other',
        name: 'OTHER',
        users: [],
        roles: [snowflakeRole({ path: 's/Other/Role-DEV_QA', name: 'DEV_QA', mode: 'existing' })],
        ...(account ? { account } : {}),
      });
    const own = snowflake({ roles: [snowflakeRole()] });
    // THEN
    expect(violationsOf(roleDeclared, manifest({ ...oktaSnowflake(), trusts: [own, other()] }))).toEqual([]);
    expect(violationsOf(roleDeclared, manifest({ ...oktaSnowflake(), trusts: [own, other('staging')] }))).toEqual([
      expect.stringContaining('role "DEV_QA" granted to user "ANALYST"'),
    ]);
  });

  test('reports could-not-evaluate for an apply-time role name and for a manifest without role records', () => {
    const token = snowflake({ users: [snowflakeUser({ defaultRole: undefined, roles: ['${snowflake_account_role.x.name}'] })] });
    expect(unevaluableOf(roleDeclared, manifest({ ...oktaSnowflake(), trusts: [token] }))).toEqual([
      expect.stringContaining('is only known after apply'),
    ]);
    const older = snowflake({ roles: undefined });
    expect(violationsOf(roleDeclared, manifest({ ...oktaSnowflake(), trusts: [older] }))).toEqual([]);
    expect(unevaluableOf(roleDeclared, manifest({ ...oktaSnowflake(), trusts: [older] }))[0]).toContain('records no role declarations');
  });
});

describe('EO-SNOW-010 the issuer mints the Snowflake account URL', () => {
  const ACCOUNT_URL = 'https://acme-xy12345.snowflakecomputing.com';

  test('passes when the issuer mints the declared account URL (trailing slash and case aside)', () => {
    expect(violationsOf(accountUrlAudience, manifest({ ...oktaSnowflake(), trusts: [snowflake({ accountUrl: ACCOUNT_URL })] }))).toEqual(
      [],
    );
    expect(
      violationsOf(
        accountUrlAudience,
        manifest({ ...oktaSnowflake(), trusts: [snowflake({ accountUrl: `${ACCOUNT_URL.toUpperCase()}/` })] }),
      ),
    ).toEqual([]);
  });

  test('fails when the issuer audience has a typo that wiring by object copied to the integration (EO-AUD-001 cannot see it)', () => {
    // GIVEN an Okta audience with a typo, and the integration taking its audiences from the issuer
    const typo = 'https://acme-xy1234.snowflakecomputing.com';
    const m = manifest({
      issuers: [oktaIssuer({ audiences: [typo] })],
      clients: [client()],
      trusts: [snowflake({ audiences: [typo], accountUrl: ACCOUNT_URL })],
    });
    // WHEN
    const [message] = violationsOf(accountUrlAudience, m);
    // THEN the issuer is the side to fix
    expect(message).toBe(
      `Snowflake integration "OKTA_DBT" (s/Snowflake) lives in the Snowflake account "${ACCOUNT_URL}", but s/Okta mints ["${typo}"]: Snowflake would reject every token of this issuer. Fix: make s/Okta mint "${ACCOUNT_URL}".`,
    );
  });

  test('does not apply without a declared account URL; could not be evaluated when it is an apply-time value', () => {
    expect(violationsOf(accountUrlAudience, manifest(oktaSnowflake()))).toEqual([]);
    expect(unevaluableOf(accountUrlAudience, manifest(oktaSnowflake()))).toEqual([]);
    expect(
      unevaluableOf(accountUrlAudience, manifest({ ...oktaSnowflake(), trusts: [snowflake({ accountUrl: '${var.account_url}' })] })),
    ).toHaveLength(1);
  });
});
