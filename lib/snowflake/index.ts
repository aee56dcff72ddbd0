/** Snowflake External OAuth trust: explicit named exports (loads cdktf and the snowflake provider). */
export { SNOWFLAKE_IDENTIFIER_PATTERN, SNOWFLAKE_PRIVILEGED_ROLES, sqlIdentifier, sqlString } from './identifiers';
export {
  DEFAULT_SNOWFLAKE_ACCOUNT,
  MAX_SNOWFLAKE_JWKS_URLS,
  SnowflakeExternalOAuth,
  alterAudienceStatement,
  snowflakeIntegrationTypeOf,
} from './snowflake-external-oauth';
export type {
  SnowflakeAnyRoleMode,
  SnowflakeExistingIntegrationProps,
  SnowflakeExternalOAuthProps,
  SnowflakeIntegrationType,
  SnowflakeUserMappingAttribute,
} from './snowflake-external-oauth';
export { SnowflakeScope } from './snowflake-scope';
export { SnowflakeMappedUser } from './snowflake-user';
export { SnowflakeRole } from './snowflake-role';
export type { ISnowflakeRole, SnowflakeExistingRoleOptions, SnowflakeRoleOptions, SnowflakeRoleProps, SnowflakeRoleRef } from './snowflake-role';
export type { SnowflakeMappedUserProps, SnowflakeUserOptions } from './snowflake-user';
