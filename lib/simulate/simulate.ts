/**
 * `simulate(manifestOrDir)`: starts one real local OpenID provider per declared issuer, obtains
 * a token for every (client, allowed grant -> flow, user), presents each to every trust, probes
 * every trust with tokens it must refuse, stops the providers, and returns the access matrix.
 */
import { generateKeyPair, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';

import { userGrants } from '../core/kinds';
import { valuesOf } from '../manifest/list-fields';
import { readManifests } from '../manifest/read';
import type { IssuerRecord, TrustManifest } from '../manifest/types';
import { ExternalOAuthError } from '../util/error';
import { SNOWFLAKE_ROLE_ANY_SCOPE, SNOWFLAKE_ROLE_SCOPE_PREFIX } from '../util/values';
import { BrokerEvaluator, evaluatorsFor, type Verdict } from './evaluate';
import { DecodedJwt, decodeJwt, KeyFetcher } from './jwt';
import { missingOidcProviderMessage, oidcProviderInstalled } from './peer';
import { ProviderProcess, ProviderProcessError } from './provider-host';
import type { MintResult, SigningJwk } from './provider-protocol';
import { OIDC_SCOPES, type PlanInput, planToken } from './shape';
import { localClientGates, refusalReason, signInAssumptions, signInBehaviour } from './signin';
import {
  type AccessRow,
  type Cell,
  KEYCLOAK_BROKER_DISCLAIMER,
  type ProbeKind,
  type SimFlow,
  SIMULATION_DISCLAIMER,
  type SimulationResult,
  type TokenSummary,
} from './types';
import {
  buildWorld,
  clientInfo,
  issuerInfo,
  planProviders,
  type ProviderPlan,
  type World,
  type WorldBroker,
  type WorldClient,
  type WorldIssuer,
  type WorldTrust,
  type WorldUser,
} from './world';

const generateKeyPairAsync = promisify(generateKeyPair);

/** What `simulate` accepts: a path (manifest file, stack folder, cdktf.out, project folder), manifests, or a synthesized cdktf App (anything with `outdir`). */
export type SimulationInput = string | TrustManifest | readonly TrustManifest[] | { readonly outdir: string };

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** Run the negative probes. @default true */
  readonly probes?: boolean;
  /** Milliseconds a provider may take to start. @default 20000 */
  readonly startTimeoutMs?: number;
  /** Milliseconds one token request may take. @default 15000 */
  readonly requestTimeoutMs?: number;
  /**
   * Folders searched for the `oidc-provider` package (tests).
   * @default the node_modules folders Node searches from this module
   */
  readonly peerSearchPaths?: readonly string[];
}

/** Why a simulation could not run: no manifest, a provider that failed, `oidc-provider` not installed. */
export type SimulationErrorCode = 'EO_SIM_NO_MANIFESTS' | 'EO_SIM_PROVIDER_FAILED' | 'EO_SIM_MISSING_PEER' | 'EO_SIM_INVALID_OPTION';

/** A simulation that could not run (no manifest, a provider that failed). Providers are stopped. */
export class SimulationError extends ExternalOAuthError {
  declare public readonly code: SimulationErrorCode;

  constructor(code: SimulationErrorCode, message: string) {
    super(code, message);
  }
}

/** The manifests of an input. */
export function loadSimulationInput(input: SimulationInput): TrustManifest[] {
  let manifests: TrustManifest[];
  let what: string;
  if (typeof input === 'string') {
    manifests = readManifests(input);
    what = input;
  } else if (Array.isArray(input)) {
    manifests = [...(input as readonly TrustManifest[])];
    what = 'the given manifest list';
  } else if (typeof (input as { outdir?: unknown }).outdir === 'string' && (input as TrustManifest).schemaVersion === undefined) {
    const outdir = (input as { outdir: string }).outdir;
    manifests = readManifests(outdir);
    what = `${outdir} (call app.synth() before simulate(app))`;
  } else {
    manifests = [input as TrustManifest];
    what = 'the given manifest';
  }
  if (manifests.length === 0) throw new SimulationError('EO_SIM_NO_MANIFESTS', `no external-oauth manifest in ${what}`);
  return manifests;
}

/**
 * Signing keys by provider index. Reused by later runs in the same process (RSA generation is
 * the costliest part of a start); within one run every provider has its own key.
 */
const keyPool: Array<Promise<SigningJwk>> = [];

function signingKey(index: number): Promise<SigningJwk> {
  keyPool[index] ??= generateKeyPairAsync('rsa', { modulusLength: 2048 }).then(({ privateKey }) => {
    const jwk = privateKey.export({ format: 'jwk' }) as Record<string, unknown>;
    return { ...jwk, kty: 'RSA', kid: `sim-${index}-${randomBytes(6).toString('hex')}`, alg: 'RS256', use: 'sig' };
  });
  return keyPool[index]!;
}

interface Minted {
  readonly token: string;
  readonly jwt: DecodedJwt;
  /** The ID token of a user sign-in. */
  readonly idToken?: DecodedJwt;
  readonly summary: TokenSummary;
  readonly notes: string[];
}

/** `refusal`: the sign-in itself was refused (not the token: the IdP's policy). */
type MintOutcome =
  | { readonly ok: true; readonly minted: Minted }
  | { readonly ok: false; readonly reason: string; readonly refusal?: { readonly code: string; readonly reason: string } };

/** One access row before evaluation. */
interface RowSpec {
  readonly client: WorldClient;
  readonly flow: SimFlow;
  readonly grant: string;
  readonly alsoVia: string[];
  readonly user?: WorldUser;
  readonly targets: Array<{ issuer: WorldIssuer; audience: string }>;
}

function targetsOf(world: World, client: WorldClient): Array<{ issuer: WorldIssuer; audience: string }> {
  const issuers: WorldIssuer[] = [client.issuer];
  for (const perm of client.record.details.apiPermissions ?? []) {
    const api = world.issuers.find((i) => i.record.path === perm.api);
    if (api && !issuers.includes(api)) issuers.push(api);
  }
  return issuers.flatMap((issuer) => valuesOf(issuer.record.audiences).map((audience) => ({ issuer, audience })));
}

function rowSpecs(world: World): RowSpec[] {
  const specs: RowSpec[] = [];
  for (const client of world.clients) {
    const grants = valuesOf(client.record.grantTypes);
    const targets = targetsOf(world, client);
    if (grants.includes('client_credentials')) specs.push({ client, flow: 'app', grant: 'client_credentials', alsoVia: [], targets });
    const ug = userGrants(grants);
    if (ug.length > 0) {
      for (const user of world.providers[client.issuer.provider]!.users)
        specs.push({ client, flow: 'user', grant: ug[0]!, alsoVia: ug.slice(1), user, targets });
    }
  }
  return specs;
}

function audienceMatches(claims: Readonly<Record<string, unknown>>, audiences: readonly string[]): boolean {
  const aud = claims.aud;
  const list = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [];
  return list.some((a) => typeof a === 'string' && audiences.includes(a));
}

function cellOf(trust: string, verdict: Verdict, audience: string | undefined, extraNotes: readonly string[] = []): Cell {
  const notes = [...(verdict.notes ?? []), ...extraNotes];
  return { trust, ...verdict, ...(audience !== undefined ? { audience } : {}), ...(notes.length > 0 ? { notes } : { notes: undefined }) };
}

function clean<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The Snowflake role scopes of a token's scopes. */
function roleScopes(scopes: readonly string[]): string[] {
  return scopes.filter((s) => s === SNOWFLAKE_ROLE_ANY_SCOPE || s.startsWith(SNOWFLAKE_ROLE_SCOPE_PREFIX));
}

type Faulty = (issuerPaths: readonly string[], at: 'start' | 'configure') => boolean;

/** What the steps after the start share: the world, the provider processes, the request timeout and the evaluators. */
interface Run {
  readonly world: World;
  readonly processes: readonly ProviderProcess[];
  readonly requestTimeoutMs: number;
  readonly evaluate: (trust: WorldTrust, m: Minted, atMs: number, clientPath: string | undefined) => Promise<Verdict>;
  tokenCount: number;
}

/** Step 1: starts the providers (and makes their keys) in parallel; waits for all, so that none is left behind. Started processes are added to `processes`. */
async function startProviders(
  plans: readonly ProviderPlan[],
  startTimeoutMs: number,
  faulty: Faulty,
  processes: ProviderProcess[],
): Promise<SigningJwk[]> {
  const [started, keys] = await Promise.all([
    Promise.allSettled(
      plans.map((p) => ProviderProcess.start({ timeoutMs: startTimeoutMs, label: p.label, failStart: faulty(p.issuerPaths, 'start') })),
    ),
    Promise.all(plans.map((p) => signingKey(p.index))),
  ]);
  for (const s of started) if (s.status === 'fulfilled') processes.push(s.value);
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed)
    throw new SimulationError('EO_SIM_PROVIDER_FAILED', `a local OpenID provider failed to start: ${(failed.reason as Error).message}`);
  return keys;
}

/** Step 2: one random secret per client id. */
function secretSource(): (key: string) => string {
  const secrets = new Map<string, string>();
  return (key) => {
    let s = secrets.get(key);
    if (!s) secrets.set(key, (s = randomBytes(24).toString('base64url')));
    return s;
  };
}

/** Step 2: configures every provider with its issuer, paths, keys (shared by the providers of one JWKS URL) and clients. */
async function configureProviders(
  world: World,
  processes: readonly ProviderProcess[],
  keys: readonly SigningJwk[],
  startTimeoutMs: number,
  faulty: Faulty,
): Promise<void> {
  const keyOf = new Map<string, SigningJwk>();
  for (const p of world.providers) if (!keyOf.has(p.jwksKey)) keyOf.set(p.jwksKey, keys[p.index]!);
  await Promise.all(
    world.providers.map((p) => {
      const clients = [...world.clients.filter((c) => c.providers.includes(p.index)), p.syntheticClient];
      const unique = new Map(clients.map((c) => [c.record.clientId, c]));
      const idClaimNames = [
        ...new Set(
          world.issuers
            .filter((i) => i.provider === p.index)
            .flatMap((i) => i.claims.filter((c) => c.tokenType === 'id').map((c) => c.name)),
        ),
      ].filter((n) => n !== 'sub');
      return processes[p.index]!.configure(
        {
          issuer: p.localIssuer,
          jwksPaths: p.jwksPaths,
          discoveryPaths: p.discoveryPaths,
          keys: [keyOf.get(p.jwksKey)!],
          tokenTyp: p.kind === 'okta' ? null : p.kind === 'entra' ? 'JWT' : 'at+jwt',
          clients: [...unique.values()].map((c) => ({
            clientId: c.record.clientId,
            ...(c.secret ? { clientSecret: c.secret } : {}),
            grantTypes: c.secret ? ['client_credentials', 'authorization_code', 'refresh_token'] : ['authorization_code', 'refresh_token'],
            ...localClientGates(c),
          })),
          ...(idClaimNames.length > 0 ? { idClaimNames } : {}),
          ...(faulty(p.issuerPaths, 'configure') ? { failConfigure: true } : {}),
        },
        startTimeoutMs,
      );
    }),
  ).catch((err: Error) => {
    throw new SimulationError('EO_SIM_PROVIDER_FAILED', `a local OpenID provider could not be configured: ${err.message}`);
  });
}

/** Step 3: one token, obtained from the local provider through its endpoints. */
async function mint(run: Run, input: PlanInput, options: { unassigned?: boolean } = {}): Promise<MintOutcome> {
  const planned = planToken(input);
  if (!planned.ok) return planned;
  const { plan } = planned;
  if (plan.request.grant === 'client_credentials' && !input.client.secret)
    return { ok: false, reason: `${input.client.record.name} is a public client: no client_credentials` };
  // A user sign-in: the client behaves as its program is declared; the provider enforces the client's sign-in settings.
  const request =
    input.user && plan.request.grant === 'authorization_code'
      ? { ...plan.request, ...signInBehaviour(run.world, input.client, input.user, options) }
      : plan.request;
  let result: MintResult;
  try {
    result = await run.processes[plan.provider]!.mint(request, run.requestTimeoutMs);
  } catch (err) {
    if (!(err instanceof ProviderProcessError)) throw err;
    return { ok: false, reason: `the local provider could not issue it: ${err.message}` };
  }
  if ('refused' in result) {
    const refusal = refusalReason(input.client, input.user, result.refused);
    return { ok: false, reason: refusal.reason, refusal };
  }
  const jwt = decodeJwt(result.token)!;
  const idToken = result.idToken ? decodeJwt(result.idToken) : undefined;
  const exp = typeof jwt.payload.exp === 'number' ? jwt.payload.exp : 0;
  const iat = typeof jwt.payload.iat === 'number' ? jwt.payload.iat : 0;
  return {
    ok: true,
    minted: {
      token: result.token,
      jwt,
      ...(idToken ? { idToken } : {}),
      notes: plan.notes,
      summary: {
        issuerPath: plan.issuer.record.path,
        audience: plan.request.audience,
        scopes: result.scopes,
        lifetimeSeconds: exp - iat,
        claims: jwt.payload,
      },
    },
  };
}

/** The tokens of one access row (one per target), or why none was issued. */
interface MintedRow {
  readonly spec: RowSpec;
  readonly minted: Array<{ target: RowSpec['targets'][number]; minted: Minted }>;
  readonly refused: string[];
  readonly signIn: { readonly code: string; readonly reason: string } | undefined;
}

/** Step 3: tokens for one (client, flow, user), for each of its targets. */
async function mintRow(run: Run, spec: RowSpec): Promise<MintedRow> {
  if (spec.targets.length === 0) return { spec, minted: [], refused: ['the issuer declares no audience'], signIn: undefined };
  const outcomes = await Promise.all(
    spec.targets.map(async (target) => ({
      target,
      outcome: await mint(run, {
        world: run.world,
        client: spec.client,
        flow: spec.flow,
        grant: spec.grant,
        ...(spec.user ? { user: spec.user } : {}),
        target: target.issuer,
        audience: target.audience,
      }),
    })),
  );
  // A refused sign-in refuses the whole row: no token reaches any trust.
  const signIn = outcomes.flatMap((o) => (!o.outcome.ok && o.outcome.refusal ? [o.outcome.refusal] : []))[0];
  return {
    spec,
    minted: signIn ? [] : outcomes.flatMap((o) => (o.outcome.ok ? [{ target: o.target, minted: o.outcome.minted }] : [])),
    refused: outcomes.flatMap((o) => (o.outcome.ok ? [] : [o.outcome.reason])),
    signIn,
  };
}

/** An evaluated access row, with the token chosen for each trust (the probes start from it). */
interface EvaluatedRow {
  readonly row: AccessRow;
  readonly spec: RowSpec;
  readonly chosen: Map<string, Minted>;
}

/** Step 4: the tokens of one row against every trust (and the Keycloak brokers of its client). */
async function evaluateRow(
  run: Run,
  brokerEvaluators: ReadonlyArray<{ broker: WorldBroker; evaluator: BrokerEvaluator }>,
  { spec, minted, refused, signIn }: MintedRow,
  index: number,
): Promise<EvaluatedRow> {
  const world = run.world;
  const cells: Record<string, Cell> = {};
  const chosen = new Map<string, Minted>();
  const columns = [
    ...world.trusts,
    ...world.brokers.filter((b) => b.record.clientPath === spec.client.record.path && spec.flow === 'user'),
  ];
  if (signIn)
    for (const column of columns)
      cells[column.info.path] = { trust: column.info.path, outcome: 'sign-in-refused', code: signIn.code, reason: signIn.reason };
  await Promise.all(
    world.trusts.map(async (trust) => {
      if (signIn) return;
      if (minted.length === 0) {
        cells[trust.info.path] = { trust: trust.info.path, outcome: 'not-issued', reason: refused.join('; ') || 'no token issued' };
        return;
      }
      const trustIssuer = world.issuers.find((i) => i.record.path === trust.info.issuerPath);
      const pick =
        minted.find(
          (m) => audienceMatches(m.minted.jwt.payload, trust.info.audiences) && m.target.issuer.provider === trustIssuer?.provider,
        ) ??
        minted.find((m) => audienceMatches(m.minted.jwt.payload, trust.info.audiences)) ??
        minted[0]!;
      chosen.set(trust.info.path, pick.minted);
      cells[trust.info.path] = cellOf(
        trust.info.path,
        await run.evaluate(trust, pick.minted, Date.now(), spec.client.record.path),
        pick.target.audience,
      );
    }),
  );
  // Keycloak brokers: do their mappers find their claims in what the sign-in returned?
  const own = minted.find((m) => m.target.issuer.provider === spec.client.issuer.provider) ?? minted[0];
  if (!signIn && own && spec.flow === 'user') {
    for (const { broker, evaluator } of brokerEvaluators) {
      const v = evaluator.evaluate(spec.client.record.path, own.minted.jwt, own.minted.idToken);
      if (v) cells[broker.info.path] = cellOf(broker.info.path, v, undefined);
    }
  }
  const row: AccessRow = {
    id: `r${index + 1}`,
    kind: 'access',
    client: spec.client.record.path,
    clientName: spec.client.record.name,
    issuer: spec.client.issuer.record.path,
    flow: spec.flow,
    grant: spec.grant,
    alsoVia: spec.alsoVia,
    ...(spec.user ? { user: spec.user.info.id } : {}),
    tokens: minted.map((m) => m.minted.summary),
    ...(signIn ? { signInRefused: signIn.reason } : minted.length === 0 ? { notIssued: refused.join('; ') } : {}),
    cells,
  };
  return { row, spec, chosen };
}

/** What one negative probe of one trust works with: the accepted (base) token and how to add a row. */
interface ProbeContext {
  readonly run: Run;
  readonly trust: WorldTrust;
  readonly path: string;
  readonly spec: RowSpec;
  readonly baseToken: Minted;
  readonly baseTarget: WorldIssuer;
  /** Adds a probe row. */
  readonly add: (kind: ProbeKind, description: string, client: WorldClient, tokens: TokenSummary[], cell: Cell) => void;
  /** The base request, for another client, audience or with a forced change. */
  readonly input: (client: WorldClient, audience: string, force: PlanInput['force']) => PlanInput;
  /** Mints a token and presents it to the trust; `explain` adds notes to an accepted one. */
  readonly attempt: (
    kind: ProbeKind,
    description: string,
    client: WorldClient,
    input: PlanInput,
    explain?: (v: Verdict) => string[],
    mintOptions?: { unassigned?: boolean },
    notes?: string[],
  ) => Promise<void>;
}

/** replay: the same issuer, client and user, for the audience of another trust. */
async function replayProbe(p: ProbeContext): Promise<void> {
  const foreign = new Map<string, string[]>();
  for (const other of p.run.world.trusts) {
    if (other === p.trust) continue;
    for (const a of other.info.audiences)
      if (!p.trust.info.audiences.includes(a)) foreign.set(a, [...(foreign.get(a) ?? []), other.info.name]);
  }
  if (foreign.size === 0) foreign.set('https://other-resource.simulate.invalid', ['no other trust is declared: a foreign resource']);
  for (const [audience, owners] of foreign) {
    await p.attempt(
      'replay',
      `token for ${audience} (${owners.join(', ')}), same issuer, client and user`,
      p.spec.client,
      p.input(p.spec.client, audience, {}),
    );
  }
}

/** expired: the accepted token, presented after exp. */
async function expiredProbe(p: ProbeContext): Promise<void> {
  const { baseToken, spec } = p;
  const exp = typeof baseToken.jwt.payload.exp === 'number' ? baseToken.jwt.payload.exp : 0;
  const at = (exp + 301) * 1000;
  const expired = await p.run.evaluate(p.trust, baseToken, at, spec.client.record.path);
  p.add(
    'expired',
    'the same token, presented 301 s after exp (beyond any clock tolerance)',
    spec.client,
    [baseToken.summary],
    cellOf(p.path, expired, baseToken.summary.audience),
  );
}

/** missing-scope: without the scope the trust relies on. */
async function missingScopeProbe(p: ProbeContext): Promise<void> {
  const { trust, spec, baseToken } = p;
  const scopes = baseToken.summary.scopes;
  const isEntraApp = p.baseTarget.record.kind === 'entra' && spec.flow === 'app';
  const required = trust.info.type === 'snowflake' ? roleScopes(scopes) : scopes.filter((s) => !OIDC_SCOPES.has(s));
  const roles = Array.isArray(baseToken.jwt.payload.roles) ? (baseToken.jwt.payload.roles as string[]) : [];
  if (isEntraApp && trust.info.type !== 'snowflake' ? roles.length === 0 : required.length === 0) {
    const what =
      trust.info.type === 'snowflake'
        ? 'no session:role scope (Snowflake falls back to the default role)'
        : isEntraApp
          ? 'no app role'
          : 'no API scope';
    p.add('missing-scope', 'the token without its required scope', spec.client, [], {
      trust: p.path,
      outcome: 'skipped',
      reason: `the accepted token carries ${what}: nothing to remove`,
    });
    return;
  }
  const removed = isEntraApp && trust.info.type !== 'snowflake' ? roles : required;
  await p.attempt(
    'missing-scope',
    `the same request without ${removed.join(', ')}`,
    spec.client,
    p.input(spec.client, baseToken.summary.audience, isEntraApp ? { dropRoles: true } : { dropScopes: new Set(required) }),
    () => [
      trust.info.type === 'profile'
        ? 'the validator authenticates; it does not check scopes or app roles: enforce them in the API (requireScopes / requireRole)'
        : trust.info.type === 'redshift'
          ? 'Identity Center does not check the IdP token scopes'
          : trust.info.type === 'databricks'
            ? 'Databricks does not check the IdP token scopes (the exchange asks for scope all-apis)'
            : 'Snowflake falls back to the default role',
    ],
  );
}

/** unlisted-client: a client of the same issuer the trust does not list. */
async function unlistedClientProbe(p: ProbeContext): Promise<void> {
  const { world } = p.run;
  const { trust, spec, baseToken } = p;
  const provider = p.baseTarget.provider;
  const other =
    world.clients.find(
      (c) =>
        c.providers.includes(provider) &&
        !trust.info.clients.includes(c.record.path) &&
        (spec.flow === 'app'
          ? valuesOf(c.record.grantTypes).includes('client_credentials')
          : userGrants(valuesOf(c.record.grantTypes)).length > 0),
    ) ?? world.providers[provider]!.syntheticClient;
  const baseRoles = Array.isArray(baseToken.jwt.payload.roles) ? (baseToken.jwt.payload.roles as string[]) : [];
  await p.attempt(
    'unlisted-client',
    `token from ${other.synthetic ? 'a client the manifests do not declare, with the same permissions' : other.record.name} (not listed by ${trust.info.name})`,
    other,
    p.input(
      other,
      baseToken.summary.audience,
      other.synthetic
        ? { grant: { scopes: baseToken.summary.scopes.filter((x) => x !== 'openid' || spec.flow === 'user'), roles: baseRoles } }
        : {},
    ),
    () => (trust.info.type === 'profile' ? ['the profile accepts a client it does not list'] : []),
  );
}

/** unassigned-user: the same sign-in, by the same user in none of the groups assigned to the client. */
async function unassignedUserProbe(p: ProbeContext): Promise<void> {
  const { spec } = p;
  const assignment = spec.client.record.assignment;
  const unassignedDescription = `${spec.user?.info.username ?? 'a user'}, in none of the groups assigned to ${spec.client.record.name}`;
  const skip = (reason: string): void =>
    p.add('unassigned-user', unassignedDescription, spec.client, [], { trust: p.path, outcome: 'skipped', reason });
  if (spec.flow !== 'user' || !spec.user) skip('the accepted token is an app token: no user signs in');
  else if (!assignment) skip(`${spec.client.record.name} declares no assignment (a manifest written before assignments existed)`);
  else if (assignment.mode === 'external')
    skip(`who may sign in to ${spec.client.record.name} is decided at an IdP outside this program (not declared)`);
  else if (assignment.mode === 'none') skip(`nobody is assigned to ${spec.client.record.name}`);
  else {
    await p.attempt(
      'unassigned-user',
      unassignedDescription,
      spec.client,
      p.input(spec.client, p.baseToken.summary.audience, {}),
      () => [],
      { unassigned: true },
      assignment.mode === 'everyone'
        ? [
            `${spec.client.record.name} is assigned to everyone${assignment.reason ? ` (${assignment.reason})` : ''}: the IdP lets this user sign in`,
          ]
        : [],
    );
  }
}

/** The negative probes, in the order their rows appear: each presents tokens the trust must refuse. */
const PROBES: ReadonlyArray<{ readonly kind: ProbeKind; readonly probe: (p: ProbeContext) => Promise<void> }> = [
  { kind: 'replay', probe: replayProbe },
  { kind: 'expired', probe: expiredProbe },
  { kind: 'missing-scope', probe: missingScopeProbe },
  { kind: 'unlisted-client', probe: unlistedClientProbe },
  { kind: 'unassigned-user', probe: unassignedUserProbe },
];

/** A probe row before it is numbered (see {@link simulate}, step 5). */
type UnnumberedRow = Omit<AccessRow, 'id'>;

/** Step 5: the negative probes of one trust, starting from a token it accepted (or from one chosen for it). */
async function probeTrust(run: Run, trust: WorldTrust, accessRows: readonly EvaluatedRow[]): Promise<UnnumberedRow[]> {
  const world = run.world;
  const out: UnnumberedRow[] = [];
  const path = trust.info.path;
  const base =
    accessRows.find((a) => a.row.cells[path]?.outcome === 'accepted') ??
    accessRows.find((a) => trust.info.clients.includes(a.spec.client.record.path) && a.chosen.has(path));
  const probeRow = (
    kind: ProbeKind,
    description: string,
    spec: RowSpec,
    client: WorldClient,
    tokens: TokenSummary[],
    cell: Cell,
  ): UnnumberedRow => ({
    kind: 'probe',
    client: client.record.path,
    clientName: client.record.name,
    issuer: client.issuer.record.path,
    flow: spec.flow,
    grant: spec.grant,
    alsoVia: [],
    ...(spec.user ? { user: spec.user.info.id } : {}),
    probe: { kind, target: path, description },
    tokens,
    cells: { [path]: cell },
  });
  if (!base) {
    const skipped: Cell = {
      trust: path,
      outcome: 'skipped',
      reason: 'no client obtains a token for this trust, so there is no token to probe with',
    };
    const anyClient = world.providers[0]!.syntheticClient;
    const spec: RowSpec = { client: anyClient, flow: 'user', grant: 'authorization_code', alsoVia: [], targets: [] };
    for (const { kind } of PROBES) out.push(probeRow(kind, 'not run', spec, anyClient, [], skipped));
    return out;
  }
  const baseToken = base.chosen.get(path)!;
  const baseTarget = world.issuers.find((i) => i.record.path === baseToken.summary.issuerPath)!;
  const spec = base.spec;
  const add: ProbeContext['add'] = (kind, description, client, tokens, cell) =>
    void out.push(probeRow(kind, description, spec, client, tokens, cell));
  const context: ProbeContext = {
    run,
    trust,
    path,
    spec,
    baseToken,
    baseTarget,
    add,
    input: (client, audience, force) => ({
      world,
      client,
      flow: spec.flow,
      grant: spec.grant,
      ...(spec.user ? { user: spec.user } : {}),
      target: baseTarget,
      audience,
      force: force ?? {},
    }),
    attempt: async (kind, description, client, input, explain = () => [], mintOptions = {}, notes = []) => {
      const m = await mint(run, input, mintOptions);
      if (!m.ok) {
        add(
          kind,
          description,
          client,
          [],
          m.refusal
            ? { trust: path, outcome: 'sign-in-refused', code: m.refusal.code, reason: m.refusal.reason }
            : { trust: path, outcome: 'not-issued', reason: m.reason },
        );
        return;
      }
      run.tokenCount++;
      const v = await run.evaluate(trust, m.minted, Date.now(), client.record.path);
      add(
        kind,
        description,
        client,
        [m.minted.summary],
        cellOf(path, v, m.minted.summary.audience, [
          ...(v.outcome === 'accepted' ? explain(v) : []),
          ...m.minted.notes.filter((n) => n.startsWith('the IdP would refuse')),
          ...notes,
        ]),
      );
    },
  };
  for (const { probe } of PROBES) await probe(context);
  return out;
}

/** The result, once every row is in. */
function resultOf(
  manifests: readonly TrustManifest[],
  world: World,
  rows: AccessRow[],
  timings: SimulationResult['timings'],
): SimulationResult {
  const declaredIssuers = new Map<string, IssuerRecord>(manifests.flatMap((m) => m.issuers.map((i) => [i.path, i] as const)));
  const clients = [
    ...world.clients,
    ...world.providers.map((p) => p.syntheticClient).filter((c) => rows.some((r) => r.client === c.record.path)),
  ].map(clientInfo);
  return {
    simulationVersion: 1,
    disclaimer: world.brokers.length > 0 ? `${SIMULATION_DISCLAIMER} ${KEYCLOAK_BROKER_DISCLAIMER}` : SIMULATION_DISCLAIMER,
    stacks: manifests.map((m) => m.stack),
    issuers: world.issuers.map((i) => issuerInfo(world, i, declaredIssuers.get(i.record.path))),
    clients,
    users: world.users.map((u) => u.info),
    trusts: world.trusts.map((t) => t.info),
    brokers: world.brokers.map((b) => b.info),
    rows,
    standIns: world.standIns.list(),
    assumptions: [...world.assumptions, ...signInAssumptions(world)],
    timings,
  };
}

/** Runs the simulation. Every provider it starts is stopped before it resolves or rejects. */
export function simulate(input: SimulationInput, options: SimulateOptions = {}): Promise<SimulationResult> {
  return runSimulation(input, options);
}

/**
 * Fault injection for tests: the provider of the issuer at this construct path (or `*` for
 * all) fails, before listening (`start`) or when configured (`configure`).
 */
export interface FaultInjection {
  readonly issuerPath: string;
  readonly at: 'start' | 'configure';
}

/** {@link simulate}, with a provider made to fail (tests of the clean-up). Not exported by the package. */
export async function runSimulation(
  input: SimulationInput,
  options: SimulateOptions & { readonly faultInjection?: FaultInjection } = {},
): Promise<SimulationResult> {
  const t0 = Date.now();
  const manifests = loadSimulationInput(input);
  if (!oidcProviderInstalled(options.peerSearchPaths)) throw new SimulationError('EO_SIM_MISSING_PEER', missingOidcProviderMessage());
  const plans = planProviders(manifests);
  const startTimeoutMs = options.startTimeoutMs ?? 20_000;
  const requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
  const fault = options.faultInjection;
  const faulty: Faulty = (issuerPaths, at) =>
    fault !== undefined && fault.at === at && (fault.issuerPath === '*' || issuerPaths.includes(fault.issuerPath));
  const processes: ProviderProcess[] = [];
  let result: SimulationResult;
  try {
    // 1. Start the providers (and make their keys) in parallel; wait for all, so that none is left behind.
    const keys = await startProviders(plans, startTimeoutMs, faulty, processes);
    const ports = processes.map((p) => p.port);

    // 2. The world: stand-ins, loopback URLs, users, clients, trusts.
    const world = buildWorld(manifests, plans, ports, secretSource());
    await configureProviders(world, processes, keys, startTimeoutMs, faulty);
    const tStarted = Date.now();

    // 3. Tokens for every (client, flow, user).
    const fetcher = new KeyFetcher(world.display);
    const evaluators = evaluatorsFor(world, fetcher);
    const run: Run = {
      world,
      processes,
      requestTimeoutMs,
      evaluate: (trust, m, atMs, clientPath) => evaluators.get(trust.info.path)!.evaluate(m.token, m.jwt, atMs, clientPath),
      tokenCount: 0,
    };
    const mintedRows = await Promise.all(rowSpecs(world).map((spec) => mintRow(run, spec)));
    const tMinted = Date.now();
    run.tokenCount = mintedRows.reduce((n, r) => n + r.minted.length, 0);

    // 4. Every token against every trust.
    const brokerEvaluators = world.brokers.map((b) => ({ broker: b, evaluator: new BrokerEvaluator(b) }));
    const accessRows = await Promise.all(mintedRows.map((r, index) => evaluateRow(run, brokerEvaluators, r, index)));
    const rows: AccessRow[] = accessRows.map((a) => a.row);

    // 5. Negative probes per trust.
    if (options.probes !== false) {
      // the trusts are probed concurrently: rows are numbered once all are in, in trust order, so ids repeat from run to run
      const probeRows = await Promise.all(world.trusts.map((trust) => probeTrust(run, trust, accessRows)));
      rows.push(...probeRows.flat().map((row, i): AccessRow => ({ id: `p${i + 1}`, ...row })));
    }
    const tEvaluated = Date.now();
    result = resultOf(manifests, world, rows, {
      totalMs: 0,
      startMs: tStarted - t0,
      mintMs: tMinted - tStarted,
      evaluateMs: tEvaluated - tMinted,
      providers: plans.length,
      tokens: run.tokenCount,
    });
  } finally {
    await Promise.allSettled(processes.map((p) => p.stop()));
  }
  return clean({ ...result, timings: { ...result.timings, totalMs: Date.now() - t0 } });
}
