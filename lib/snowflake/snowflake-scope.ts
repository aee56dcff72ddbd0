/**
 * The OAuth scopes Snowflake reads from External OAuth access tokens (in the integration's
 * scope mapping attribute, e.g. `scp`). Pure: no cdktf import.
 *
 * @see https://docs.snowflake.com/en/user-guide/oauth-ext-overview#scopes
 */
import { SNOWFLAKE_ROLE_ANY_SCOPE, SNOWFLAKE_ROLE_SCOPE_PREFIX } from '../util/values';
import { SNOWFLAKE_IDENTIFIER_PATTERN, SNOWFLAKE_PRIVILEGED_ROLES } from './identifiers';

/** An enum-like Snowflake scope: `SnowflakeScope.ROLE_ANY`, `SnowflakeScope.role('DEV_QA')`. */
export class SnowflakeScope {
  /**
   * `session:role-any`: the session may use any role granted to the user. Honoured only when
   * the integration's `anyRoleMode` is ENABLE (or ENABLE_FOR_PRIVILEGE).
   */
  public static readonly ROLE_ANY = new SnowflakeScope(SNOWFLAKE_ROLE_ANY_SCOPE);

  /**
   * `session:role:<ROLE>`: the session's primary role. Throws for a name that is not a
   * Snowflake identifier, and for ACCOUNTADMIN, ORGADMIN and SECURITYADMIN.
   */
  public static role(name: string): SnowflakeScope {
    if (!SNOWFLAKE_IDENTIFIER_PATTERN.test(name)) {
      throw new Error(`SnowflakeScope.role: ${JSON.stringify(name)} is not a Snowflake role identifier`);
    }
    if ((SNOWFLAKE_PRIVILEGED_ROLES as readonly string[]).includes(name.toUpperCase())) {
      throw new Error(`SnowflakeScope.role: ${name} is blocked for External OAuth and must not be requested`);
    }
    return new SnowflakeScope(`${SNOWFLAKE_ROLE_SCOPE_PREFIX}${name}`);
  }

  /** The role a `session:role:<ROLE>` scope names; undefined for other scopes. */
  public static roleOf(scope: string): string | undefined {
    const m = /^session:role:(.+)$/.exec(scope);
    return m ? m[1] : undefined;
  }

  private constructor(
    /** The scope string, e.g. `session:role:ANALYST`. */
    public readonly value: string,
  ) {}

  /** The scope string. */
  public toString(): string {
    return this.value;
  }
}
