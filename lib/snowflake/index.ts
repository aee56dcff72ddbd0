/** Snowflake External OAuth trust: explicit named exports (loads cdktf and the snowflake provider). */
export { SNOWFLAKE_IDENTIFIER_PATTERN, SNOWFLAKE_PRIVILEGED_ROLES, sqlIdentifier, sqlString } from './identifiers';
export type {
  SnowflakeAnyRoleMode,
  SnowflakeExistingIntegrationProps,
  SnowflakeExternalOAuthProps,
  SnowflakeIntegrationType,
  SnowflakeUserMappingAttribute,
} from './snowflake-external-oauth';
export {
  alterAudienceStatement,
  DEFAULT_SNOWFLAKE_ACCOUNT,
  MAX_SNOWFLAKE_JWKS_URLS,
  SnowflakeExternalOAuth,
  snowflakeIntegrationTypeOf,
} from './snowflake-external-oauth';
export type {
  ISnowflakeRole,
  SnowflakeExistingRoleOptions,
  SnowflakeRoleOptions,
  SnowflakeRoleProps,
  SnowflakeRoleRef,
} from './snowflake-role';
export { SnowflakeRole } from './snowflake-role';
export { SnowflakeScope } from './snowflake-scope';
export type { SnowflakeMappedUserProps, SnowflakeUserOptions } from './snowflake-user';
export { SnowflakeMappedUser } from './snowflake-user';
