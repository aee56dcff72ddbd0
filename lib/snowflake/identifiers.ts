/**
 * Snowflake identifier and SQL literal helpers. Pure: no cdktf import.
 *
 * @see https://docs.snowflake.com/en/sql-reference/identifiers-syntax
 */

/**
 * An unquoted Snowflake identifier: a letter or `_`, then letters, digits, `_` or `$`; at most
 * 255 characters. The provider also rejects `|`, `.` and `"`, which this pattern excludes.
 */
export const SNOWFLAKE_IDENTIFIER_PATTERN = /^[A-Za-z_][A-Za-z0-9_$]{0,254}$/;

/** The Snowflake account name used when none is given. */
export const DEFAULT_SNOWFLAKE_ACCOUNT = 'default';

/** An identifier that Snowflake stores exactly as written when unquoted (upper case). */
const UPPER_CASE_IDENTIFIER = /^[A-Z_][A-Z0-9_$]{0,254}$/;

/**
 * Roles that Snowflake adds to every External OAuth integration's blocked list while the account
 * parameter `EXTERNAL_OAUTH_ADD_PRIVILEGED_ROLES_TO_BLOCKED_LIST` is TRUE (the default).
 * @see https://docs.snowflake.com/en/sql-reference/parameters#external-oauth-add-privileged-roles-to-blocked-list
 */
export const SNOWFLAKE_PRIVILEGED_ROLES = ['ACCOUNTADMIN', 'ORGADMIN', 'SECURITYADMIN'] as const;

/** True when `name` is stored in upper case by Snowflake (no quoting needed in SQL). */
export function isUpperCaseIdentifier(name: string): boolean {
  return UPPER_CASE_IDENTIFIER.test(name);
}

/**
 * `name` as it must be written in SQL to address the object Terraform (which always quotes)
 * or an earlier unquoted CREATE made: bare when upper case, else double-quoted.
 */
export function sqlIdentifier(name: string): string {
  return isUpperCaseIdentifier(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** A single-quoted Snowflake string literal (`\` doubled, `'` written as `''`). */
export function sqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
