/**
 * cdktf-external-oauth: constructs, the checks Aspect and the core types (this entry loads
 * cdktf). Entries that never load cdktf: `cdktf-external-oauth/validator` (the runtime),
 * `/manifest` (read and schema-check the trust manifest), `/checks` (the rules and their
 * runner), `/simulate`. Explicit named exports only.
 */

// The trust model
export { BUILT_IN_CLAIMS } from './core/claims';
export type { ClientProgramProps, KeycloakBrokerProgramOptions, TokenEndpointAuthMethod } from './core/client-program';
export { ClientAssignment, ClientProgram } from './core/client-program';
export { Duration } from './core/duration';
export type { ConfigErrorCode, ConfigErrorDetails } from './core/errors';
export { CONFIG_ERROR_CODES, ExternalOAuthConfigError } from './core/errors';
export type { IClient, IIssuer, ITrust } from './core/interfaces';
export { isClient, isIssuer, isTrust } from './core/interfaces';
export type { GrantType, IssuerKind, TokenFlow } from './core/kinds';
export { ISSUER_KINDS } from './core/kinds';
export type { ScopeName } from './core/scope-name';
export { ExternalOAuthError } from './util/error';

// Issuers and clients
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
export { EntraClientApp, EntraProtectedApi, MAX_SECRET_LIFETIME_DAYS } from './entra';
export type {
  ExternalClaim,
  ExternalClientProps,
  ExternalIssuerKind,
  ExternalIssuerProps,
  KeycloakBrokerMapper,
  KeycloakBrokerMapperType,
  KeycloakBrokerProps,
  KeycloakClientAuthentication,
} from './external';
export { ExternalClient, ExternalIssuer, KeycloakBroker, MIN_RECOMMENDED_BROKER_RESERVE } from './external';
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

// Trusts
export type { DatabricksFederationPolicyProps, DatabricksServicePrincipalRef } from './databricks';
export {
  DATABRICKS_DEFAULT_SUBJECT_CLAIM,
  DATABRICKS_EXCHANGE_ALGORITHMS,
  DatabricksFederationPolicy,
  MAX_DATABRICKS_POLICIES_PER_SERVICE_PRINCIPAL,
} from './databricks';
export type { ApiValidationProfileProps, MachineFlowOptions, TokenRules, UserFlowOptions } from './profile';
export { ApiValidationProfile } from './profile';
export type {
  RedshiftAdoptedApplicationOptions,
  RedshiftIdcApplicationConfig,
  RedshiftIdcApplicationOptions,
  RedshiftTrustedTokenIssuerProps,
} from './redshift';
export {
  REDSHIFT_IDC_APPLICATION_MAX_TOKEN_ISSUERS,
  REDSHIFT_IDC_APPLICATION_MIN_AWS_VERSION,
  RedshiftIdcApplication,
  RedshiftTrustedTokenIssuer,
} from './redshift';
export type {
  ISnowflakeRole,
  SnowflakeAnyRoleMode,
  SnowflakeExistingIntegrationProps,
  SnowflakeExistingRoleOptions,
  SnowflakeExternalOAuthProps,
  SnowflakeIntegrationType,
  SnowflakeRoleOptions,
  SnowflakeRoleProps,
  SnowflakeRoleRef,
  SnowflakeUserMappingAttribute,
  SnowflakeUserOptions,
} from './snowflake';
export {
  DEFAULT_SNOWFLAKE_ACCOUNT,
  MAX_SNOWFLAKE_JWKS_URLS,
  SNOWFLAKE_PRIVILEGED_ROLES,
  SnowflakeExternalOAuth,
  SnowflakeMappedUser,
  SnowflakeRole,
  SnowflakeScope,
} from './snowflake';

// Checks (the Aspect and suppressions; the rules and their runner: `cdktf-external-oauth/checks`)
export type { ExternalOAuthChecksProps } from './checks/aspect';
export { ExternalOAuthChecks } from './checks/aspect';
export type { Suppression } from './checks/suppressions';
export { ExternalOAuthSuppressions } from './checks/suppressions';

// The trust manifest writer (reading it, its schema and record types: `cdktf-external-oauth/manifest`)
export { ManifestWriter } from './manifest/manifest-writer';
export { VERSION } from './version';
