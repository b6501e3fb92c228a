// A bounded map that drops the least recently used entries first, for the parts a process keeps
// across documents (reused-parts.ts, deflate-cache.ts): a batch of one template hits the same
// few keys, an archive of many templates must not grow without end.

export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();
  private weight = 0;

  /** `weigh`: what an entry counts against `capacity` (1 for a count of entries). */
  constructor(private readonly capacity: number, private readonly weigh: (key: K, value: V) => number = () => 1) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Re-inserted: Map order is then least recently used first.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** Keeps the entry unless it alone outweighs the capacity; drops the oldest to make room. */
  set(key: K, value: V): void {
    const weight = this.weigh(key, value);
    if (weight > this.capacity) return;
    this.delete(key);
    this.entries.set(key, value);
    this.weight += weight;
    for (const [oldest, old] of this.entries) {
      if (this.weight <= this.capacity) break;
      this.entries.delete(oldest);
      this.weight -= this.weigh(oldest, old);
    }
  }

  delete(key: K): void {
    const value = this.entries.get(key);
    if (value === undefined) return;
    this.entries.delete(key);
    this.weight -= this.weigh(key, value);
  }

  clear(): void {
    this.entries.clear();
    this.weight = 0;
  }
}
