/** Okta issuer and client constructs. Explicit named exports only. */
export type { OktaAccessPolicyOptions, OktaAccessPolicyRuleOptions } from './okta-access-policy';
export {
  OKTA_ACCESS_TOKEN_MINUTES,
  OKTA_REFRESH_WINDOW_MINUTES,
  OKTA_RULE_GRANT_TYPES,
  OktaAccessPolicy,
  OktaAccessPolicyRule,
} from './okta-access-policy';
export type {
  OktaAuthorizationServerProps,
  OktaClaimOptions,
  OktaDefaultAuthorizationServerProps,
  OktaGroupFilterType,
  OktaGroupsClaimOptions,
  OktaIssuerMode,
  OktaScopeConsent,
  OktaScopeOptions,
} from './okta-authorization-server';
export { OKTA_BUILT_IN_SCOPES, OKTA_RESERVED_CLAIMS, OktaAuthorizationServer } from './okta-authorization-server';
export type {
  OktaAppKind,
  OktaOidcAppProps,
  OktaRefreshTokenOptions,
  OktaResponseType,
  OktaTokenEndpointAuthMethod,
  OktaTrustedOriginOptions,
} from './okta-oidc-app';
export { OKTA_APP_GRANT_TYPES, OktaOidcApp } from './okta-oidc-app';
