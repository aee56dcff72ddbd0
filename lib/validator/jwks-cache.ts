/**
 * The keys of one JWKS URL, shared by every profile that uses it.
 *
 * - Concurrent requests that need a download share one in-flight fetch.
 * - After any download settles, the next one waits `cooldownMs`: an unknown `kid` triggers at
 *   most one refetch per cooldown, and a down IdP is not hammered.
 * - Keys older than `refreshMs` keep serving while a background refresh runs.
 * - When downloads fail, keys keep serving until `staleLimitMs` after the last success; with
 *   no usable key the answer is `jwks_unavailable` (503) with a `Retry-After`.
 */
import type { AlgorithmSpec } from './algorithms';
import { TokenValidationError } from './errors';
import type { ValidatorEvent } from './events';
import { fetchJwksDocument, FetchLike, JwksFetchError } from './jwks-fetch';
import { importJwks, InvalidJwksError, keyFits, VerificationKey } from './keys';

/** Settings of a {@link JwksCache}. */
export interface JwksCacheSettings {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly refreshMs: number;
  readonly cooldownMs: number;
  readonly staleLimitMs: number;
  readonly fetch?: FetchLike;
  /** Milliseconds since the epoch. */
  readonly clock: () => number;
  readonly emit?: (event: ValidatorEvent) => void;
}

/** Keys of one JWKS URL with their fetch state. */
export class JwksCache {
  private keys: readonly VerificationKey[] = [];
  private byKid = new Map<string, VerificationKey[]>();
  private fetchedAt = Number.NEGATIVE_INFINITY;
  private nextAttemptAt = Number.NEGATIVE_INFINITY;
  private inflight: Promise<boolean> | undefined;
  private fetches = 0;

  constructor(
    public readonly url: string,
    private readonly settings: JwksCacheSettings,
  ) {}

  /** How many downloads were started. */
  public get fetchCount(): number {
    return this.fetches;
  }

  /**
   * The keys for this header when they are at hand (no download needed), else undefined.
   * Starts a background refresh when the keys are older than `refreshMs`.
   */
  public keysNow(alg: string, spec: AlgorithmSpec, kid: string | undefined, now: number): readonly VerificationKey[] | undefined {
    if (this.keys.length === 0 || now - this.fetchedAt > this.settings.staleLimitMs) return undefined;
    if (now - this.fetchedAt >= this.settings.refreshMs && !this.inflight && now >= this.nextAttemptAt) void this.refresh();
    return this.select(alg, spec, kid);
  }

  /** The keys that may verify a token with this header, awaiting a download only when needed. */
  public async keysFor(alg: string, spec: AlgorithmSpec, kid: string | undefined): Promise<readonly VerificationKey[]> {
    const arrivedAfter = this.fetches;
    let now = this.settings.clock();
    if (this.usable(now).length === 0) {
      await this.refresh();
      now = this.settings.clock();
      if (this.usable(now).length === 0) throw this.unavailable(now);
    } else if (now - this.fetchedAt >= this.settings.refreshMs && !this.inflight && now >= this.nextAttemptAt) {
      void this.refresh();
    }
    const found = this.select(alg, spec, kid);
    if (found !== undefined) return found;
    return this.refetchFor(alg, spec, kid, arrivedAfter);
  }

  /**
   * An unknown `kid`: waits for the download in flight, or starts the one the cooldown allows,
   * and judges the token on its result. `key_not_found` only once a download that started after
   * the token arrived (`arrivedAfter`: the downloads started by then) still lacks the `kid`, or
   * when the cooldown keeps any download from starting. Bounded: at most two downloads awaited.
   */
  private async refetchFor(
    alg: string,
    spec: AlgorithmSpec,
    kid: string | undefined,
    arrivedAfter: number,
  ): Promise<readonly VerificationKey[]> {
    for (let attempt = 0; attempt < 2; attempt++) {
      if (!this.inflight && this.settings.clock() < this.nextAttemptAt) break;
      const fresh = this.inflight === undefined || this.fetches > arrivedAfter;
      const ok = await this.refresh();
      const retry = this.select(alg, spec, kid);
      if (retry !== undefined) return retry;
      if (!ok) throw this.unavailable(this.settings.clock());
      if (fresh) break;
    }
    throw new TokenValidationError('key_not_found', 'No key in the issuer JWKS has the token key id');
  }

  /** Downloads the keys now (unless a download is in flight or cooling down); resolves the usable key count. */
  public async warm(): Promise<number> {
    await this.refresh();
    const count = this.usable(this.settings.clock()).length;
    if (count === 0) throw this.unavailable(this.settings.clock());
    return count;
  }

  /** Keys of the set for `kid`/`alg`: undefined when `kid` is unknown; throws when the header cannot match. */
  private select(alg: string, spec: AlgorithmSpec, kid: string | undefined): readonly VerificationKey[] | undefined {
    let candidates: readonly VerificationKey[];
    if (kid === undefined) {
      if (this.keys.length > 1)
        throw new TokenValidationError('key_not_found', 'The token has no key id and the issuer publishes several keys');
      candidates = this.keys;
    } else {
      const byKid = this.byKid.get(kid);
      if (byKid === undefined) return undefined;
      candidates = byKid;
    }
    const fitting =
      candidates.length === 1 && keyFits(candidates[0]!, alg, spec) ? candidates : candidates.filter((k) => keyFits(k, alg, spec));
    if (fitting.length === 0) throw new TokenValidationError('key_not_found', 'The issuer key for this token does not fit its algorithm');
    return fitting;
  }

  /** Current keys, dropping them once past the stale limit. */
  private usable(now: number): readonly VerificationKey[] {
    if (this.keys.length > 0 && now - this.fetchedAt > this.settings.staleLimitMs) this.install([]);
    return this.keys;
  }

  private unavailable(now: number): TokenValidationError {
    const retryAfterSeconds = Math.max(1, Math.ceil((this.nextAttemptAt - now) / 1000));
    return new TokenValidationError('jwks_unavailable', 'The issuer signing keys are unavailable', { retryAfterSeconds });
  }

  private install(keys: readonly VerificationKey[]): void {
    const keep = new Set(keys);
    for (const old of this.keys) if (!keep.has(old)) old.retired = true;
    this.keys = keys;
    this.byKid = new Map();
    for (const k of keys) {
      if (k.kid === undefined) continue;
      const list = this.byKid.get(k.kid);
      if (list) list.push(k);
      else this.byKid.set(k.kid, [k]);
    }
  }

  /** Starts (or joins) a download unless cooling down. Never rejects: resolves whether it succeeded. */
  private refresh(): Promise<boolean> {
    if (this.inflight) return this.inflight;
    if (this.settings.clock() < this.nextAttemptAt) return Promise.resolve(false);
    this.fetches++;
    const started = Date.now();
    const run = async (): Promise<boolean> => {
      try {
        const doc = await fetchJwksDocument(this.url, this.settings);
        let imported: { keys: VerificationKey[]; ignored: number };
        try {
          imported = importJwks(doc);
        } catch (err) {
          throw new JwksFetchError('invalid_jwks', (err as InvalidJwksError).message);
        }
        if (imported.keys.length === 0) throw new JwksFetchError('no_usable_keys', 'JWKS holds no usable signing key');
        const previous = new Map(this.keys.map((k) => [k.fingerprint, k]));
        this.install(imported.keys.map((k) => previous.get(k.fingerprint) ?? k));
        this.fetchedAt = this.settings.clock();
        this.emit({
          type: 'jwks_fetch',
          url: this.url,
          ok: true,
          durationMs: Date.now() - started,
          keys: imported.keys.length,
          ignoredKeys: imported.ignored,
        });
        return true;
      } catch (err) {
        const reason = err instanceof JwksFetchError ? err.reason : 'network';
        this.emit({
          type: 'jwks_fetch',
          url: this.url,
          ok: false,
          durationMs: Date.now() - started,
          reason,
          message: (err as Error).message,
        });
        return false;
      } finally {
        this.nextAttemptAt = this.settings.clock() + this.settings.cooldownMs;
        this.inflight = undefined;
      }
    };
    this.inflight = run();
    return this.inflight;
  }

  private emit(event: ValidatorEvent): void {
    const emit = this.settings.emit;
    if (!emit) return;
    try {
      emit(event);
    } catch {
      // a listener never breaks validation
    }
  }
}
