/**
 * What the simulated IdP issues: whether a client gets a token for an audience (Okta access
 * policies and rules, Entra API permissions and admin consent, declared scopes), which scopes it
 * grants, how long the token lives, and the issuer kind's claim shape.
 *
 * Claim names come from the issuer record (`claims`: what it declares its access tokens carry,
 * per flow); values come from the client, the user and the kind:
 * - Okta: `cid`, `uid`, `scp` (list), `sub` = user login (app tokens: client id), declared custom claims (`groups`, `email`);
 * - Entra: `appid` (v1) / `azp` (v2), `scp` (space-delimited, user tokens) or `roles` (app roles), `oid`, `tid`,
 *   `ver`, `idtyp`, `upn` / `unique_name` (v1) / `preferred_username` (v2);
 * - PingFederate / generic: `client_id`, `sub`, `scope`; Auth0: `azp`, `gty`; Keycloak: `azp`, `preferred_username`.
 */
import { valuesOf } from '../manifest/list-fields';
import type { ClaimRecord, PolicyRuleRecord } from '../manifest/types';
import type { MintRequest } from './provider-protocol';
import { derivedId, derivedUuid } from './standins';
import type { SimFlow } from './types';
import type { World, WorldClient, WorldIssuer, WorldUser } from './world';

/** OIDC scopes every IdP knows without declaring them. */
export const OIDC_SCOPES: ReadonlySet<string> = new Set(['openid', 'profile', 'email', 'address', 'phone', 'offline_access']);

/** Default access-token lifetime when the manifest declares none (Entra's default is 60-90 min). */
export const DEFAULT_LIFETIME_MINUTES = 60;

/** A token to mint, at one provider. */
export interface TokenPlan {
  readonly provider: number;
  readonly issuer: WorldIssuer;
  readonly request: MintRequest;
  /** Facts about how the IdP decided (e.g. the Okta rule that matched). */
  readonly notes: string[];
}

/** Plan or refusal. */
export type PlanOutcome = { readonly ok: true; readonly plan: TokenPlan } | { readonly ok: false; readonly reason: string };

/** What to plan. */
export interface PlanInput {
  readonly world: World;
  readonly client: WorldClient;
  readonly flow: SimFlow;
  /** The grant as declared (user flows: the first user grant). */
  readonly grant: string;
  readonly user?: WorldUser;
  /** The issuer record (API / authorization server) the token is requested from. */
  readonly target: WorldIssuer;
  readonly audience: string;
  /**
   * Probes: mint even where the IdP's own policy would refuse (the trust is what is probed),
   * with these scopes / app roles removed.
   */
  readonly force?: {
    readonly dropScopes?: ReadonlySet<string>;
    readonly dropRoles?: boolean;
    /** Scopes and app roles to grant instead of the IdP's decision (a client with the same permissions as another). */
    readonly grant?: { readonly scopes: readonly string[]; readonly roles: readonly string[] };
  };
}

function ruleAllows(rule: PolicyRuleRecord, grant: string, scopes: readonly string[], user: WorldUser | undefined): boolean {
  if (!rule.grantTypes.includes(grant as PolicyRuleRecord['grantTypes'][number])) return false;
  if (!rule.scopes.includes('*') && !scopes.every((s) => rule.scopes.includes(s))) return false;
  if (user && rule.groups && rule.groups.length > 0 && !rule.groups.some((g) => g.toUpperCase() === 'EVERYONE' || user.groups.includes(g)))
    return false;
  return true;
}

interface Decision {
  readonly scopes: string[];
  readonly roles: string[];
  readonly ttlSeconds: number;
  readonly notes: string[];
}

/** Okta custom authorization server: requested scopes, then the first policy assigned to the client and its first matching rule. */
function oktaDecision(input: PlanInput): Decision | string {
  const { client, target, flow, grant, user } = input;
  const server = target.record;
  const defined = new Set(server.scopes.filter((s) => s.enabled !== false).map((s) => s.name));
  let requested = valuesOf(client.record.scopes).filter((s) => flow === 'user' || !OIDC_SCOPES.has(s));
  if (requested.length === 0) requested = server.scopes.filter((s) => s.default).map((s) => s.name);
  const unknown = requested.filter((s) => !OIDC_SCOPES.has(s) && !defined.has(s));
  if (unknown.length > 0) return `invalid_scope: ${server.details.name ?? server.path} defines no scope ${unknown.join(', ')}`;
  if (flow === 'app' && requested.length === 0)
    return `invalid_scope: a client_credentials request needs a custom scope and ${server.details.name ?? server.path} has no default scope`;
  const policies = [...server.policies]
    .sort((a, b) => a.priority - b.priority)
    .filter((p) => p.clients.includes(client.record.path) || p.clients.includes('ALL_CLIENTS'));
  if (policies.length === 0)
    return `access_denied: no access policy of ${server.details.name ?? server.path} is assigned to ${client.record.name}`;
  for (const policy of policies) {
    const rule = [...policy.rules].sort((a, b) => a.priority - b.priority).find((r) => ruleAllows(r, grant, requested, user));
    if (rule) {
      return {
        scopes: requested,
        roles: [],
        ttlSeconds: rule.accessTokenLifetimeMinutes * 60,
        notes: [`Okta policy "${policy.name}", rule "${rule.name}": access token ${rule.accessTokenLifetimeMinutes} min`],
      };
    }
  }
  return `access_denied: no rule of policy ${policies.map((p) => `"${p.name}"`).join(', ')} allows ${grant} with scopes ${requested.join(' ') || '(none)'}`;
}

/** Entra: the client's permission to the API (delegated scopes for user tokens, app roles for app tokens). */
function entraDecision(input: PlanInput): Decision | string {
  const { client, target, flow } = input;
  const api = target.record;
  const ttlMinutes = api.details.accessTokenLifetimeMinutes ?? DEFAULT_LIFETIME_MINUTES;
  const perm = (client.record.details.apiPermissions ?? []).find((p) => p.api === api.path);
  const enabled = new Set(api.scopes.filter((s) => s.enabled !== false).map((s) => s.name));
  if (flow === 'user') {
    const scopes = (perm?.scopes ?? []).filter((s) => enabled.has(s));
    if (scopes.length === 0)
      return `consent_required: ${client.record.name} has no delegated permission to ${api.details.name ?? api.path} (AADSTS65001)`;
    const adminOnly = api.scopes.filter((s) => scopes.includes(s.name) && s.consent === 'admin').map((s) => s.name);
    if (adminOnly.length > 0 && !perm!.adminConsent)
      return `consent_required: ${adminOnly.join(', ')} need admin consent, which is not granted`;
    return { scopes, roles: [], ttlSeconds: ttlMinutes * 60, notes: [] };
  }
  const declaredRoles = new Set(api.details.appRoles ?? []);
  const roles = perm?.adminConsent ? perm.appRoles.filter((r) => declaredRoles.has(r)) : [];
  const notes = roles.length === 0 ? ['Entra issues app tokens without `roles` when no app role is assigned'] : [];
  return { scopes: [], roles, ttlSeconds: ttlMinutes * 60, notes };
}

/** External issuers (PingFederate, Auth0, Keycloak, generic): the client's scopes, checked against the declared ones. */
function externalDecision(input: PlanInput): Decision | string {
  const { client, target } = input;
  const issuer = target.record;
  const defined = new Set(issuer.scopes.filter((s) => s.enabled !== false).map((s) => s.name));
  let requested = valuesOf(client.record.scopes);
  if (requested.length === 0) requested = issuer.scopes.filter((s) => s.default).map((s) => s.name);
  if (defined.size > 0) {
    const unknown = requested.filter((s) => !OIDC_SCOPES.has(s) && !defined.has(s));
    if (unknown.length > 0) return `invalid_scope: ${issuer.path} declares no scope ${unknown.join(', ')}`;
  }
  const ttlMinutes = issuer.details.accessTokenLifetimeMinutes ?? DEFAULT_LIFETIME_MINUTES;
  return { scopes: requested, roles: [], ttlSeconds: ttlMinutes * 60, notes: [] };
}

/** Values of custom (declared) claims: from the Okta expression when known, else from the value kind. */
function customClaimValue(claim: ClaimRecord, user: WorldUser | undefined, client: WorldClient): unknown {
  const value = claim.value ?? '';
  if (claim.valueKind === 'groups' || claim.groupFilter) {
    if (!user) return undefined;
    return user.groups.filter((g) => groupMatches(g, claim));
  }
  if (value === 'user.email' || claim.valueKind === 'email') return user?.info.email;
  if (value === 'user.login' || claim.valueKind === 'username') return user?.info.username;
  if (value === 'user.id') return user?.oktaUid;
  if (value === 'app.clientId') return client.record.clientId;
  if (claim.valueKind === 'id') return user ? user.objectId : client.record.clientId;
  if (!user && /^user\./.test(value)) return undefined;
  return value ? `<simulated ${value}>` : `<simulated ${claim.name}>`;
}

function groupMatches(group: string, claim: ClaimRecord): boolean {
  const filter = claim.groupFilter ?? '';
  const [type = '', ...rest] = filter.split(' ');
  const arg = rest.join(' ') || claim.value || '';
  switch (type.toUpperCase()) {
    case 'STARTS_WITH':
      return group.startsWith(arg);
    case 'EQUALS':
      return group === arg;
    case 'CONTAINS':
      return group.includes(arg);
    case 'REGEX':
      try {
        return new RegExp(`^(?:${arg})$`).test(group);
      } catch {
        return false;
      }
    default:
      return true;
  }
}

/** The `sub` of a token, as each issuer kind sets it (`spObjectId`: an Entra app token's service principal). */
function subjectOf(input: PlanInput, spObjectId: string): string {
  const { target, client, user } = input;
  const kind = target.record.kind;
  const clientId = client.record.clientId;
  if (kind === 'entra') return user ? derivedId(`pairwise:${user.info.id}:${clientId}`, 43) : spObjectId;
  if (kind === 'auth0') return user ? `auth0|${derivedId(user.info.id, 24)}` : `${clientId}@clients`;
  if (kind === 'keycloak') return user ? user.objectId : derivedUuid(`service-account:${target.provider}:${clientId}`);
  return user ? user.info.username : clientId;
}

/**
 * The claims of a token, besides iss, aud, iat, exp (set by the provider) and the scope claim.
 * `tokenType`: the access token (RESOURCE claims), or the ID token (IDENTITY claims), as Okta
 * places them: a claim goes only into the token its type names.
 */
function shapeClaims(
  input: PlanInput,
  decision: Decision,
  tokenType: 'access' | 'id' = 'access',
): { claims: Record<string, unknown>; keepJti: boolean; scopeClaim?: MintRequest['scopeClaim'] } {
  const { target, client, user, flow } = input;
  const kind = target.record.kind;
  const clientId = client.record.clientId;
  const machine = flow === 'app';
  const declared = target.claims.filter((c) => c.tokenType === tokenType && c.flows.includes(machine ? 'machine' : 'user'));
  const claims: Record<string, unknown> = {};
  const spObjectId = derivedUuid(`service-principal:${target.provider}:${clientId}`);
  let scopeClaim: MintRequest['scopeClaim'];
  for (const c of declared) {
    const n = c.name;
    switch (n) {
      case 'iss':
      case 'aud':
      case 'iat':
      case 'exp':
      case 'jti':
        continue;
      case 'sub':
        claims.sub = subjectOf(input, spObjectId);
        continue;
      case 'cid':
      case 'appid':
      case 'azp':
      case 'client_id':
        claims[n] = clientId;
        continue;
      case 'uid':
        if (user) claims.uid = user.oktaUid;
        continue;
      case 'oid':
        claims.oid = user ? user.objectId : spObjectId;
        continue;
      case 'tid':
        if (target.tenant) claims.tid = target.tenant;
        continue;
      case 'ver':
        claims.ver = kind === 'entra' ? (target.record.details.accessTokenVersion === 2 ? '2.0' : '1.0') : 1;
        continue;
      case 'idtyp':
        claims.idtyp = machine ? 'app' : 'user';
        continue;
      case 'roles':
        if (decision.roles.length > 0) claims.roles = [...decision.roles];
        continue;
      case 'gty':
        if (machine) claims.gty = 'client-credentials';
        continue;
      case 'scp':
        scopeClaim = { name: 'scp', format: kind === 'okta' ? 'array' : 'space' };
        continue;
      case 'scope':
        scopeClaim = { name: 'scope', format: 'space' };
        continue;
      case 'upn':
      case 'unique_name':
        if (user) claims[n] = user.info.email ?? user.info.username;
        continue;
      case 'preferred_username':
        if (user) claims[n] = user.info.username;
        // Keycloak names a client's service-account user in lower case
        else if (kind === 'keycloak') claims[n] = `service-account-${clientId.toLowerCase()}`;
        continue;
      case 'email': {
        const v = user && user.info.email && !c.value ? user.info.email : customClaimValue(c, user, client);
        if (v !== undefined) claims.email = v;
        continue;
      }
      case 'name':
        if (user) claims.name = user.displayName;
        continue;
      default: {
        const v = customClaimValue(c, user, client);
        if (v !== undefined) claims[n] = v;
      }
    }
  }
  return { claims, keepJti: declared.some((c) => c.name === 'jti'), ...(scopeClaim ? { scopeClaim } : {}) };
}

/** Decides whether the IdP issues the token, and its shape. */
export function planToken(input: PlanInput): PlanOutcome {
  const { client, target, flow, user, force } = input;
  const kind = target.record.kind;
  let decision: Decision | string =
    kind === 'okta' ? oktaDecision(input) : kind === 'entra' ? entraDecision(input) : externalDecision(input);
  if (typeof decision === 'string') {
    if (!force) return { ok: false, reason: decision };
    // A probe mints what the IdP would refuse to a real request: the client's declared scopes.
    decision = {
      scopes: valuesOf(client.record.scopes),
      roles: [],
      ttlSeconds: DEFAULT_LIFETIME_MINUTES * 60,
      notes: [`the IdP would refuse this request (${decision})`],
    };
  }
  if (force?.grant) decision = { ...decision, scopes: [...force.grant.scopes], roles: [...force.grant.roles] };
  if (force?.dropScopes) decision = { ...decision, scopes: decision.scopes.filter((s) => !force.dropScopes!.has(s)) };
  if (force?.dropRoles) decision = { ...decision, roles: [] };
  if (kind === 'entra' && flow === 'user' && decision.scopes.length === 0) {
    return { ok: false, reason: 'Entra issues no delegated (user) token without a scope' };
  }
  const shaped = shapeClaims(input, decision);
  // ID tokens (user sign-ins): the IDENTITY claims, without the ones the provider sets and the scope claim.
  const idClaims = flow === 'user' ? shapeClaims(input, decision, 'id').claims : {};
  delete idClaims.sub;
  const request: MintRequest = {
    grant: flow === 'app' ? 'client_credentials' : 'authorization_code',
    clientId: client.record.clientId,
    audience: input.audience,
    scopes: kind === 'entra' && flow === 'app' ? [] : decision.scopes,
    ttlSeconds: decision.ttlSeconds,
    ...(user ? { accountId: user.info.username } : {}),
    claims: shaped.claims,
    keepJti: shaped.keepJti,
    ...(shaped.scopeClaim ? { scopeClaim: shaped.scopeClaim } : {}),
    ...(Object.keys(idClaims).length > 0 ? { idClaims } : {}),
  };
  return { ok: true, plan: { provider: target.provider, issuer: target, request, notes: decision.notes } };
}
