/**
 * The verified-token cache: a bounded LRU of accepted tokens, matched on the exact token
 * string. Entries are indexed by 30 bits taken from the signature's last characters, so a
 * lookup never hashes the whole token (a fresh header string costs ~1 µs to hash); a hit still
 * requires the whole string to be equal, and an index collision is only a miss. An entry serves
 * until the token's `exp` (plus tolerance) and only while its signing key is still published.
 */
import type { CompiledProfile } from './compiled-profile';
import type { VerificationKey } from './keys';
import { LruCache } from './lru';
import type { Principal } from './principal';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SEXTET = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) SEXTET[ALPHABET.charCodeAt(i)] = i;

/** 30 bits of the five characters before the last one (whole sextets of the signature). */
function indexKey(token: string): number {
  const n = token.length;
  let key = 0;
  for (let i = n - 6; i < n - 1; i++) key = key * 64 + SEXTET[token.charCodeAt(i) & 127]!;
  return key;
}

/** A verified token. */
export interface CacheEntry {
  readonly token: string;
  readonly principal: Principal;
  readonly exp: number;
  readonly toleranceSeconds: number;
  readonly key: VerificationKey;
  readonly profile: CompiledProfile;
}

/** Accepted tokens by exact string. Capacity 0 disables it. */
export class TokenCache {
  private readonly lru: LruCache<number, CacheEntry>;

  constructor(capacity: number) {
    this.lru = new LruCache(capacity);
  }

  /** The live entry for exactly `token`, or undefined (expired or retired entries are dropped). */
  public get(token: string, nowSeconds: number): CacheEntry | undefined {
    if (this.lru.capacity <= 0) return undefined;
    if (token.length < 8) return undefined;
    const index = indexKey(token);
    const entry = this.lru.get(index);
    if (entry === undefined || entry.token !== token) return undefined;
    if (entry.key.retired || entry.exp <= nowSeconds - entry.toleranceSeconds) {
      this.lru.delete(index);
      return undefined;
    }
    return entry;
  }

  public set(entry: CacheEntry): void {
    if (this.lru.capacity > 0) this.lru.set(indexKey(entry.token), entry);
  }
}
