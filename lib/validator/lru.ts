/** A bounded least-recently-used map. Capacity 0 stores nothing. */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(public readonly capacity: number) {}

  /** The value for `key`, marking it most recently used. */
  public get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  /** Stores `value`, evicting the least recently used entry when full. */
  public set(key: K, value: V): void {
    if (this.capacity <= 0) return;
    this.map.delete(key);
    if (this.map.size >= this.capacity) this.map.delete(this.map.keys().next().value as K);
    this.map.set(key, value);
  }

  public delete(key: K): void {
    this.map.delete(key);
  }

  public get size(): number {
    return this.map.size;
  }
}
