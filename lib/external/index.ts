/** Issuers and clients declared by URL and id (no Terraform provider). Explicit named exports only. */
export type { ExternalClientProps } from './external-client';
export { ExternalClient } from './external-client';
export type { ExternalClaim, ExternalIssuerKind, ExternalIssuerProps } from './external-issuer';
export { ExternalIssuer } from './external-issuer';
export type { KeycloakBrokerMapper, KeycloakBrokerMapperType, KeycloakBrokerProps, KeycloakClientAuthentication } from './keycloak-broker';
export { KeycloakBroker, MIN_RECOMMENDED_BROKER_RESERVE } from './keycloak-broker';
