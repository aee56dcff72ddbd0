/**
 * Typed builders of hand-made manifest records for rule tests. Defaults form a consistent,
 * passing setup (an Okta authorization server + web app + Snowflake integration, an Entra v1
 * API + client); each test overrides only what it breaks.
 */
import { createRuleContext, type KeycloakBrokerRecord, type ManifestRecords } from '../../lib/checks/context';
import type { Rule, RuleOutcome } from '../../lib/checks/rule';
import { BUILT_IN_CLAIMS } from '../../lib/core/claims';
import type { IssuerKind } from '../../lib/core/kinds';
import type {
  ClientProgramRecord,
  ClientRecord,
  IssuerDetails,
  IssuerRecord,
  PolicyRecord,
  PolicyRuleRecord,
  ProfileTrustRecord,
  RedshiftTrustRecord,
  SnowflakeRoleRecord,
  SnowflakeTrustRecord,
  SnowflakeUserRecord,
  TrustRecord,
  ValidationProfile,
} from '../../lib/manifest/types';

/** The frozen clock of rule tests. */
export const NOW = new Date('2026-11-15T12:00:00.000Z');

export const TENANT = '11111111-2222-3333-4444-555555555555';
export const OKTA_ISSUER = 'https://example.okta.com/oauth2/aus123';
export const SNOWFLAKE_AUD = 'https://acme-xy12345.snowflakecomputing.com';

type Over<T> = Partial<{ -readonly [K in keyof T]: T[K] }>;

/** An Okta custom authorization server minting the Snowflake audience. */
export function oktaIssuer(over: Over<IssuerRecord> = {}, details: Over<IssuerDetails> = {}): IssuerRecord {
  return {
    path: 's/Okta',
    kind: 'okta',
    issuer: OKTA_ISSUER,
    jwksUrl: `${OKTA_ISSUER}/v1/keys`,
    discoveryUrl: `${OKTA_ISSUER}/.well-known/openid-configuration`,
    audiences: [SNOWFLAKE_AUD],
    scopes: [{ name: 'session:role-any' }, { name: 'offline_access' }],
    claims: [...BUILT_IN_CLAIMS.okta, { name: 'email', flows: ['user'], tokenType: 'access', valueKind: 'email' }],
    policies: [policy()],
    details: { name: 'snowflake', issuerMode: 'ORG_URL', ...details },
    ...over,
  };
}

/** An Okta access policy assigned to `s/WebApp` with one rule. */
export function policy(over: Over<PolicyRecord> = {}, rule: Over<PolicyRuleRecord> = {}): PolicyRecord {
  return {
    name: 'dbt',
    priority: 1,
    clients: ['s/WebApp'],
    rules: [policyRule(rule)],
    ...over,
  };
}

/** A policy rule: 60 min access tokens, 90 day refresh tokens, 7 day window. */
export function policyRule(over: Over<PolicyRuleRecord> = {}): PolicyRuleRecord {
  return {
    name: 'default',
    priority: 1,
    grantTypes: ['authorization_code'],
    scopes: ['openid', 'offline_access', 'session:role-any'],
    accessTokenLifetimeMinutes: 60,
    refreshTokenLifetimeMinutes: 90 * 24 * 60,
    refreshTokenWindowMinutes: 7 * 24 * 60,
    ...over,
  };
}

/** An Entra protected API (v1 by default). */
export function entraIssuer(over: Over<IssuerRecord> = {}, details: Over<IssuerDetails> = {}): IssuerRecord {
  const d: IssuerDetails = {
    name: 'warehouse-api',
    tenantId: TENANT,
    accessTokenVersion: 1,
    identifierUri: 'api://warehouse',
    applicationClientId: 'aaaaaaaa-0000-0000-0000-000000000001',
    ...details,
  };
  const iss = d.accessTokenVersion === 2 ? `https://login.microsoftonline.com/${TENANT}/v2.0` : `https://sts.windows.net/${TENANT}/`;
  return {
    path: 's/EntraApi',
    kind: 'entra',
    issuer: iss,
    jwksUrl: `https://login.microsoftonline.com/${TENANT}/discovery/v2.0/keys`,
    discoveryUrl: `https://login.microsoftonline.com/${TENANT}/v2.0/.well-known/openid-configuration`,
    audiences: [d.accessTokenVersion === 2 ? d.applicationClientId! : d.identifierUri!],
    scopes: [{ name: 'session:role-any' }],
    claims: [...BUILT_IN_CLAIMS.entra],
    policies: [],
    details: d,
    ...over,
  };
}

/** An external issuer of `kind`. */
export function externalIssuer(kind: IssuerKind = 'pingfederate', over: Over<IssuerRecord> = {}): IssuerRecord {
  return {
    path: 's/Idp',
    kind,
    issuer: 'https://sso.example.com',
    jwksUrl: 'https://sso.example.com/pf/JWKS',
    discoveryUrl: 'https://sso.example.com/.well-known/openid-configuration',
    audiences: ['https://api.example.com'],
    scopes: [],
    claims: [...BUILT_IN_CLAIMS[kind]],
    policies: [],
    details: {},
    ...over,
  };
}

/** A confidential Okta web app with authorization code + refresh tokens. */
export function client(over: Over<ClientRecord> = {}): ClientRecord {
  return {
    path: 's/WebApp',
    kind: 'web',
    name: 'dbt',
    issuer: 's/Okta',
    clientId: '0oa1client',
    grantTypes: ['authorization_code', 'refresh_token'],
    responseTypes: ['code'],
    redirectUris: ['https://app.example.com/callback', 'http://localhost:8080/callback'],
    postLogoutRedirectUris: ['https://app.example.com/logout_response'],
    scopes: ['openid', 'offline_access', 'session:role-any'],
    tokenEndpointAuthMethod: 'client_secret_basic',
    assignment: { mode: 'assigned', groups: ['00g1developers'] },
    program: program(),
    details: {},
    ...over,
  };
}

/** A client program record: a confidential server-side program without PKCE or rotation. */
export function program(over: Over<ClientProgramRecord> = {}): ClientProgramRecord {
  return {
    name: 'dbt Cloud',
    sendsPkce: false,
    keepsRotatedRefreshToken: false,
    tokenEndpointAuthMethods: ['client_secret_basic'],
    readsClaimsFrom: ['access_token'],
    ...over,
  };
}

/** A Snowflake user. */
export function snowflakeUser(over: Over<SnowflakeUserRecord> = {}): SnowflakeUserRecord {
  return {
    path: 's/Snowflake/Analyst',
    name: 'ANALYST',
    email: 'analyst@example.com',
    defaultRole: 'ANALYST',
    roles: ['ANALYST', 'DEV_QA'],
    service: false,
    ...over,
  };
}

/** A Snowflake role declared on the integration (created by default). */
export function snowflakeRole(over: Over<SnowflakeRoleRecord> = {}): SnowflakeRoleRecord {
  return { path: `s/Snowflake/Role-${over.name ?? 'ANALYST'}`, name: 'ANALYST', mode: 'created', ...over };
}

/** A Snowflake integration for the Okta issuer, serving `s/WebApp`; ANALYST is created, DEV_QA exists. */
export function snowflake(over: Over<SnowflakeTrustRecord> = {}): SnowflakeTrustRecord {
  return {
    type: 'snowflake',
    path: 's/Snowflake',
    name: 'OKTA_DBT',
    issuerPath: 's/Okta',
    issuer: OKTA_ISSUER,
    integrationType: 'OKTA',
    jwksUrls: [`${OKTA_ISSUER}/v1/keys`],
    audiences: [SNOWFLAKE_AUD],
    userMappingClaims: ['email'],
    mappingAttribute: 'EMAIL_ADDRESS',
    anyRoleMode: 'ENABLE',
    allowedRoles: [],
    blockedRoles: [],
    clients: ['s/WebApp'],
    users: [snowflakeUser()],
    roles: [snowflakeRole(), snowflakeRole({ name: 'DEV_QA', mode: 'existing' })],
    existing: false,
    manualSteps: [],
    ...over,
  };
}

/** A Redshift trusted token issuer for the Entra API, matching `upn` to `emails.value`. */
export function redshift(over: Over<RedshiftTrustRecord> = {}): RedshiftTrustRecord {
  return {
    type: 'redshift',
    path: 's/Redshift',
    name: 'entra-dbt',
    issuerPath: 's/EntraApi',
    issuer: `https://sts.windows.net/${TENANT}/`,
    claimAttributePath: 'upn',
    identityStoreAttributePath: 'emails.value',
    audiences: ['api://warehouse'],
    clients: ['s/EntraClient'],
    application: { mode: 'managed', manualSteps: [] },
    ...over,
  };
}

/** An Entra client app (user flow). */
export function entraClient(over: Over<ClientRecord> = {}): ClientRecord {
  return client({
    path: 's/EntraClient',
    issuer: 's/EntraApi',
    clientId: 'bbbbbbbb-0000-0000-0000-000000000002',
    scopes: ['api://warehouse/session:role-any'],
    ...over,
  });
}

/** An API validation profile for the external issuer. */
export function profile(over: Over<ProfileTrustRecord> = {}, fields: Over<ValidationProfile> = {}): ProfileTrustRecord {
  return {
    type: 'profile',
    path: 's/Profile',
    name: 'orders-api',
    issuerPath: 's/Idp',
    clientPath: 's/ApiClient',
    profile: {
      name: 'orders-api',
      clientId: 'api-client',
      issuer: 'https://sso.example.com',
      audiences: ['https://api.example.com'],
      jwksUrl: 'https://sso.example.com/pf/JWKS',
      machineFlow: { enabled: true, systemUserClaim: 'client_id', systemUserRole: 'Reader' },
      userFlow: { enabled: false },
      issuerKind: 'pingfederate',
      ...fields,
    },
    ...over,
  };
}

/** A service client for the external issuer (client credentials). */
export function apiClient(over: Over<ClientRecord> = {}): ClientRecord {
  return client({
    path: 's/ApiClient',
    kind: 'external',
    issuer: 's/Idp',
    clientId: 'api-client',
    grantTypes: ['client_credentials'],
    redirectUris: [],
    postLogoutRedirectUris: [],
    scopes: [],
    ...over,
  });
}

/** A Keycloak broker in front of `s/WebApp`: Idle 10 h, Max 8 h, reserve 5 min. */
export function broker(over: Over<KeycloakBrokerRecord> = {}): KeycloakBrokerRecord {
  return {
    path: 's/Keycloak',
    name: 'ataccama',
    clientPath: 's/WebApp',
    issuerPath: 's/Okta',
    ssoSessionIdleSeconds: 10 * 3600,
    ssoSessionMaxSeconds: 8 * 3600,
    reserveSeconds: 300,
    ...over,
  };
}

/** Manifest records; omitted lists are empty. */
export function manifest(
  parts: { issuers?: IssuerRecord[]; clients?: ClientRecord[]; trusts?: TrustRecord[]; brokers?: KeycloakBrokerRecord[] } = {},
): ManifestRecords {
  return {
    issuers: parts.issuers ?? [],
    clients: parts.clients ?? [],
    trusts: parts.trusts ?? [],
    context: parts.brokers ? { keycloakBrokers: parts.brokers } : {},
  };
}

/** The Okta + web app + Snowflake setup that passes every rule. */
export function oktaSnowflake(): { issuers: IssuerRecord[]; clients: ClientRecord[]; trusts: TrustRecord[] } {
  return { issuers: [oktaIssuer()], clients: [client()], trusts: [snowflake()] };
}

/** Runs one rule. */
export function check(rule: Rule, records: ManifestRecords, now: Date = NOW): RuleOutcome[] {
  return rule.check(createRuleContext(records, now));
}

/** The messages of violations only. */
export function violationsOf(rule: Rule, records: ManifestRecords, now: Date = NOW): string[] {
  return check(rule, records, now)
    .filter((o) => o.kind === 'violation')
    .map((o) => (o.kind === 'violation' ? o.message : ''));
}

/** The reasons of unevaluable outcomes only. */
export function unevaluableOf(rule: Rule, records: ManifestRecords, now: Date = NOW): string[] {
  return check(rule, records, now).flatMap((o) => (o.kind === 'unevaluable' ? [o.reason] : []));
}
