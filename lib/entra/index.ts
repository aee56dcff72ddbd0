/** Microsoft Entra ID issuer and client constructs. Explicit named exports only. */
export type {
  EntraApiGrant,
  EntraClientAppProps,
  EntraClientKind,
  EntraClientSecretOptions,
  EntraSecretRotation,
} from './entra-client-app';
export { EntraClientApp, MAX_SECRET_LIFETIME_DAYS } from './entra-client-app';
export type {
  EntraAccessTokenVersion,
  EntraAppRole,
  EntraAppRoleMemberType,
  EntraAppRoleOptions,
  EntraOptionalClaim,
  EntraProtectedApiProps,
  EntraScope,
  EntraScopeConsentType,
  EntraScopeOptions,
} from './entra-protected-api';
export { EntraProtectedApi } from './entra-protected-api';
