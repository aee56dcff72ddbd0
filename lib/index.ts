/**
 * cdktf-external-oauth: constructs, checks and the trust manifest (this entry loads cdktf).
 * The validator runtime is a separate entry, `cdktf-external-oauth/validator`, that never
 * loads cdktf. Explicit named exports only.
 */

// The trust model
export { Duration } from './core/duration';
export { CONFIG_ERROR_CODES, ExternalOAuthConfigError } from './core/errors';
export type { ConfigErrorCode, ConfigErrorDetails } from './core/errors';
export { ISSUER_KINDS, MACHINE_GRANT_TYPES, flowOfGrant } from './core/kinds';
export type { GrantType, IssuerKind, TokenFlow } from './core/kinds';
export { isClient, isIssuer, isTrust, trustModelOf } from './core/interfaces';
export type { IClient, IIssuer, ITrust } from './core/interfaces';
export { BUILT_IN_CLAIMS } from './core/claims';
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
  alterAudienceStatement,
  snowflakeIntegrationTypeOf,
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
export { REDSHIFT_IDC_APPLICATION_MAX_TOKEN_ISSUERS, REDSHIFT_IDC_APPLICATION_MIN_AWS_VERSION, RedshiftIdcApplication, RedshiftTrustedTokenIssuer, modifyApplicationCommand } from './redshift';
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

// Checks
export { ALL_RULES, ExternalOAuthChecks, ExternalOAuthSuppressions, runRules } from './checks';
export type { ExternalOAuthChecksProps, Rule, RuleOutcome, Suppression } from './checks';

// The trust manifest
export { ManifestWriter } from './manifest/manifest-writer';
export { ManifestReadError, findManifestFiles, parseManifest, readManifest, readManifests } from './manifest/read';
export { manifestProblems, profileProblems } from './manifest/schema-validation';
export { MANIFEST_SCHEMA, PROFILE_SCHEMA } from './manifest/schema';
export { MANIFEST_FILE_NAME, MANIFEST_SCHEMA_VERSION, PROFILES_OUTPUT_ID } from './manifest/types';
export type {
  AssignmentRecord,
  ClaimSource,
  ClientProgramRecord,
  ClientRecord,
  DatabricksTrustRecord,
  FindingRecord,
  TrustedOriginRecord,
  IssuerRecord,
  ProfileTrustRecord,
  RedshiftTrustRecord,
  SnowflakeRoleRecord,
  SnowflakeTrustRecord,
  TrustManifest,
  TrustRecord,
  ValidationProfile,
  AppTokenRule,
  TokenProfile,
} from './manifest/types';
export { VERSION } from './version';
