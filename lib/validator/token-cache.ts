/**
 * The verified-token cache: a bounded LRU of accepted tokens, matched on the exact token
 * string. Entries are indexed by 30 bits taken from the signature's last characters, so a
 * lookup never hashes the whole token (a fresh header string costs ~1 µs to hash); a hit still
 * requires the whole string to be equal, and an index collision is only a miss. An entry serves
 * until the token's `exp` (plus tolerance) and only while its signing key is still published.
 *
 * Admission on the second sighting (a doorkeeper, as in TinyLFU): a token verified for the first
 * time only leaves its 30-bit index in a set of integers; it enters the cache when it is
 * verified again while that mark is still there. Tokens presented once (a client that fetches a
 * token per call, every token of a flood of distinct tokens) then never evict the entries of
 * tokens in real reuse, and they are not kept alive for the garbage collector to copy and mark.
 * The marks are forgotten all at once when they reach twice the capacity, so a token can miss
 * its admission only by waiting longer between sightings than the cache could have kept it; two
 * tokens sharing an index only admit each other one sighting early.
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

/** Accepted tokens by exact string, admitted on their second verification. Capacity 0 disables it. */
export class TokenCache {
  private readonly lru: LruCache<number, CacheEntry>;
  /** Indexes of tokens verified once and not admitted yet; forgotten all at once at twice the capacity. */
  private readonly seen = new Set<number>();

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

  /** Records a verified token: enters it when its previous verification is still remembered. */
  public set(entry: CacheEntry): void {
    if (this.lru.capacity <= 0 || entry.token.length < 8) return;
    const index = indexKey(entry.token);
    if (this.seen.delete(index)) {
      this.lru.set(index, entry);
      return;
    }
    if (this.seen.size >= this.lru.capacity * 2) this.seen.clear();
    this.seen.add(index);
  }
}
