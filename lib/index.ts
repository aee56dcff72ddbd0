/**
 * cdktf-external-oauth: constructs, the checks Aspect and the core types (this entry loads
 * cdktf). Entries that never load cdktf: `cdktf-external-oauth/validator` (the runtime),
 * `/manifest` (read and schema-check the trust manifest), `/checks` (the rules and their
 * runner), `/simulate`. Explicit named exports only.
 */

// The trust model
export { Duration } from './core/duration';
export { CONFIG_ERROR_CODES, ExternalOAuthConfigError } from './core/errors';
export type { ConfigErrorCode, ConfigErrorDetails } from './core/errors';
export { ExternalOAuthError } from './util/error';
export { ISSUER_KINDS } from './core/kinds';
export type { GrantType, IssuerKind, TokenFlow } from './core/kinds';
export { isClient, isIssuer, isTrust } from './core/interfaces';
export type { IClient, IIssuer, ITrust } from './core/interfaces';
export { BUILT_IN_CLAIMS } from './core/claims';
export type { ScopeName } from './core/scope-name';
export { ClientAssignment, ClientProgram } from './core/client-program';
export type { ClientProgramProps, KeycloakBrokerProgramOptions, TokenEndpointAuthMethod } from './core/client-program';

// Issuers and clients
export {
  OKTA_ACCESS_TOKEN_MINUTES,
  OKTA_APP_GRANT_TYPES,
  OKTA_BUILT_IN_SCOPES,
  OKTA_REFRESH_WINDOW_MINUTES,
  OKTA_RESERVED_CLAIMS,
  OKTA_RULE_GRANT_TYPES,
  OktaAccessPolicy,
  OktaAccessPolicyRule,
  OktaAuthorizationServer,
  OktaOidcApp,
} from './okta';
export type {
  OktaAccessPolicyOptions,
  OktaAccessPolicyRuleOptions,
  OktaAppKind,
  OktaAuthorizationServerProps,
  OktaClaimOptions,
  OktaDefaultAuthorizationServerProps,
  OktaGroupFilterType,
  OktaGroupsClaimOptions,
  OktaIssuerMode,
  OktaOidcAppProps,
  OktaRefreshTokenOptions,
  OktaResponseType,
  OktaScopeConsent,
  OktaScopeOptions,
  OktaTokenEndpointAuthMethod,
  OktaTrustedOriginOptions,
} from './okta';
export { EntraClientApp, EntraProtectedApi, MAX_SECRET_LIFETIME_DAYS } from './entra';
export type {
  EntraAccessTokenVersion,
  EntraApiGrant,
  EntraAppRole,
  EntraAppRoleMemberType,
  EntraAppRoleOptions,
  EntraClientAppProps,
  EntraClientKind,
  EntraClientSecretOptions,
  EntraOptionalClaim,
  EntraProtectedApiProps,
  EntraScope,
  EntraScopeConsentType,
  EntraScopeOptions,
  EntraSecretRotation,
} from './entra';
export { MIN_RECOMMENDED_BROKER_RESERVE, ExternalClient, ExternalIssuer, KeycloakBroker } from './external';
export type { ExternalClaim, ExternalClientProps, ExternalIssuerKind, ExternalIssuerProps, KeycloakBrokerMapper, KeycloakBrokerMapperType, KeycloakBrokerProps, KeycloakClientAuthentication } from './external';

// Trusts
export {
  DEFAULT_SNOWFLAKE_ACCOUNT,
  MAX_SNOWFLAKE_JWKS_URLS,
  SNOWFLAKE_PRIVILEGED_ROLES,
  SnowflakeExternalOAuth,
  SnowflakeMappedUser,
  SnowflakeRole,
  SnowflakeScope,
} from './snowflake';
export type {
  SnowflakeAnyRoleMode,
  SnowflakeExistingIntegrationProps,
  SnowflakeExternalOAuthProps,
  ISnowflakeRole,
  SnowflakeExistingRoleOptions,
  SnowflakeIntegrationType,
  SnowflakeRoleOptions,
  SnowflakeRoleProps,
  SnowflakeRoleRef,
  SnowflakeUserMappingAttribute,
  SnowflakeUserOptions,
} from './snowflake';
export { REDSHIFT_IDC_APPLICATION_MAX_TOKEN_ISSUERS, REDSHIFT_IDC_APPLICATION_MIN_AWS_VERSION, RedshiftIdcApplication, RedshiftTrustedTokenIssuer } from './redshift';
export type { RedshiftAdoptedApplicationOptions, RedshiftIdcApplicationConfig, RedshiftIdcApplicationOptions, RedshiftTrustedTokenIssuerProps } from './redshift';
export {
  DATABRICKS_DEFAULT_SUBJECT_CLAIM,
  DATABRICKS_EXCHANGE_ALGORITHMS,
  DatabricksFederationPolicy,
  MAX_DATABRICKS_POLICIES_PER_SERVICE_PRINCIPAL,
} from './databricks';
export type { DatabricksFederationPolicyProps, DatabricksServicePrincipalRef } from './databricks';
export { ApiValidationProfile } from './profile';
export type { ApiValidationProfileProps, MachineFlowOptions, TokenRules, UserFlowOptions } from './profile';

// Checks (the Aspect and suppressions; the rules and their runner: `cdktf-external-oauth/checks`)
export { ExternalOAuthChecks } from './checks/aspect';
export type { ExternalOAuthChecksProps } from './checks/aspect';
export { ExternalOAuthSuppressions } from './checks/suppressions';
export type { Suppression } from './checks/suppressions';

// The trust manifest writer (reading it, its schema and record types: `cdktf-external-oauth/manifest`)
export { ManifestWriter } from './manifest/manifest-writer';
export { VERSION } from './version';
