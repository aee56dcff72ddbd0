/**
 * Access-token claims as each IdP really issues them, per flow (values invented, claim sets
 * and shapes as documented and observed):
 * - Keycloak: https://www.keycloak.org/docs/latest/server_admin/ (service
 *   accounts: `sub` is the service-account user's id; `client_id` since Keycloak 20, `clientId` before)
 * - Entra ID: https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference
 * - Okta: https://developer.okta.com/docs/reference/api/oidc/
 * - Auth0: https://auth0.com/docs/secure/tokens/access-tokens/access-token-profiles
 * - PingFederate: https://docs.pingidentity.com/pingfederate/latest/ (access token management, attribute mapping)
 */
import { NOW } from './fixtures';

export const KEYCLOAK_ISSUER = 'https://sso.example.test/realms/acme';
export const KEYCLOAK_CLIENT = 'Orders-Service';

const keycloakCommon = {
  iss: KEYCLOAK_ISSUER,
  aud: 'orders-api',
  typ: 'Bearer',
  acr: '1',
  'allowed-origins': ['/*'],
  realm_access: { roles: ['default-roles-acme', 'offline_access'] },
  resource_access: { 'orders-api': { roles: ['orders-reader'] } },
  iat: NOW - 30,
  exp: NOW + 270,
};

/** Keycloak 20+ client-credentials (service-account) token: `client_id`, user-UUID `sub`, lower-cased username. */
export function keycloakServiceAccount(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...keycloakCommon,
    jti: 'trrtcc:6a3e0f4c-2f55-4a5b-9d61-0c3c7b2f1e10',
    sub: '5b1d6c8e-9a47-4f3e-8b2a-7c61d0e9f4a2',
    azp: KEYCLOAK_CLIENT,
    scope: 'profile email',
    clientHost: '10.1.2.3',
    email_verified: false,
    preferred_username: `service-account-${KEYCLOAK_CLIENT.toLowerCase()}`,
    clientAddress: '10.1.2.3',
    client_id: KEYCLOAK_CLIENT,
    ...overrides,
  };
}

/** Keycloak before release 20: the same token with `clientId` instead of `client_id`. */
export function keycloakLegacyServiceAccount(): Record<string, unknown> {
  const { client_id: clientId, ...rest } = keycloakServiceAccount();
  return { ...rest, clientId };
}

/** Keycloak authorization-code token of a user, obtained through the same client. */
export function keycloakUser(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...keycloakCommon,
    jti: 'onrtac:0b5f7a1e-3c2d-4e8f-9a6b-1d2c3e4f5a6b',
    sub: '2c9e1f4a-7b3d-4a6e-8f1c-5d0b9e2a7c31',
    azp: KEYCLOAK_CLIENT,
    sid: 'b1e2c3d4-a5f6-4b7c-8d9e-0f1a2b3c4d5e',
    scope: 'openid profile email',
    email_verified: true,
    name: 'Alice Example',
    preferred_username: 'alice',
    given_name: 'Alice',
    family_name: 'Example',
    email: 'alice@example.test',
    ...overrides,
  };
}

export const ENTRA_TENANT = 'aaaaaaaa-2222-3333-4444-5555555555bb';
export const ENTRA_CLIENT = 'cccccccc-1111-2222-3333-444444444444';
export const ENTRA_V1_ISSUER = `https://sts.windows.net/${ENTRA_TENANT}/`;
export const ENTRA_V2_ISSUER = `https://login.microsoftonline.com/${ENTRA_TENANT}/v2.0`;

/** Entra v1 app-only token (client credentials): `roles`, no `scp`; `idtyp: app` when the optional claim is configured. */
export function entraV1App(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    aud: 'api://orders',
    iss: ENTRA_V1_ISSUER,
    iat: NOW - 60,
    nbf: NOW - 60,
    exp: NOW + 3540,
    aio: 'E2ZgYJj7n3f9xYp2m1c=',
    appid: ENTRA_CLIENT,
    appidacr: '1',
    idp: ENTRA_V1_ISSUER,
    oid: 'dddddddd-1111-2222-3333-444444444444',
    rh: '0.AQ4AqqqqqiIiMzNERFVVVVVVu8zMzMwREiIz.',
    roles: ['Orders.ReadWrite.All'],
    sub: 'dddddddd-1111-2222-3333-444444444444',
    tid: ENTRA_TENANT,
    uti: 'x1Yb2Zc3Qd4Re5Sf6Tg7AA',
    ver: '1.0',
    ...overrides,
  };
}

/** Entra v1 delegated (user) token: `scp`, `unique_name`, `upn`, and `appid` of the calling client. */
export function entraV1User(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    aud: 'api://orders',
    iss: ENTRA_V1_ISSUER,
    iat: NOW - 60,
    nbf: NOW - 60,
    exp: NOW + 4200,
    acr: '1',
    aio: 'AVQAq/8WAAAA1x2y3z4w5v6u7t8s9r0q',
    amr: ['pwd', 'mfa'],
    appid: ENTRA_CLIENT,
    appidacr: '0',
    family_name: 'Example',
    given_name: 'Alice',
    ipaddr: '203.0.113.7',
    name: 'Alice Example',
    oid: 'eeeeeeee-1111-2222-3333-444444444444',
    rh: '0.AQ4AqqqqqiIiMzNERFVVVVVVu8zMzMwREiIz.',
    scp: 'Orders.Read',
    sub: 'q3Wm8VvS0nKcYbT7r4uXo2Lh9fJdAe1gPiZsN6yBwCk',
    tid: ENTRA_TENANT,
    unique_name: 'alice@contoso.test',
    upn: 'alice@contoso.test',
    uti: 'a1Bb2Cc3Dd4Ee5Ff6Gg7AA',
    ver: '1.0',
    ...overrides,
  };
}

/** Entra v2 app-only token: `azp`, `idtyp: app`, `roles`. */
export function entraV2App(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { appid, appidacr, idp, ...v1 } = entraV1App();
  void appid;
  void appidacr;
  void idp;
  return { ...v1, aud: ENTRA_CLIENT, iss: ENTRA_V2_ISSUER, azp: ENTRA_CLIENT, azpacr: '1', idtyp: 'app', ver: '2.0', ...overrides };
}

export const OKTA_ISSUER = 'https://acme.okta.com/oauth2/aus1a2b3c4d5e6f7g8h9';
export const OKTA_CLIENT = '0oa1b2c3d4e5f6g7h8i9';

/** Okta custom authorization server, client credentials: `sub` = `cid`. */
export function oktaApp(): Record<string, unknown> {
  return {
    ver: 1,
    jti: 'AT.k1l2m3n4o5p6q7r8s9t0',
    iss: OKTA_ISSUER,
    aud: 'api://orders',
    iat: NOW - 5,
    exp: NOW + 3595,
    cid: OKTA_CLIENT,
    scp: ['orders.read'],
    sub: OKTA_CLIENT,
  };
}

/** Okta, authorization code: `sub` = the user's login, `uid`. */
export function oktaUser(): Record<string, unknown> {
  return {
    ...oktaApp(),
    jti: 'AT.u1v2w3x4y5z6a7b8c9d0',
    uid: '00u1a2b3c4d5e6f7g8h9',
    scp: ['openid', 'orders.read'],
    auth_time: NOW - 100,
    sub: 'alice@example.test',
  };
}

export const AUTH0_ISSUER = 'https://acme.eu.auth0.com/';
export const AUTH0_CLIENT = 'Xy7aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT';

/** Auth0 client-credentials token: `sub` = `<client>@clients`, `gty`. */
export function auth0App(): Record<string, unknown> {
  return {
    iss: AUTH0_ISSUER,
    sub: `${AUTH0_CLIENT}@clients`,
    aud: 'https://orders.example.test',
    iat: NOW - 5,
    exp: NOW + 86395,
    scope: 'read:orders',
    gty: 'client-credentials',
    azp: AUTH0_CLIENT,
  };
}

/** Auth0 user token. */
export function auth0User(): Record<string, unknown> {
  return {
    iss: AUTH0_ISSUER,
    sub: 'auth0|64b1c2d3e4f5a6b7c8d9e0f1',
    aud: ['https://orders.example.test', `${AUTH0_ISSUER}userinfo`],
    iat: NOW - 5,
    exp: NOW + 86395,
    scope: 'openid profile read:orders',
    azp: AUTH0_CLIENT,
    email: 'alice@example.test',
  };
}

export const PING_ISSUER = 'https://sso.example.test';
export const PING_CLIENT = 'orders_service';

/** PingFederate client-credentials token, access token manager mapping `sub` from the client id. */
export function pingApp(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    scope: 'orders.read',
    client_id: PING_CLIENT,
    iss: PING_ISSUER,
    jti: 'Gq3kW8eR',
    aud: 'orders-api',
    sub: PING_CLIENT,
    iat: NOW - 5,
    exp: NOW + 7195,
    ...overrides,
  };
}

/** PingFederate user token: `sub` = the user's name. */
export function pingUser(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    scope: 'openid orders.read',
    client_id: PING_CLIENT,
    iss: PING_ISSUER,
    jti: 'Hr4lX9fS',
    aud: 'orders-api',
    sub: 'alice',
    Username: 'alice',
    iat: NOW - 5,
    exp: NOW + 7195,
    ...overrides,
  };
}
