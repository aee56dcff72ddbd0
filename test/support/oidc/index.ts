/**
 * A real local OpenID provider for tests and examples: `oidc-provider` on 127.0.0.1 in a child
 * process (it is ESM-only; Jest runs CommonJS). Every token comes from the
 * provider's own endpoints; nothing is hand-made.
 *
 * ```ts
 * const idp = await startOidcProvider();
 * const token = await idp.clientCredentialsToken({ resource: idp.resources[0] });
 * await idp.stop();
 * ```
 */
import { ChildProcess, fork } from 'node:child_process';
import * as path from 'node:path';

/** A client registered at the provider. */
export interface OidcClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly grantTypes: ReadonlyArray<'client_credentials' | 'authorization_code'>;
  /** Scopes the client may request (space-delimited). */
  readonly scope?: string;
}

/** Options of {@link startOidcProvider}. */
export interface OidcProviderOptions {
  /** Resource indicators (token audiences) and the scopes each accepts. @default { 'https://api.local.test': 'api:read api:write', 'https://other.local.test': 'other:read' } */
  readonly resources?: Readonly<Record<string, string>>;
  /** @default a `svc-client` (client_credentials) and a `web-app` (authorization_code) */
  readonly clients?: readonly OidcClient[];
  /** Accounts by id, with the extra claims their access tokens carry. @default alice and bob with `preferred_username` and `email` */
  readonly accounts?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Signing key type. @default 'RSA' (RS256) */
  readonly keyType?: 'RSA' | 'EC';
  /** Access token lifetime in seconds. @default 600 */
  readonly accessTokenTtl?: number;
  /** Fixed port (e.g. to restart on the same issuer). @default a free port */
  readonly port?: number;
}

/** A running provider. */
export interface OidcProvider {
  /** `http://127.0.0.1:<port>`, the exact `iss` of its tokens. */
  readonly issuer: string;
  readonly jwksUrl: string;
  readonly port: number;
  readonly resources: readonly string[];
  readonly clients: readonly OidcClient[];
  /** A client_credentials access token (JWT, `at+jwt`) for `resource`. */
  clientCredentialsToken(request?: { clientId?: string; resource?: string; scope?: string }): Promise<string>;
  /** An authorization-code access token of `account` for `resource`, through /auth, login, consent and /token. */
  userToken(request?: { clientId?: string; account?: string; resource?: string; scope?: string }): Promise<string>;
  /** Publishes a new signing key and signs with it from now on; the old keys stay published unless `keepOld` is false. */
  rotateKeys(options?: { keepOld?: boolean }): Promise<{ kids: string[] }>;
  /** Stops the provider and waits for its process to exit. */
  stop(): Promise<void>;
  /** What the provider process wrote to stderr (its warnings). */
  stderr(): string;
}

const DEFAULT_RESOURCES = { 'https://api.local.test': 'api:read api:write', 'https://other.local.test': 'other:read' };
const DEFAULT_CLIENTS: OidcClient[] = [
  { clientId: 'svc-client', clientSecret: 'svc-client-secret-for-tests-only', grantTypes: ['client_credentials'] },
  { clientId: 'web-app', clientSecret: 'web-app-secret-for-tests-only', grantTypes: ['authorization_code'] },
];
const DEFAULT_ACCOUNTS = {
  alice: { preferred_username: 'alice@example.test', email: 'alice@example.test' },
  bob: { preferred_username: 'bob@example.test', email: 'bob@example.test' },
};

interface Reply {
  id?: number;
  type?: string;
  ok?: boolean;
  result?: unknown;
  error?: string;
  port?: number;
  issuer?: string;
}

/** Starts a provider; resolves once it listens. */
export async function startOidcProvider(options: OidcProviderOptions = {}): Promise<OidcProvider> {
  const resources = options.resources ?? DEFAULT_RESOURCES;
  const clients = options.clients ?? DEFAULT_CLIENTS;
  const config = {
    resources: Object.fromEntries(Object.entries(resources).map(([k, scope]) => [k, { scope }])),
    clients,
    accounts: options.accounts ?? DEFAULT_ACCOUNTS,
    keyType: options.keyType ?? 'RSA',
    accessTokenTtl: options.accessTokenTtl ?? 600,
    ...(options.port !== undefined ? { port: options.port } : {}),
  };
  const child: ChildProcess = fork(path.join(__dirname, 'server.mjs'), [JSON.stringify(config)], {
    execPath: process.execPath,
    execArgv: ['--no-warnings'],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;

  const ready = await new Promise<Reply>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`OIDC provider did not start:\n${stderr}`)), 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`OIDC provider exited (${code}):\n${stderr}`));
    });
    child.on('message', (msg: Reply) => {
      if (msg.type === 'ready') {
        clearTimeout(timer);
        resolve(msg);
      } else if (msg.id !== undefined) {
        const p = pending.get(msg.id);
        pending.delete(msg.id);
        if (msg.ok) p?.resolve(msg.result);
        else p?.reject(new Error(msg.error));
      }
    });
  });
  child.on('exit', () => {
    for (const p of pending.values()) p.reject(new Error('OIDC provider exited'));
    pending.clear();
  });

  const call = <T>(type: string, body: object = {}): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (!child.connected) return reject(new Error('OIDC provider is stopped'));
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ id, type, ...body });
    });

  const resourceList = Object.keys(resources);
  const clientFor = (grant: OidcClient['grantTypes'][number]): string => clients.find((c) => c.grantTypes.includes(grant))?.clientId ?? '';
  const issuer = ready.issuer!;
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    port: ready.port!,
    resources: resourceList,
    clients,
    clientCredentialsToken: (r = {}) => call<string>('clientCredentials', { clientId: clientFor('client_credentials'), resource: resourceList[0], ...r }),
    userToken: (r = {}) => call<string>('userToken', { clientId: clientFor('authorization_code'), account: 'alice', resource: resourceList[0], ...r }),
    rotateKeys: (o = {}) => call<{ kids: string[] }>('rotateKeys', o),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        if (child.connected) child.send({ type: 'stop' });
        else child.kill();
      }
      await exited;
    },
    stderr: () => stderr,
  };
}
