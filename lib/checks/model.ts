/**
 * Trust-model facts derived from records, shared by several rules: the `iss` an issuer really
 * puts in tokens, the audiences it mints, the claims it emits per flow, the flows a trust's
 * clients use, and Snowflake scope spelling.
 */
import { BUILT_IN_CLAIMS } from '../core/claims';
import { flowOfGrant, type TokenFlow } from '../core/kinds';
import { trustAudiences, trustClientPaths } from '../manifest/trust-fields';
import type { ClaimRecord, ClientRecord, IssuerRecord, TrustRecord } from '../manifest/types';
import { SNOWFLAKE_ROLE_ANY_SCOPE, SNOWFLAKE_ROLE_SCOPE_PREFIX } from '../util/values';
import type { RuleContext } from './context';
import { listOf } from './values';

/** The `iss` of an issuer's access tokens, and why. */
export interface ExpectedIssuer {
  readonly value: string;
  /** E.g. `Entra API with accessTokenVersion 1`. */
  readonly basis: string;
}

/** Entra v1 issuer: trailing slash included. */
export function entraV1Issuer(tenant: string): string {
  return `https://sts.windows.net/${tenant}/`;
}

/** Entra v2 issuer. */
export function entraV2Issuer(tenant: string): string {
  return `https://login.microsoftonline.com/${tenant}/v2.0`;
}

/**
 * What the issuer puts in `iss`: for Entra, derived from the tenant and the API's
 * access-token version (the version, not the endpoint, decides it); otherwise the record's issuer.
 */
export function expectedIssuer(issuer: IssuerRecord): ExpectedIssuer {
  const d = issuer.details ?? {};
  if (issuer.kind === 'entra' && d.tenantId) {
    const version = d.accessTokenVersion ?? 1;
    const value = version === 2 ? entraV2Issuer(d.tenantId) : entraV1Issuer(d.tenantId);
    return {
      value,
      basis: `Entra API with accessTokenVersion ${version}${d.accessTokenVersion === undefined ? ' (the Entra default)' : ''}`,
    };
  }
  return { value: issuer.issuer, basis: `${issuer.kind} issuer` };
}

/** The audiences the issuer mints: Entra v1 the identifier URI, v2 the client id; else `audiences`. */
export function mintedAudiences(issuer: IssuerRecord): { values: readonly string[] | undefined; basis: string } {
  const d = issuer.details ?? {};
  if (issuer.kind === 'entra') {
    const version = d.accessTokenVersion ?? 1;
    if (version === 1 && d.identifierUri)
      return { values: [d.identifierUri], basis: 'v1 tokens carry the identifier URI (App ID URI) in aud' };
    if (version === 2 && d.applicationClientId)
      return { values: [d.applicationClientId], basis: 'v2 tokens carry the API client id in aud' };
  }
  return { values: listOf(issuer.audiences), basis: `the ${issuer.kind} issuer's audiences` };
}

/** The issuer's access-token claims; the kind's built-in claims are added when the record lists none. */
export function emittedClaims(issuer: IssuerRecord): ClaimRecord[] {
  const declared = (listOf(issuer.claims) ?? []).filter((c) => c.tokenType === 'access');
  const names = new Set(declared.map((c) => c.name));
  const builtIns = BUILT_IN_CLAIMS[issuer.kind] ?? [];
  const hasBuiltIns = builtIns.some((c) => names.has(c.name));
  return hasBuiltIns ? declared : [...builtIns.filter((c) => !names.has(c.name)), ...declared];
}

/** The flows a client obtains tokens for (a `refresh_token` grant alone adds none). */
export function flowsOfClient(client: ClientRecord): TokenFlow[] {
  const grants = (listOf(client.grantTypes) ?? []).filter((g) => g !== 'refresh_token');
  return [...new Set(grants.map(flowOfGrant))];
}

/** The client paths a trust serves. */
export function clientPathsOf(trust: TrustRecord): string[] {
  return [...(listOf(trustClientPaths(trust)) ?? [])];
}

/** One claim mapping of a trust: the claim it maps to an identity, the field that names it, and the flow it serves. */
export interface MappingClaims {
  /** Any one of these claims is mapped; `undefined` when the list is an apply-time value. */
  readonly claims: readonly string[] | undefined;
  /** The record field that names the claim, e.g. `userMappingClaims`, `machineFlow.systemUserClaim`. */
  readonly field: string;
  /** The one flow the mapping serves (profiles map a claim per flow); absent: every flow the trust's clients use. */
  readonly flow?: TokenFlow;
}

/** The access-token claims a trust maps to an identity, per field (a profile: one per enabled flow). */
export function mappingClaimsOf(trust: TrustRecord): MappingClaims[] {
  switch (trust.type) {
    case 'snowflake':
      return [{ claims: listOf(trust.userMappingClaims), field: 'userMappingClaims' }];
    case 'redshift':
      return [{ claims: [trust.claimAttributePath], field: 'claimAttributePath' }];
    case 'databricks':
      return [{ claims: [trust.subjectClaim], field: 'subjectClaim' }];
    case 'profile': {
      const p = trust.profile;
      const out: MappingClaims[] = [];
      if (p.machineFlow.enabled)
        out.push({ claims: [p.machineFlow.systemUserClaim], field: 'machineFlow.systemUserClaim', flow: 'machine' });
      if (p.userFlow.enabled && p.userFlow.usernameClaim)
        out.push({ claims: [p.userFlow.usernameClaim], field: 'userFlow.usernameClaim', flow: 'user' });
      return out;
    }
  }
}

/** For each flow, the trust's clients that use it; empty when the trust names no known client. */
export function flowsOfTrust(ctx: RuleContext, trust: TrustRecord): Map<TokenFlow, string[]> {
  const byFlow = new Map<TokenFlow, string[]>();
  for (const path of clientPathsOf(trust)) {
    const client = ctx.clientByPath(path);
    if (!client) continue;
    for (const flow of flowsOfClient(client)) byFlow.set(flow, [...(byFlow.get(flow) ?? []), path]);
  }
  return byFlow;
}

/** The scope value without an Entra resource prefix (`api://x/session:role-any` -> `session:role-any`). */
export function scopeValue(scope: string): string {
  const i = scope.lastIndexOf('/');
  return i >= 0 ? scope.slice(i + 1) : scope;
}

/** The role a `session:role:<ROLE>` scope names, if it is spelled exactly. */
export function roleOfScope(scope: string): string | undefined {
  const v = scopeValue(scope);
  return v.startsWith(SNOWFLAKE_ROLE_SCOPE_PREFIX) && v.length > SNOWFLAKE_ROLE_SCOPE_PREFIX.length
    ? v.slice(SNOWFLAKE_ROLE_SCOPE_PREFIX.length)
    : undefined;
}

/**
 * The correct spelling of a misspelled Snowflake session scope, or `undefined` when it is
 * spelled right or is no session scope. `session:role:any` is read as a typo of `session:role-any`.
 */
export function snowflakeScopeCorrection(scope: string): string | undefined {
  const v = scopeValue(scope);
  const prefix = scope.slice(0, scope.length - v.length);
  if (v === SNOWFLAKE_ROLE_ANY_SCOPE) return undefined;
  if (v.toLowerCase().replace(/[^a-z]/g, '') === 'sessionroleany') return prefix + SNOWFLAKE_ROLE_ANY_SCOPE;
  const m = /^session[^a-z0-9]*role[^a-z0-9]+(.+)$/i.exec(v);
  if (m && !v.startsWith(SNOWFLAKE_ROLE_SCOPE_PREFIX)) return prefix + SNOWFLAKE_ROLE_SCOPE_PREFIX + m[1];
  return undefined;
}

/** A scope found in the records, with where it was found. */
export interface ScopeUse {
  /** The record path (issuer or client). */
  readonly path: string;
  /** E.g. `scope definition`, `policy "P" rule "R"`, `client scopes`. */
  readonly where: string;
  readonly scope: string;
}

/**
 * Every scope around an issuer: its definitions, its policy rules' scopes and its clients' scopes.
 * With `clientPaths`, only policies assigned to those clients and only those clients count.
 */
export function scopesAround(ctx: RuleContext, issuerPath: string, clientPaths?: readonly string[], includeClients = true): ScopeUse[] {
  const out: ScopeUse[] = [];
  const issuer = ctx.issuerByPath(issuerPath);
  if (issuer) {
    for (const s of listOf(issuer.scopes) ?? []) out.push({ path: issuer.path, where: 'scope definition', scope: s.name });
    for (const policy of listOf(issuer.policies) ?? []) {
      if (clientPaths && !policy.clients.some((c) => clientPaths.includes(c))) continue;
      for (const rule of policy.rules)
        for (const s of listOf(rule.scopes) ?? [])
          out.push({ path: issuer.path, where: `policy ${show(policy.name)} rule ${show(rule.name)}`, scope: s });
    }
  }
  if (!includeClients) return out;
  const clients = clientPaths
    ? clientPaths.map((p) => ctx.clientByPath(p)).filter((c): c is ClientRecord => !!c)
    : ctx.manifest.clients.filter((c) => c.issuer === issuerPath);
  for (const c of clients) for (const s of listOf(c.scopes) ?? []) out.push({ path: c.path, where: 'client scopes', scope: s });
  return out;
}

function show(v: string): string {
  return JSON.stringify(v);
}

/** Snowflake roles blocked from OAuth sessions by default. */
export const SNOWFLAKE_DEFAULT_BLOCKED_ROLES = ['ACCOUNTADMIN', 'ORGADMIN', 'SECURITYADMIN'] as const;

/**
 * System-defined Snowflake roles: they exist in every account and are never created.
 * @see https://docs.snowflake.com/en/user-guide/security-access-control-overview#system-defined-roles
 */
export const SNOWFLAKE_SYSTEM_ROLES = ['ORGADMIN', 'ACCOUNTADMIN', 'SECURITYADMIN', 'USERADMIN', 'SYSADMIN', 'PUBLIC'] as const;

/** Snowflake identifiers compare case-insensitively unless quoted. */
export function snowflakeRoleKey(role: string): string {
  return role.startsWith('"') && role.endsWith('"') ? role.slice(1, -1) : role.toUpperCase();
}

/** Public clients cannot keep a secret: browser (SPA) and native apps, or `none` authentication. */
export function isPublicClient(client: ClientRecord): boolean {
  return client.kind === 'browser' || client.kind === 'native' || client.tokenEndpointAuthMethod === 'none';
}

/** The audiences a trust accepts; `undefined` when the list is one apply-time expression. */
export function audiencesOfTrust(trust: TrustRecord): readonly string[] | undefined {
  return listOf(trustAudiences(trust));
}

/** A readable name of a trust for messages, e.g. `Snowflake integration "DBT"`. */
export function describeTrust(trust: TrustRecord): string {
  const label = {
    snowflake: 'Snowflake integration',
    redshift: 'Redshift trusted token issuer',
    profile: 'API validation profile',
    databricks: 'Databricks federation policy',
  }[trust.type];
  return `${label} ${JSON.stringify(trust.name)} (${trust.path})`;
}

/** A readable name of a client for messages, e.g. `web app "dbt Cloud" (s/DbtCloud)`. */
export function describeClient(client: ClientRecord): string {
  return `${client.kind} app ${JSON.stringify(client.name)} (${client.path})`;
}

/**
 * Standard OpenID Connect claims an ID token or userinfo carries when the matching scope is
 * requested (`sub` always; `email` with `email`; the profile claims with `profile`).
 * @see https://openid.net/specs/openid-connect-core-1_0.html#ScopeClaims
 */
export const OIDC_STANDARD_CLAIMS: Readonly<Record<string, string>> = {
  sub: 'openid',
  email: 'email',
  email_verified: 'email',
  name: 'profile',
  preferred_username: 'profile',
  given_name: 'profile',
  family_name: 'profile',
  locale: 'profile',
  zoneinfo: 'profile',
};
