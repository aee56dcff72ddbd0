/**
 * `TokenValidator`: profiles + bearer token -> {@link Principal} or {@link TokenValidationError}.
 *
 * Order (cheap rejects first; nothing reaches the network or a signature before every cheap
 * rule passed): size cap, verified-token cache, strict compact form, header rules, payload
 * JSON, profile by (iss, client id), profile claim rules, flow and mapping claim, keys,
 * signature, then the user hooks (`isRevoked`, `resolveUser`) on verified tokens only.
 */
import type { ValidationProfile } from '../manifest/types';
import { checkClaims } from './claim-rules';
import { Mapping, mapToken } from './classify';
import { decodeJsonSegment, splitCompact } from './compact';
import { CompiledProfile, compileProfile, ProfileIndex } from './compiled-profile';
import { TokenValidationError } from './errors';
import type { ValidatorEvent } from './events';
import { CheckedHeader, HeaderCache } from './header-rules';
import { applyHooks } from './hooks';
import { AuthenticateOptions, extractBearerToken, IncomingRequestLike } from './http';
import { JwksCache } from './jwks-cache';
import { keyIssuerAllows, VerificationKey } from './keys';
import { ResolvedOptions, resolveOptions, TokenValidatorOptions } from './options';
import { buildPrincipal, Principal, scopeClaimWellFormed, scopesOf } from './principal';
import { checkProfiles } from './profile-rules';
import { readProfileSource } from './profile-source';
import { verifySignature, verifySignatureAsync } from './signature';
import { CacheEntry, TokenCache } from './token-cache';

/** Entra: the keys allowed to sign for the tenant; `key_issuer_mismatch` when none is. */
function scopedKeys(keys: readonly VerificationKey[], tenant: string, issuers: readonly string[]): readonly VerificationKey[] {
  const allowed = keys.filter((k) => keyIssuerAllows(k, tenant, issuers));
  if (allowed.length === 0)
    throw new TokenValidationError('key_issuer_mismatch', 'The signing key is published for another issuer than the token issuer');
  return allowed;
}

/** Rethrows `err`, naming `profile` on a token error that has no profile yet. */
function named(err: unknown, profile: CompiledProfile): never {
  if (err instanceof TokenValidationError && err.profile === undefined) (err as { profile?: string }).profile = profile.name;
  throw err;
}

/** A token in strict compact form with a checked header, its payload and the profile that serves it. */
interface SelectedToken {
  readonly token: string;
  /** Index of the second `.`: the signing input is `token[0, dot2)`. */
  readonly dot2: number;
  /** The decoded signature. */
  readonly signature: Buffer;
  readonly header: CheckedHeader;
  readonly claims: Record<string, unknown>;
  readonly profile: CompiledProfile;
}

/** A token that passed every rule before the keys: what the signature check and the principal need. */
interface ParsedToken extends SelectedToken {
  readonly exp: number;
  readonly mapping: Mapping;
}

/** The serving profile's claim rules, classification and the scope claim's form (cheap, before any key); `nowSeconds` is whole seconds. */
function applyRules(selected: SelectedToken, nowSeconds: number, maxLifetimeSeconds: number): ParsedToken {
  const { claims, profile } = selected;
  const exp = checkClaims(claims, selected.header, profile, nowSeconds, maxLifetimeSeconds);
  const mapping = mapToken(claims, profile);
  if (!scopeClaimWellFormed(claims))
    throw new TokenValidationError('malformed_token', 'Malformed token: "scp"/"scope" must be a string or a list of strings');
  return {
    token: selected.token,
    dot2: selected.dot2,
    signature: selected.signature,
    header: selected.header,
    claims,
    profile,
    exp,
    mapping,
  };
}

/** Validates bearer tokens against validation profiles. */
export class TokenValidator {
  /**
   * Reads profiles from a trust manifest, `terraform output -json`, or a
   * `cdktf deploy --outputs-file` document. Throws {@link ValidatorConfigError}.
   */
  public static fromFile(file: string, options?: TokenValidatorOptions): TokenValidator {
    const source = readProfileSource(file);
    return new TokenValidator(checkProfiles(source.profiles, file), options);
  }

  /** The options in force, defaults applied. */
  public readonly options: ResolvedOptions;
  private readonly index: ProfileIndex;
  private readonly caches = new Map<string, JwksCache>();
  private readonly verified: TokenCache;
  private readonly headers = new HeaderCache();
  /** Signature verifications running in the libuv thread pool. */
  private offloaded = 0;
  /** Requests of the current event-loop turn, validated at its end ({@link validateRequest}). */
  private turn: Array<{ readonly token: string; readonly resolve: (p: Principal) => void; readonly reject: (err: unknown) => void }> = [];

  /** Checks `profiles` (see {@link checkProfiles}); throws {@link ValidatorConfigError}. */
  constructor(profiles: readonly ValidationProfile[], options?: TokenValidatorOptions) {
    this.options = resolveOptions(options);
    const checked = checkProfiles(profiles);
    const emit = this.options.onEvent ? (e: ValidatorEvent): void => this.emit(e) : undefined;
    const jwksFor = (url: string): JwksCache => {
      let cache = this.caches.get(url);
      if (!cache) {
        cache = new JwksCache(url, {
          timeoutMs: this.options.jwksTimeoutMs,
          maxBytes: this.options.jwksMaxBytes,
          refreshMs: this.options.jwksRefreshMs,
          cooldownMs: this.options.jwksCooldownMs,
          staleLimitMs: this.options.jwksStaleLimitMs,
          clock: this.options.clock,
          ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
          ...(emit ? { emit } : {}),
        });
        this.caches.set(url, cache);
      }
      return cache;
    };
    this.index = new ProfileIndex(checked.map((p) => compileProfile(p, jwksFor)));
    this.verified = new TokenCache(this.options.cacheSize);
  }

  /** The profiles served. */
  public get profiles(): readonly ValidationProfile[] {
    return this.index.profiles.map((p) => p.profile);
  }

  /** JWKS downloads started so far, over all URLs. */
  public get jwksFetchCount(): number {
    let n = 0;
    for (const c of this.caches.values()) n += c.fetchCount;
    return n;
  }

  /** Downloads every JWKS now; rejects with `jwks_unavailable` naming the URLs that failed. */
  public async warm(): Promise<void> {
    const results = await Promise.allSettled([...this.caches.values()].map((c) => c.warm()));
    const failed = [...this.caches.keys()].filter((_, i) => results[i]!.status === 'rejected');
    if (failed.length > 0) {
      const first = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!.reason as TokenValidationError;
      throw new TokenValidationError('jwks_unavailable', `No usable signing keys from ${failed.join(', ')}`, {
        ...(first.retryAfterSeconds !== undefined ? { retryAfterSeconds: first.retryAfterSeconds } : {}),
      });
    }
  }

  /** Validates a bearer token: resolves the {@link Principal} or rejects with {@link TokenValidationError}. */
  public validate(token: string): Promise<Principal> {
    return this.settle(token, false);
  }

  private settle(token: string, othersWaiting: boolean): Promise<Principal> {
    try {
      const result = this.run(token, othersWaiting);
      return result instanceof Promise ? result.catch(this.rejectAsync) : Promise.resolve(result);
    } catch (err) {
      return Promise.reject(this.reject(err));
    }
  }

  /**
   * Validates a token of a request: requests that arrive in the same event-loop turn are
   * validated together at its end, and while more than one waits, signatures are verified in
   * the libuv thread pool so that the event loop keeps reading requests; a lone request is
   * verified synchronously.
   */
  private validateRequest(token: string): Promise<Principal> {
    // a token in the verified-token cache costs less than the deferral
    if (this.verified.get(token, Math.floor(this.options.clock() / 1000)) !== undefined) return this.settle(token, false);
    return new Promise((resolve, reject) => {
      if (this.turn.length === 0) setImmediate(this.runTurn);
      this.turn.push({ token, resolve, reject });
    });
  }

  private readonly runTurn = (): void => {
    const turn = this.turn;
    this.turn = [];
    const together = turn.length > 1;
    for (const r of turn) {
      // resolved directly: no intermediate promise per request
      try {
        const result = this.run(r.token, together);
        if (result instanceof Promise) result.then(r.resolve, (err: unknown) => r.reject(this.reject(err)));
        else r.resolve(result);
      } catch (err) {
        r.reject(this.reject(err));
      }
    }
  };

  /** The pipeline; synchronous unless keys must be downloaded, the signature is verified off the event loop, or a user hook runs. */
  private run(token: string, offload: boolean): Principal | Promise<Principal> {
    if (typeof token !== 'string') throw new TokenValidationError('malformed_token', 'Malformed token: not a string');
    if (token.length > this.options.maxTokenBytes)
      throw new TokenValidationError('token_too_large', `Token exceeds ${this.options.maxTokenBytes} bytes`);
    const nowMs = this.options.clock();
    const nowSeconds = Math.floor(nowMs / 1000);
    const hit = this.verified.get(token, nowSeconds);
    if (hit !== undefined) {
      if (this.options.onEvent) this.emit({ type: 'cache_hit', profile: hit.profile.name });
      const accepted = this.accept(hit, true);
      return accepted instanceof Promise ? accepted.catch((err: unknown) => named(err, hit.profile)) : accepted;
    }
    const { dot1, dot2, signature } = splitCompact(token);
    const header = this.headers.check(token, dot1);
    const claims = decodeJsonSegment(token.slice(dot1 + 1, dot2), 'payload');
    const profile = this.index.select(claims);
    try {
      const parsed = applyRules({ token, dot2, signature, header, claims, profile }, nowSeconds, this.options.maxTokenLifetimeSeconds);
      const result = this.runProfile(parsed, nowMs, offload);
      return result instanceof Promise ? result.catch((err: unknown) => named(err, profile)) : result;
    } catch (err) {
      return named(err, profile);
    }
  }

  /** Keys and signature of a token that passed the profile rules. */
  private runProfile(parsed: ParsedToken, nowMs: number, offload: boolean): Principal | Promise<Principal> {
    const { header, profile } = parsed;
    const keys = profile.jwks.keysNow(header.alg, header.spec, header.kid, nowMs);
    if (keys !== undefined) return this.verify(parsed, keys, offload);
    return profile.jwks.keysFor(header.alg, header.spec, header.kid).then((k) => this.verify(parsed, k, offload));
  }

  /** Verifies the signature with one of `keys` (in the thread pool when `offload` or others are there), then {@link finish}. */
  private verify(parsed: ParsedToken, keys: readonly VerificationKey[], offload: boolean): Principal | Promise<Principal> {
    const { profile, header, token, dot2, signature } = parsed;
    const candidates = profile.keyIssuers !== undefined ? scopedKeys(keys, profile.tenant!, profile.keyIssuers) : keys;
    if (offload || this.offloaded > 0) return this.verifyOffloaded(parsed, candidates).then((key) => this.finish(parsed, key));
    let key: VerificationKey | undefined;
    for (const k of candidates) {
      if (verifySignature(header.alg, header.spec, k, token, dot2, signature)) {
        key = k;
        break;
      }
    }
    return this.finish(parsed, key);
  }

  /** The key whose signature verifies, found in the libuv thread pool (own copies of the bytes). */
  private async verifyOffloaded(parsed: ParsedToken, keys: readonly VerificationKey[]): Promise<VerificationKey | undefined> {
    const { header, token, dot2, signature } = parsed;
    const data = Buffer.from(token.slice(0, dot2), 'latin1');
    this.offloaded++;
    try {
      for (const k of keys) if (await verifySignatureAsync(header.alg, header.spec, k, data, signature)) return k;
      return undefined;
    } finally {
      this.offloaded--;
    }
  }

  /** Builds the principal of a token whose signature `key` verified (none: `invalid_signature`), runs the hooks, caches. */
  private finish(parsed: ParsedToken, key: VerificationKey | undefined): Principal | Promise<Principal> {
    if (!key) throw new TokenValidationError('invalid_signature');
    const { token, profile, exp } = parsed;
    // the scope claim's form was checked before the signature (applyRules)
    const principal = buildPrincipal(profile.profile, parsed.mapping, parsed.claims, scopesOf(parsed.claims));
    const entry: CacheEntry = { token, principal, exp, toleranceSeconds: profile.toleranceSeconds, key, profile };
    const result = this.accept(entry, false);
    if (result instanceof Promise) {
      return result.then((r) => {
        this.verified.set(entry);
        return r;
      });
    }
    this.verified.set(entry);
    return result;
  }

  /** Extracts the bearer token of a node:http request (RFC 6750) and validates it. */
  public authenticate(req: IncomingRequestLike, options?: AuthenticateOptions): Promise<Principal> {
    let token: string;
    try {
      token = extractBearerToken(req, options);
    } catch (err) {
      return Promise.reject(this.reject(err));
    }
    return this.validateRequest(token);
  }

  /** Runs the user hooks on a verified entry (async only when there are hooks) and reports acceptance. */
  private accept(entry: CacheEntry, cached: boolean): Principal | Promise<Principal> {
    if (this.options.isRevoked || (this.options.resolveUser && entry.principal.kind === 'user')) {
      return applyHooks(entry.principal, entry.exp, this.options).then((principal) => this.accepted(principal, cached));
    }
    return this.accepted(entry.principal, cached);
  }

  private accepted(principal: Principal, cached: boolean): Principal {
    if (this.options.onEvent)
      this.emit({ type: 'accepted', profile: principal.profile, kind: principal.kind, username: principal.username, cached });
    return principal;
  }

  private readonly rejectAsync = (err: unknown): Promise<never> => Promise.reject(this.reject(err));

  /** Reports a rejection; returns the error to rethrow. */
  private reject(err: unknown): unknown {
    if (err instanceof TokenValidationError && this.options.onEvent) {
      this.emit({ type: 'rejected', code: err.code, ...(err.profile !== undefined ? { profile: err.profile } : {}) });
    }
    return err;
  }

  private emit(event: ValidatorEvent): void {
    try {
      this.options.onEvent?.(event);
    } catch {
      // a listener never breaks validation
    }
  }
}
