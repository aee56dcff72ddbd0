/**
 * The simulated world: the manifests' issuers grouped into local providers (issuers with the
 * same `iss` are one provider, like one Entra tenant), clients, users and trusts, with
 * apply-time values replaced by stand-ins and issuer URLs moved to loopback.
 *
 * Built in two steps because stand-ins and loopback URLs need the providers' ports:
 * {@link planProviders} (before starting them), then {@link buildWorld}.
 */
import { brokersOf } from '../checks/context';
import { BUILT_IN_CLAIMS } from '../core/claims';
import type { IssuerKind } from '../core/kinds';
import { valuesOf } from '../manifest/list-fields';
import { trustAudiences as writtenAudiences, trustClientPaths } from '../manifest/trust-fields';
import type { ClaimRecord, ClientRecord, IssuerRecord, SnowflakeUserRecord, TrustManifest, TrustRecord } from '../manifest/types';
import { KEYCLOAK_BROKERS_CONTEXT_KEY, type KeycloakBrokerRecord } from '../manifest/types';
import { isApplyTimeValue } from '../util/values';
import { LoopbackMap } from './loopback';
import { derivedId, derivedUuid, isWholeExpression, StandIns } from './standins';
import type { SimClientInfo, SimIssuerInfo, SimTrustInfo, SimUserInfo } from './types';

/** One local provider to start: the issuer records that share an `iss`. */
export interface ProviderPlan {
  readonly index: number;
  /** Grouping key: the declared issuer, or stack + expression for apply-time issuers. */
  readonly key: string;
  readonly kind: IssuerKind;
  readonly stack: string;
  readonly declaredIssuer: string;
  /** Issuer paths served. */
  readonly issuerPaths: string[];
  /** A label for messages. */
  readonly label: string;
}

/** Groups the issuer records of `manifests` into providers. */
export function planProviders(manifests: readonly TrustManifest[]): ProviderPlan[] {
  const plans: ProviderPlan[] = [];
  const byKey = new Map<string, ProviderPlan>();
  for (const m of manifests) {
    for (const issuer of m.issuers) {
      const key = isApplyTimeValue(issuer.issuer) ? `${m.stack}\u0000${issuer.issuer}` : issuer.issuer;
      const existing = byKey.get(key);
      if (existing) {
        existing.issuerPaths.push(issuer.path);
        continue;
      }
      const plan: ProviderPlan = {
        index: plans.length,
        key,
        kind: issuer.kind,
        stack: m.stack,
        declaredIssuer: issuer.issuer,
        issuerPaths: [issuer.path],
        label: `${issuer.path} (${issuer.issuer})`,
      };
      plans.push(plan);
      byKey.set(key, plan);
    }
  }
  return plans;
}

/** A user who signs in at a provider. */
export interface WorldUser {
  readonly info: SimUserInfo;
  readonly provider: number;
  /** Entra `oid`, Keycloak `sub`. */
  readonly objectId: string;
  /** Okta `uid`. */
  readonly oktaUid: string;
  readonly displayName: string;
  /** Group memberships at the IdP. */
  readonly groups: string[];
}

/** An issuer record, resolved. */
export interface WorldIssuer {
  readonly record: IssuerRecord;
  readonly stack: string;
  readonly provider: number;
  /** The claims its access tokens carry (declared, or the kind's built-ins when none is declared). */
  readonly claims: readonly ClaimRecord[];
  /** Entra: the tenant id. */
  readonly tenant?: string;
}

/** A client, resolved. */
export interface WorldClient {
  readonly record: ClientRecord;
  readonly stack: string;
  readonly issuer: WorldIssuer;
  /** Providers where the client is registered. */
  readonly providers: number[];
  readonly secret?: string;
  readonly synthetic: boolean;
}

/** A trust, resolved and with its URLs moved to loopback. */
export interface WorldTrust {
  readonly record: TrustRecord;
  readonly stack: string;
  readonly info: SimTrustInfo;
}

/** A local provider, once its port is known. */
export interface WorldProvider extends ProviderPlan {
  readonly port: number;
  readonly origin: string;
  /** The resolved issuer string (stand-ins applied), before moving to loopback. */
  readonly issuer: string;
  /** The exact `iss` of its tokens. */
  readonly localIssuer: string;
  /** JWKS URLs whose keys it signs with (resolved, declared form); providers sharing one share keys. */
  readonly jwksKey: string;
  readonly jwksPaths: string[];
  readonly discoveryPaths: string[];
  readonly users: WorldUser[];
  /** User ids assigned to its clients (Okta user assignments): the simulated users stand for them. */
  readonly assignedUsers: string[];
  readonly syntheticClient: WorldClient;
}

/** A Keycloak identity broker signing users in with one of the clients (a column of its own). */
export interface WorldBroker {
  readonly record: KeycloakBrokerRecord;
  readonly stack: string;
  readonly info: SimTrustInfo;
}

/** Everything a run needs. */
export interface World {
  readonly manifests: readonly TrustManifest[];
  readonly providers: WorldProvider[];
  readonly issuers: WorldIssuer[];
  readonly clients: WorldClient[];
  readonly users: WorldUser[];
  readonly trusts: WorldTrust[];
  /** Keycloak brokers (manifest `context.keycloakBrokers`). */
  readonly brokers: WorldBroker[];
  readonly standIns: StandIns;
  readonly loopback: LoopbackMap;
  readonly assumptions: string[];
  /** `url` in its declared form (for messages). */
  display(url: string): string;
}

/** The username and email of the synthetic user of every provider. */
export const SYNTHETIC_USER = { username: 'sim.user@example.test', email: 'sim.user@example.test', displayName: 'Simulated User' } as const;

/** The name of the synthetic client that probes "a client the trust does not list". */
export const SYNTHETIC_CLIENT_NAME = 'simulated unlisted client';

function issuerUrlStandIn(plan: ProviderPlan, origin: string, issuer: IssuerRecord): string {
  const segments = issuer.path.split('/').map((s) => encodeURIComponent(s));
  return plan.kind === 'okta' ? `${origin}/oauth2/${segments.join('/')}` : `${origin}/${segments.join('/')}`;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '/';
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function tenantOf(issuer: IssuerRecord): string | undefined {
  const fromDetails = issuer.details.tenantId;
  if (fromDetails && GUID.test(fromDetails)) return fromDetails;
  try {
    const seg = new URL(issuer.issuer).pathname.split('/')[1] ?? '';
    return GUID.test(seg) ? seg : fromDetails;
  } catch {
    return fromDetails;
  }
}

/** The IdP username of a declared Snowflake user: its explicit LOGIN_NAME, else its email, else its name. */
function idpUsername(u: SnowflakeUserRecord): string {
  return u.loginName ?? u.email ?? u.name;
}

function makeUser(
  provider: number,
  username: string,
  email: string | undefined,
  displayName: string,
  origin: 'declared' | 'synthetic',
  declaredAs: string[],
  groups: string[],
): WorldUser {
  const seed = `${provider}:${username}`;
  return {
    info: { id: seed, username, ...(email ? { email } : {}), origin, declaredAs },
    provider,
    objectId: derivedUuid(`user:${seed}`),
    oktaUid: `00u${derivedId(`okta-user:${seed}`, 17)}`,
    displayName,
    groups,
  };
}

function trustClients(t: TrustRecord): string[] {
  return valuesOf(trustClientPaths(t));
}

function trustAudiences(t: TrustRecord): string[] {
  if (t.type === 'databricks' && t.audiencesDefaulted) return t.accountId ? [t.accountId] : [];
  return valuesOf(writtenAudiences(t));
}

function evaluatorOf(t: TrustRecord): SimTrustInfo['evaluator'] {
  if (t.type === 'databricks') return 'databricks-documented-rules';
  return t.type === 'profile' ? 'validator' : t.type === 'snowflake' ? 'snowflake-documented-rules' : 'redshift-documented-rules';
}

type PlanOf = ReadonlyMap<string, ProviderPlan>;
type TrustOfStack = { readonly t: TrustRecord; readonly stack: string };

/** Step 1: issuer expressions become loopback URLs (before anything else is resolved). */
function standInIssuerUrls(manifests: readonly TrustManifest[], planOf: PlanOf, origins: readonly string[], standIns: StandIns): void {
  for (const m of manifests) {
    for (const i of m.issuers) {
      const plan = planOf.get(i.path)!;
      if (isWholeExpression(i.issuer)) standIns.setIssuer(m.stack, i.issuer, issuerUrlStandIn(plan, origins[plan.index]!, i));
    }
  }
}

/** Step 3: register the declared URLs of each provider. */
function registerDeclaredUrls(resolved: readonly TrustManifest[], planOf: PlanOf, origins: readonly string[], loopback: LoopbackMap): void {
  for (const m of resolved) {
    for (const i of m.issuers) {
      const plan = planOf.get(i.path)!;
      const origin = origins[plan.index]!;
      loopback.register(i.issuer, plan.index, origin);
      loopback.register(i.jwksUrl, plan.index, origin);
      loopback.register(i.discoveryUrl, plan.index, origin);
      if (i.kind === 'entra') {
        const tenant = tenantOf(i);
        if (tenant) {
          loopback.register(`https://login.microsoftonline.com/${tenant}`, plan.index, origin);
          loopback.register(`https://sts.windows.net/${tenant}`, plan.index, origin);
        }
      }
    }
  }
}

/** Step 4: issuers. */
function worldIssuers(resolved: readonly TrustManifest[], planOf: PlanOf, assumptions: string[]): WorldIssuer[] {
  const issuers: WorldIssuer[] = [];
  for (const m of resolved) {
    for (const i of m.issuers) {
      const plan = planOf.get(i.path)!;
      const claims = i.claims.length > 0 ? i.claims : BUILT_IN_CLAIMS[i.kind];
      if (i.claims.length === 0) assumptions.push(`${i.path} declares no claims: the built-in claims of kind ${i.kind} are emitted`);
      const tenant = i.kind === 'entra' ? tenantOf(i) : undefined;
      issuers.push({ record: i, stack: m.stack, provider: plan.index, claims, ...(tenant ? { tenant } : {}) });
    }
  }
  return issuers;
}

/** Step 5: clients (registered at their issuer's provider and at the providers of the APIs they may call). */
function worldClients(
  resolved: readonly TrustManifest[],
  issuers: readonly WorldIssuer[],
  secretFor: (clientId: string) => string,
  assumptions: string[],
): WorldClient[] {
  const issuerByPath = new Map(issuers.map((i) => [i.record.path, i]));
  const clients: WorldClient[] = [];
  for (const m of resolved) {
    for (const c of m.clients) {
      const issuer = issuerByPath.get(c.issuer);
      if (!issuer) {
        assumptions.push(`${c.path}: its issuer ${c.issuer} is not declared in the simulated manifests; the client is left out`);
        continue;
      }
      const providers = new Set<number>([issuer.provider]);
      for (const perm of c.details.apiPermissions ?? []) {
        const api = issuerByPath.get(perm.api);
        if (api) providers.add(api.provider);
      }
      const isPublic = c.kind === 'browser' || c.kind === 'native';
      // One secret per client id: two records with the same client id are one registration.
      clients.push({
        record: c,
        stack: m.stack,
        issuer,
        providers: [...providers],
        ...(isPublic ? {} : { secret: secretFor(c.clientId) }),
        synthetic: false,
      });
    }
  }
  return clients;
}

/** Step 6, paths: where a provider serves the JWKS and the discovery document. */
function providerPaths(
  own: readonly WorldIssuer[],
  origin: string,
  localIssuer: string,
  loopback: LoopbackMap,
): { jwksPaths: string[]; discoveryPaths: string[] } {
  const jwksPaths: string[] = [];
  const discoveryPaths: string[] = [];
  for (const i of own) {
    const jwks = loopback.toLocal(i.record.jwksUrl);
    if (jwks.startsWith(`${origin}/`)) jwksPaths.push(pathOf(jwks));
    const disc = loopback.toLocal(i.record.discoveryUrl);
    if (disc.startsWith(`${origin}/`)) discoveryPaths.push(pathOf(disc));
  }
  const issuerPath = pathOf(localIssuer).replace(/\/+$/, '');
  discoveryPaths.push(`${issuerPath}/.well-known/openid-configuration`);
  return { jwksPaths: [...new Set(jwksPaths)], discoveryPaths: [...new Set(discoveryPaths)] };
}

/** Step 6, assignments of a provider's clients: the simulated users are made members of the assigned groups and stand for the assigned users. */
function providerAssignments(
  plan: ProviderPlan,
  clients: readonly WorldClient[],
): { assignedGroups: Set<string>; assignedUsers: Set<string> } {
  const assignedGroups = new Set<string>();
  const assignedUsers = new Set<string>();
  for (const c of clients) {
    if (c.issuer.provider !== plan.index || c.record.assignment?.mode !== 'assigned') continue;
    for (const g of c.record.assignment.groups ?? []) assignedGroups.add(g);
    for (const u of c.record.assignment.users ?? []) assignedUsers.add(u);
  }
  return { assignedGroups, assignedUsers };
}

/** Step 6, users: the Snowflake users declared on trusts of these issuers, the Databricks users of their federation policies, and one synthetic user. */
function providerUsers(plan: ProviderPlan, trustsResolved: readonly TrustOfStack[], assignedGroups: ReadonlySet<string>): WorldUser[] {
  const users: WorldUser[] = [];
  const byUsername = new Map<string, WorldUser>();
  for (const { t } of trustsResolved) {
    if (t.type !== 'snowflake' || !plan.issuerPaths.includes(t.issuerPath)) continue;
    for (const u of t.users) {
      const username = idpUsername(u);
      const existing = byUsername.get(username.toLowerCase());
      if (existing) {
        existing.info.declaredAs.push(u.path);
        continue;
      }
      const email = u.email ?? (username.includes('@') ? username : undefined);
      const user = makeUser(plan.index, username, email, u.name, 'declared', [u.path], [...assignedGroups]);
      byUsername.set(username.toLowerCase(), user);
      users.push(user);
    }
  }
  // ... and the Databricks users declared on account federation policies of these issuers.
  for (const { t } of trustsResolved) {
    if (t.type !== 'databricks' || !plan.issuerPaths.includes(t.issuerPath)) continue;
    for (const u of t.users) {
      if (byUsername.has(u.userName.toLowerCase())) continue;
      const user = makeUser(
        plan.index,
        u.userName,
        u.userName.includes('@') ? u.userName : undefined,
        u.userName,
        'declared',
        [t.path],
        [...assignedGroups],
      );
      byUsername.set(u.userName.toLowerCase(), user);
      users.push(user);
    }
  }
  if (!byUsername.has(SYNTHETIC_USER.username))
    users.push(
      makeUser(plan.index, SYNTHETIC_USER.username, SYNTHETIC_USER.email, SYNTHETIC_USER.displayName, 'synthetic', [], [...assignedGroups]),
    );
  return users;
}

/** Step 6, the synthetic client of a provider: a client the manifests do not declare (the unlisted-client probe). */
function syntheticClientOf(plan: ProviderPlan, first: WorldIssuer, secretFor: (clientId: string) => string): WorldClient {
  const syntheticRecord: ClientRecord = {
    path: `${plan.stack}/simulate/unlisted-client-${plan.index}`,
    kind: 'web',
    name: SYNTHETIC_CLIENT_NAME,
    issuer: first.record.path,
    clientId: derivedUuid(`unlisted-client:${plan.key}`),
    grantTypes: ['authorization_code', 'refresh_token', 'client_credentials'],
    responseTypes: ['code'],
    redirectUris: [],
    postLogoutRedirectUris: [],
    scopes: [],
    details: {},
  };
  return {
    record: syntheticRecord,
    stack: plan.stack,
    issuer: first,
    providers: [plan.index],
    secret: secretFor(syntheticRecord.clientId),
    synthetic: true,
  };
}

/** Step 6: a provider: users, synthetic client, JWKS and discovery paths. */
function worldProvider(
  plan: ProviderPlan,
  port: number,
  origin: string,
  issuers: readonly WorldIssuer[],
  clients: readonly WorldClient[],
  trustsResolved: readonly TrustOfStack[],
  loopback: LoopbackMap,
  secretFor: (clientId: string) => string,
): WorldProvider {
  const own = issuers.filter((i) => i.provider === plan.index);
  const first = own[0]!;
  const localIssuer = loopback.toLocal(first.record.issuer);
  const { jwksPaths, discoveryPaths } = providerPaths(own, origin, localIssuer, loopback);
  const { assignedGroups, assignedUsers } = providerAssignments(plan, clients);
  const users = providerUsers(plan, trustsResolved, assignedGroups);
  const syntheticClient = syntheticClientOf(plan, first, secretFor);
  return {
    ...plan,
    port,
    origin,
    issuer: first.record.issuer,
    localIssuer,
    jwksKey: first.record.jwksUrl,
    jwksPaths,
    discoveryPaths,
    users,
    assignedUsers: [...assignedUsers],
    syntheticClient,
  };
}

/** Step 7: a trust, with its URLs moved to loopback. */
function worldTrust(t: TrustRecord, stack: string, loopback: LoopbackMap): WorldTrust {
  let record: TrustRecord;
  if (t.type === 'snowflake') record = { ...t, issuer: loopback.toLocal(t.issuer), jwksUrls: t.jwksUrls.map((u) => loopback.toLocal(u)) };
  else if (t.type === 'redshift') record = { ...t, issuer: loopback.toLocal(t.issuer) };
  else if (t.type === 'databricks')
    record = { ...t, issuer: loopback.toLocal(t.issuer), jwks: t.jwks.uri ? { ...t.jwks, uri: loopback.toLocal(t.jwks.uri) } : t.jwks };
  else
    record = { ...t, profile: { ...t.profile, issuer: loopback.toLocal(t.profile.issuer), jwksUrl: loopback.toLocal(t.profile.jwksUrl) } };
  const info: SimTrustInfo = {
    path: t.path,
    stack,
    name: t.name,
    type: t.type,
    issuerPath: t.issuerPath,
    evaluator: evaluatorOf(t),
    clients: trustClients(t),
    audiences: trustAudiences(t),
  };
  return { record, stack, info };
}

/** Step 8: Keycloak brokers: a column each, for the rows of the client they sign in with. */
function worldBrokers(resolved: readonly TrustManifest[], clients: readonly WorldClient[]): WorldBroker[] {
  const brokers: WorldBroker[] = [];
  for (const m of resolved) {
    for (const b of brokersOf(m.context?.[KEYCLOAK_BROKERS_CONTEXT_KEY])) {
      if (!clients.some((c) => c.record.path === b.clientPath)) continue;
      brokers.push({
        record: b,
        stack: m.stack,
        info: {
          path: b.path,
          stack: m.stack,
          name: b.name ?? b.path,
          type: 'keycloak-broker',
          issuerPath: b.issuerPath,
          evaluator: 'keycloak-documented-mappers',
          clients: [b.clientPath],
          audiences: [],
        },
      });
    }
  }
  return brokers;
}

/** Builds the world once the providers listen on `ports` (same order as `plans`). */
export function buildWorld(
  manifests: readonly TrustManifest[],
  plans: readonly ProviderPlan[],
  ports: readonly number[],
  secretFor: (clientId: string) => string,
): World {
  const standIns = new StandIns();
  const loopback = new LoopbackMap();
  const assumptions: string[] = [];
  const origins = ports.map((p) => `http://127.0.0.1:${p}`);
  const planOf = new Map<string, ProviderPlan>();
  for (const p of plans) for (const path of p.issuerPaths) planOf.set(path, p);

  // 1. Issuer expressions become loopback URLs (before anything else is resolved).
  standInIssuerUrls(manifests, planOf, origins, standIns);
  // 2. Resolve every manifest.
  const resolved = manifests.map((m) => standIns.resolveDeep(m.stack, m));
  // 3. Register the declared URLs of each provider.
  registerDeclaredUrls(resolved, planOf, origins, loopback);
  // 4. Issuers.
  const issuers = worldIssuers(resolved, planOf, assumptions);
  // 5. Clients (registered at their issuer's provider and at the providers of the APIs they may call).
  const clients = worldClients(resolved, issuers, secretFor, assumptions);
  // 6. Providers: users, synthetic client, JWKS and discovery paths.
  const trustsResolved = resolved.flatMap((m) => m.trusts.map((t) => ({ t, stack: m.stack })));
  const providers = plans.map((plan) =>
    worldProvider(plan, ports[plan.index]!, origins[plan.index]!, issuers, clients, trustsResolved, loopback, secretFor),
  );
  // 7. Trusts, with their URLs moved to loopback.
  const trusts = trustsResolved.map(({ t, stack }) => worldTrust(t, stack, loopback));
  // 8. Keycloak brokers: a column each, for the rows of the client they sign in with.
  const brokers = worldBrokers(resolved, clients);

  const users = providers.flatMap((p) => p.users);
  const standInList = (): Array<{ value: string; expression: string; stack: string }> =>
    standIns.list().filter((s) => s.kind === 'issuer-url');
  return {
    manifests,
    providers,
    issuers,
    clients,
    users,
    trusts,
    brokers,
    standIns,
    loopback,
    assumptions,
    display: (url: string) => loopback.toDeclared(url, standInList()),
  };
}

/** Public view of an issuer. */
export function issuerInfo(world: World, i: WorldIssuer, declared: IssuerRecord | undefined): SimIssuerInfo {
  return {
    path: i.record.path,
    stack: i.stack,
    kind: i.record.kind,
    declaredIssuer: declared?.issuer ?? i.record.issuer,
    issuer: i.record.issuer,
    localIssuer: world.loopback.toLocal(i.record.issuer),
    audiences: valuesOf(i.record.audiences),
    provider: i.provider,
  };
}

/** Public view of a client. */
export function clientInfo(c: WorldClient): SimClientInfo {
  return {
    path: c.record.path,
    stack: c.stack,
    name: c.record.name,
    issuer: c.record.issuer,
    clientId: c.record.clientId,
    grantTypes: valuesOf(c.record.grantTypes),
    ...(c.synthetic ? { synthetic: true as const } : {}),
  };
}
