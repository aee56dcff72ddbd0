/**
 * Starts test/drift/support/oidc-server.mjs (a real oidc-provider on 127.0.0.1) in a child
 * process and drives it over IPC. Always `stop()` it (afterAll).
 */
import { fork, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';

/** What the provider publishes right now. */
export interface ProviderState {
  readonly issuer: string;
  readonly jwksUri: string;
  readonly kids: string[];
}

/** A running test provider. */
export interface TestProvider extends ProviderState {
  readonly port: number;
  /** Publishes another issuer string and/or serves the JWKS at another path. */
  configure(change: { issuerSuffix?: string; jwksRoute?: string }): Promise<ProviderState>;
  /** Adds a new signing key (drops the old ones with `keepOld: false`). */
  rotateKeys(options?: { keepOld?: boolean }): Promise<ProviderState>;
  /** Stops the provider and waits for the process to exit. */
  stop(): Promise<void>;
}

const SERVER = path.join(__dirname, 'oidc-server.mjs');

/** Forks the provider and resolves once it listens. */
export function startTestProvider(timeoutMs = 15_000): Promise<TestProvider> {
  const child: ChildProcess = fork(SERVER, [], { execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: ProviderState) => void; reject: (e: Error) => void }>();
  const request = (msg: Record<string, unknown>): Promise<ProviderState> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      child.send({ ...msg, id });
    });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`OIDC test provider did not start within ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`OIDC test provider exited (${code}): ${stderr}`));
    });
    child.on('message', (msg: { type?: string; id?: number; ok?: boolean; result?: ProviderState; error?: string; port?: number } & Partial<ProviderState>) => {
      if (msg.type === 'ready') {
        clearTimeout(timer);
        const state: { current: ProviderState } = { current: { issuer: msg.issuer!, jwksUri: msg.jwksUri!, kids: msg.kids! } };
        const update = async (p: Promise<ProviderState>) => (state.current = await p);
        resolve({
          port: msg.port!,
          get issuer() {
            return state.current.issuer;
          },
          get jwksUri() {
            return state.current.jwksUri;
          },
          get kids() {
            return state.current.kids;
          },
          configure: (change) => update(request({ type: 'configure', ...change })),
          rotateKeys: (options = {}) => update(request({ type: 'rotateKeys', ...options })),
          stop: async () => {
            if (child.exitCode === null && child.connected) child.send({ type: 'stop' });
            else if (child.exitCode === null) child.kill();
            await exited;
          },
        });
        return;
      }
      const waiter = msg.id === undefined ? undefined : pending.get(msg.id);
      if (!waiter) return;
      pending.delete(msg.id!);
      if (msg.ok) waiter.resolve(msg.result!);
      else waiter.reject(new Error(msg.error));
    });
  });
}
