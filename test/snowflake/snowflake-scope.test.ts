import { SnowflakeScope } from '../../lib/snowflake/snowflake-scope';

describe('SnowflakeScope', () => {
  test('ROLE_ANY is session:role-any', () => {
    expect(SnowflakeScope.ROLE_ANY.value).toBe('session:role-any');
    expect(`${SnowflakeScope.ROLE_ANY}`).toBe('session:role-any');
  });

  test('role(name) is session:role:<name>, and roleOf reads it back', () => {
    const scope = SnowflakeScope.role('DEV_QA');
    expect(scope.value).toBe('session:role:DEV_QA');
    expect(SnowflakeScope.roleOf(scope.value)).toBe('DEV_QA');
    expect(SnowflakeScope.roleOf('session:role-any')).toBeUndefined();
  });

  test.each(['ACCOUNTADMIN', 'orgadmin', 'SecurityAdmin'])('fails when the role is the privileged %s', (role) => {
    expect(() => SnowflakeScope.role(role)).toThrow(/blocked for External OAuth/);
  });

  test('fails when the role is not an identifier', () => {
    expect(() => SnowflakeScope.role('DEV QA')).toThrow(/not a Snowflake role identifier/);
  });
});
