/**
 * The live drift tests' provider: `startLocalProvider()` (lib/simulate) with no clients, which
 * can change what it publishes while running (issuer, JWKS path, keys). Always `stop()` it (afterAll).
 */
import { type LocalProvider, startLocalProvider } from '../../../lib/simulate/local-provider';

/** What the provider publishes right now. */
export interface ProviderState {
  readonly issuer: string;
  readonly jwksUri: string;
  readonly kids: string[];
}

/** A running test provider. */
export interface TestProvider extends ProviderState {
  readonly port: number;
  /** Publishes another issuer string (`origin + issuerSuffix`) and/or serves the JWKS at another path. */
  configure(change: { issuerSuffix?: string; jwksRoute?: string }): Promise<ProviderState>;
  /** Adds a new signing key (drops the old ones with `keepOld: false`). */
  rotateKeys(options?: { keepOld?: boolean }): Promise<ProviderState>;
  /** Stops the provider and waits for the process to exit. */
  stop(): Promise<void>;
}

const stateOf = (p: LocalProvider): ProviderState => ({ issuer: p.issuer, jwksUri: p.jwksUrl, kids: p.kids });

/** Starts the provider and resolves once it listens. */
export async function startTestProvider(timeoutMs = 15_000): Promise<TestProvider> {
  const p = await startLocalProvider({ clients: [], timeoutMs });
  return {
    port: p.port,
    get issuer() {
      return p.issuer;
    },
    get jwksUri() {
      return p.jwksUrl;
    },
    get kids() {
      return p.kids;
    },
    configure: async (change) => {
      await p.configure({
        ...(change.issuerSuffix !== undefined ? { issuerPath: change.issuerSuffix } : {}),
        ...(change.jwksRoute !== undefined ? { jwksPath: change.jwksRoute } : {}),
      });
      return stateOf(p);
    },
    rotateKeys: async (options = {}) => {
      await p.rotateKeys(options);
      return stateOf(p);
    },
    stop: () => p.stop(),
  };
}
