import { adminSystemUser, looksAdministrative } from '../../../lib/checks/rules/role-001-admin-system-user';
import { apiClient, externalIssuer, manifest, oktaSnowflake, profile, snowflake, snowflakeUser, violationsOf } from '../support';

describe('EO-ROLE-001 machine-flow system user role', () => {
  test.each(['admin', 'Server Admin', 'Owner', 'ACCOUNTADMIN', 'SYSADMIN', 'SECURITYADMIN', 'org-admin', 'Administrator', 'superuser'])(
    'flags %s as administrative',
    (role) => {
      expect(looksAdministrative(role)).toBe(true);
    },
  );
  test.each(['Reader', 'ANALYST', 'DBT_TRANSFORMER', 'Badminton', 'Ownership-Viewer'])('does not flag %s', (role) => {
    expect(looksAdministrative(role)).toBe(false);
  });

  test('passes when the machine flow maps a least-privilege role', () => {
    expect(violationsOf(adminSystemUser, manifest({ issuers: [externalIssuer()], clients: [apiClient()], trusts: [profile()] }))).toEqual(
      [],
    );
  });

  test('fails when the machine flow maps Server Admin', () => {
    const m = manifest({
      issuers: [externalIssuer()],
      clients: [apiClient()],
      trusts: [profile({}, { machineFlow: { enabled: true, systemUserClaim: 'appid', systemUserRole: 'Server Admin' } })],
    });
    const [message] = violationsOf(adminSystemUser, m);
    expect(message).toContain('system user role "Server Admin"');
    expect(message).toContain('Fix: use a least-privilege role');
  });

  test('passes when the machine flow is disabled', () => {
    const m = manifest({
      issuers: [externalIssuer()],
      clients: [apiClient()],
      trusts: [profile({}, { machineFlow: { enabled: false, systemUserClaim: 'appid', systemUserRole: 'Server Admin' } })],
    });
    expect(violationsOf(adminSystemUser, m)).toEqual([]);
  });

  test('fails when a Snowflake service user holds SYSADMIN', () => {
    const base = oktaSnowflake();
    const m = manifest({
      ...base,
      trusts: [snowflake({ users: [snowflakeUser({ path: 's/Snowflake/Dbt', name: 'DBT', service: true, roles: ['SYSADMIN'] })] })],
    });
    expect(violationsOf(adminSystemUser, m)[0]).toContain('service user "DBT" (s/Snowflake/Dbt)');
  });
});
