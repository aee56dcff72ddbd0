/** Issuers and clients declared by URL and id (no Terraform provider). Explicit named exports only. */
export { ExternalIssuer } from './external-issuer';
export type { ExternalClaim, ExternalIssuerKind, ExternalIssuerProps } from './external-issuer';
export { ExternalClient } from './external-client';
export type { ExternalClientProps } from './external-client';
export { MIN_RECOMMENDED_BROKER_RESERVE, KeycloakBroker } from './keycloak-broker';
export type { KeycloakBrokerMapper, KeycloakBrokerMapperType, KeycloakBrokerProps, KeycloakClientAuthentication } from './keycloak-broker';
