/**
 * `startLocalProvider()`: one real local OpenID provider (`oidc-provider`) on 127.0.0.1 for
 * tests, demos and drift checks, the same provider process the simulation runs. Every token
 * comes from the provider's own endpoints (client credentials at /token; the authorization code
 * through /auth, a login and consent interaction, and /token with PKCE, RFC 7636); nothing is
 * hand-made. Never imports cdktf.
 */
import { generateKeyPair, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';

import { missingOidcProviderMessage, oidcProviderInstalled } from './peer';
import { ProviderProcess } from './provider-host';
import type { LocalClient, MintRequest, ProviderConfig, SigningJwk } from './provider-protocol';
import { SimulationError } from './simulate';

const generateKeyPairAsync = promisify(generateKeyPair);

/** A client registered at a {@link startLocalProvider} provider. */
export interface LocalProviderClient {
  readonly clientId: string;
  /** The client secret (`client_secret_post`). @default none: a public client (authorization code with PKCE only) */
  readonly clientSecret?: string;
  readonly grantTypes: ReadonlyArray<'client_credentials' | 'authorization_code'>;
}

/** Options of {@link startLocalProvider}. */
export interface LocalProviderOptions {
  /**
   * Resource indicators (RFC 8707: the token audiences) and the scopes each accepts, space-delimited.
   * @default { 'https://api.local.test': 'api:read api:write', 'https://other.local.test': 'other:read' }
   */
  readonly resources?: Readonly<Record<string, string>>;
  /** @default a confidential `svc-client` (client_credentials) and a confidential `web-app` (authorization_code) */
  readonly clients?: readonly LocalProviderClient[];
  /**
   * Accounts by id, with the claims their access tokens carry besides `sub` (the account id).
   * @default alice and bob, with `preferred_username` and `email` (`<id>@example.test`)
   */
  readonly accounts?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Signing key type: `RSA` signs RS256, `EC` signs ES256 (P-256). @default 'RSA' */
  readonly keyType?: 'RSA' | 'EC';
  /** Access token lifetime in seconds, 1 to 86400. @default 600 */
  readonly accessTokenTtl?: number;
  /** Path appended to `http://127.0.0.1:<port>` to form the issuer (`iss`), e.g. `/oauth2/default`. @default '' */
  readonly issuerPath?: string;
  /** Path the JWKS is served at (`jwks_uri` in the discovery document). @default '/jwks' */
  readonly jwksPath?: string;
  /** Milliseconds the provider may take to start, and a request to answer. @default 20000 */
  readonly timeoutMs?: number;
  /**
   * Folders searched for the `oidc-provider` package.
   * @default the node_modules folders Node searches from this module
   */
  readonly peerSearchPaths?: readonly string[];
}

/** What a local provider publishes right now. */
export interface LocalProviderState {
  /** The exact `iss` of its tokens. */
  readonly issuer: string;
  /** Where it serves its keys (`jwks_uri`). */
  readonly jwksUrl: string;
  /** The key ids it publishes, the signing key first. */
  readonly kids: string[];
}

/** A running local provider (see {@link startLocalProvider}). */
export interface LocalProvider extends LocalProviderState {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  readonly port: number;
  /** `<origin>/.well-known/openid-configuration` (also served under the issuer path). */
  readonly discoveryUrl: string;
  /** The resource indicators (audiences) it issues tokens for. */
  readonly resources: readonly string[];
  readonly clients: readonly LocalProviderClient[];
  /** A client_credentials access token (JWT, `at+jwt`). @default the first client_credentials client, the first resource, no scope */
  clientCredentialsToken(request?: { clientId?: string; resource?: string; scope?: string }): Promise<string>;
  /** An authorization-code access token of `account`. @default the first authorization_code client, account `alice`, the first resource, `openid` only */
  userToken(request?: { clientId?: string; account?: string; resource?: string; scope?: string }): Promise<string>;
  /** Publishes a new signing key and signs with it from now on; the old keys stay published unless `keepOld` is false. */
  rotateKeys(options?: { keepOld?: boolean }): Promise<LocalProviderState>;
  /** Publishes another issuer (`issuerPath`) and / or serves the JWKS at another path (`jwksPath`). */
  configure(change: { issuerPath?: string; jwksPath?: string }): Promise<LocalProviderState>;
  /** Stops the provider and waits for its process to exit. A second call does nothing. */
  stop(): Promise<void>;
  /** What the provider process wrote to stderr (its warnings). */
  stderr(): string;
}

const DEFAULT_RESOURCES: Readonly<Record<string, string>> = {
  'https://api.local.test': 'api:read api:write',
  'https://other.local.test': 'other:read',
};
const DEFAULT_CLIENTS: LocalProviderClient[] = [
  { clientId: 'svc-client', clientSecret: 'svc-client-secret-for-tests-only', grantTypes: ['client_credentials'] },
  { clientId: 'web-app', clientSecret: 'web-app-secret-for-tests-only', grantTypes: ['authorization_code'] },
];
const DEFAULT_ACCOUNTS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  alice: { preferred_username: 'alice@example.test', email: 'alice@example.test' },
  bob: { preferred_username: 'bob@example.test', email: 'bob@example.test' },
};

/** Refuses a bad option with a message that names it: `startLocalProvider: <field>: <rule> (received <value>)`. */
function badOption(field: string, rule: string, received: unknown): never {
  throw new SimulationError(
    'EO_SIM_INVALID_OPTION',
    `startLocalProvider: ${field}: ${rule} (received ${JSON.stringify(received) ?? String(received)})`,
  );
}

function checkPath(field: string, value: unknown, allowEmpty: boolean): void {
  if (typeof value !== 'string' || (value === '' ? !allowEmpty : !/^\/[A-Za-z0-9._~/-]*$/.test(value) || value.endsWith('/'))) {
    badOption(field, `must be a URL path that starts with /, without a trailing / or a query${allowEmpty ? ', or empty' : ''}`, value);
  }
}

function checkOptions(o: LocalProviderOptions): void {
  if (o.keyType !== undefined && o.keyType !== 'RSA' && o.keyType !== 'EC') badOption('keyType', 'must be RSA or EC', o.keyType);
  const ttl = o.accessTokenTtl;
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 1 || ttl > 86_400))
    badOption('accessTokenTtl', 'must be a whole number of seconds from 1 to 86400', ttl);
  const timeout = o.timeoutMs;
  if (timeout !== undefined && (!Number.isInteger(timeout) || timeout < 1 || timeout > 600_000))
    badOption('timeoutMs', 'must be a whole number of milliseconds from 1 to 600000', timeout);
  if (o.issuerPath !== undefined) checkPath('issuerPath', o.issuerPath, true);
  if (o.jwksPath !== undefined) checkPath('jwksPath', o.jwksPath, false);
  if (o.resources !== undefined) {
    if (Object.keys(o.resources).length === 0) badOption('resources', 'must name at least one resource', o.resources);
    for (const [resource, scope] of Object.entries(o.resources)) {
      if (!URL.canParse(resource)) badOption(`resources["${resource}"]`, 'must be an absolute URI (RFC 8707)', resource);
      if (typeof scope !== 'string') badOption(`resources["${resource}"]`, 'must be a space-delimited scope list', scope);
    }
  }
  (o.clients ?? []).forEach((c, i) => {
    if (typeof c?.clientId !== 'string' || c.clientId === '')
      badOption(`clients[${i}].clientId`, 'must be a non-empty string', c?.clientId);
    const grants = c.grantTypes;
    if (!Array.isArray(grants) || grants.length === 0 || grants.some((g) => g !== 'client_credentials' && g !== 'authorization_code')) {
      badOption(`clients[${i}].grantTypes`, 'must list client_credentials and / or authorization_code', grants);
    }
    if (grants.includes('client_credentials') && !c.clientSecret)
      badOption(`clients[${i}].clientSecret`, 'is required with client_credentials (a public client cannot authenticate)', c.clientSecret);
  });
  if (o.accounts !== undefined && Object.keys(o.accounts).length === 0) badOption('accounts', 'must name at least one account', o.accounts);
}

async function newSigningKey(keyType: 'RSA' | 'EC'): Promise<SigningJwk> {
  const { privateKey } =
    keyType === 'EC'
      ? await generateKeyPairAsync('ec', { namedCurve: 'P-256' })
      : await generateKeyPairAsync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' }) as Record<string, unknown>;
  return { ...jwk, kty: keyType, kid: `k-${randomBytes(6).toString('hex')}`, alg: keyType === 'EC' ? 'ES256' : 'RS256', use: 'sig' };
}

/** What the tokens of a local provider are made from. */
interface TokenSetup {
  readonly proc: ProviderProcess;
  readonly resources: Readonly<Record<string, string>>;
  readonly accounts: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly ttlSeconds: number;
  readonly timeoutMs: number;
}

/** One access token from the provider's endpoints, with the claims of a generic issuer (`sub`, `client_id`, `scope`, `jti`, the account's claims). */
async function localToken(
  s: TokenSetup,
  grant: MintRequest['grant'],
  clientId: string,
  resource: string,
  scope: string | undefined,
  account?: string,
): Promise<string> {
  const allowed = s.resources[resource]?.split(' ').filter(Boolean);
  if (!allowed) throw new Error(`unknown resource ${resource}: not one of ${Object.keys(s.resources).join(', ')}`);
  const scopes = (scope ?? '').split(' ').filter((x) => x !== '' && x !== 'openid');
  const unknown = scopes.filter((x) => !allowed.includes(x));
  if (unknown.length > 0) throw new Error(`invalid_scope: ${unknown.join(' ')} is not a scope of ${resource}`);
  if (account !== undefined && !(account in s.accounts)) throw new Error(`unknown account ${account}`);
  const result = await s.proc.mint(
    {
      grant,
      clientId,
      audience: resource,
      scopes,
      ttlSeconds: s.ttlSeconds,
      ...(account !== undefined ? { accountId: account } : {}),
      claims: { sub: account ?? clientId, client_id: clientId, ...(account !== undefined ? s.accounts[account] : {}) },
      keepJti: true,
      scopeClaim: { name: 'scope', format: 'space' },
    },
    s.timeoutMs,
  );
  if ('refused' in result) throw new Error(`${result.refused.error}: ${result.refused.description}`);
  return result.token;
}

/** Starts the provider process; a failure is `EO_SIM_PROVIDER_FAILED`. */
async function startProcess(timeoutMs: number): Promise<ProviderProcess> {
  try {
    return await ProviderProcess.start({ timeoutMs, label: 'local OpenID provider' });
  } catch (err) {
    throw new SimulationError('EO_SIM_PROVIDER_FAILED', `the local OpenID provider failed to start: ${(err as Error).message}`);
  }
}

/**
 * Starts a real OpenID provider (`oidc-provider`, an optional peer dependency loaded only here
 * and in the simulation) in a child process, bound to the loopback address 127.0.0.1 only, on a
 * free port. Resolves once it listens and is configured. Always `stop()` it (a test's
 * `afterAll`); it also exits when the calling process goes away.
 *
 * @example
 * const idp = await startLocalProvider();
 * const token = await idp.clientCredentialsToken({ resource: idp.resources[0] });
 * await idp.stop();
 * @throws SimulationError `EO_SIM_INVALID_OPTION` for a bad option, naming the field; `EO_SIM_MISSING_PEER`
 *   when `oidc-provider` is not installed, `EO_SIM_PROVIDER_FAILED` when the provider does not start.
 * @see https://github.com/panva/node-oidc-provider (the provider)
 * @see https://www.rfc-editor.org/rfc/rfc9068 (JWT access tokens, `at+jwt`)
 */
export async function startLocalProvider(options: LocalProviderOptions = {}): Promise<LocalProvider> {
  checkOptions(options);
  if (!oidcProviderInstalled(options.peerSearchPaths)) throw new SimulationError('EO_SIM_MISSING_PEER', missingOidcProviderMessage());
  const resources = options.resources ?? DEFAULT_RESOURCES;
  const clients = options.clients ?? DEFAULT_CLIENTS;
  const accounts = options.accounts ?? DEFAULT_ACCOUNTS;
  const keyType = options.keyType ?? 'RSA';
  const ttlSeconds = options.accessTokenTtl ?? 600;
  const timeoutMs = options.timeoutMs ?? 20_000;
  let keys = [await newSigningKey(keyType)];
  let issuerPath = options.issuerPath ?? '';
  let jwksPath = options.jwksPath ?? '/jwks';
  const proc = await startProcess(timeoutMs);
  const origin = proc.origin;
  const state = (): LocalProviderState => ({
    issuer: `${origin}${issuerPath}`,
    jwksUrl: `${origin}${jwksPath}`,
    kids: keys.map((k) => k.kid),
  });
  const localClients: LocalClient[] = clients.map((c) => ({
    clientId: c.clientId,
    ...(c.clientSecret ? { clientSecret: c.clientSecret } : {}),
    grantTypes: [...c.grantTypes],
    pkceRequired: true,
  }));
  const apply = async (): Promise<LocalProviderState> => {
    const config: ProviderConfig = {
      issuer: state().issuer,
      jwksPaths: [jwksPath],
      discoveryPaths: [...new Set(['/.well-known/openid-configuration', `${issuerPath}/.well-known/openid-configuration`])],
      keys,
      clients: localClients,
    };
    await proc.configure(config, timeoutMs);
    return state();
  };
  try {
    await apply();
  } catch (err) {
    await proc.stop();
    throw new SimulationError('EO_SIM_PROVIDER_FAILED', `the local OpenID provider could not be configured: ${(err as Error).message}`);
  }

  const resourceList = Object.keys(resources);
  const clientFor = (grant: LocalProviderClient['grantTypes'][number]): string =>
    clients.find((c) => c.grantTypes.includes(grant))?.clientId ?? '';
  const setup: TokenSetup = { proc, resources, accounts, ttlSeconds, timeoutMs };
  let stopped: Promise<void> | undefined;
  return {
    origin,
    port: proc.port,
    get issuer() {
      return state().issuer;
    },
    get jwksUrl() {
      return state().jwksUrl;
    },
    get kids() {
      return state().kids;
    },
    discoveryUrl: `${origin}/.well-known/openid-configuration`,
    resources: resourceList,
    clients,
    clientCredentialsToken: (r = {}) =>
      localToken(setup, 'client_credentials', r.clientId ?? clientFor('client_credentials'), r.resource ?? resourceList[0]!, r.scope),
    userToken: (r = {}) =>
      localToken(
        setup,
        'authorization_code',
        r.clientId ?? clientFor('authorization_code'),
        r.resource ?? resourceList[0]!,
        r.scope,
        r.account ?? 'alice',
      ),
    rotateKeys: async (o = {}) => {
      const key = await newSigningKey(keyType);
      keys = o.keepOld === false ? [key] : [key, ...keys];
      return apply();
    },
    configure: async (change) => {
      if (change.issuerPath !== undefined) checkPath('issuerPath', change.issuerPath, true);
      if (change.jwksPath !== undefined) checkPath('jwksPath', change.jwksPath, false);
      issuerPath = change.issuerPath ?? issuerPath;
      jwksPath = change.jwksPath ?? jwksPath;
      return apply();
    },
    stop: () => (stopped ??= proc.stop()),
    stderr: () => proc.stderr,
  };
}
