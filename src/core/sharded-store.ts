import type { Scheduler, StorageArea } from './persisted-value';

export interface ShardedArea extends StorageArea {
  getMany(keys: string[]): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

export interface ShardedStoreOptions<T> {
  area: ShardedArea;
  /** Versioned key of the index (shard name -> last touched, ms), e.g. "site-index:v2". */
  indexKey: string;
  /** Versioned prefix of each shard's key, e.g. "site:v2:". */
  prefix: string;
  /** At most one write per this many ms (debounced, trailing). */
  writeDelayMs: number;
  /** Shards kept before the least recently touched are removed. */
  cap: number;
  /** Checks a shard read back; null drops it. */
  validate: (raw: unknown) => T | null;
  scheduler?: Scheduler;
}

const realScheduler: Scheduler = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * Many small values (one per site) kept under their own storage keys plus one small index. A worker start loads only
 * the index; a shard loads the first time it is touched; a write batch stores only the shards that changed. Updates
 * of one shard run in call order, after its load, so concurrent event handlers never overwrite each other.
 */
export class ShardedStore<T> {
  private index: Record<string, number> = {};
  private readonly loadedIndex: Promise<void>;
  private readonly shards = new Map<string, T>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly dirty = new Set<string>();
  private readonly removed = new Set<string>();
  private indexDirty = false;
  private timer: unknown = null;
  private readonly scheduler: Scheduler;
  /** Storage writes issued, for benchmarks and tests. */
  writes = 0;

  constructor(private readonly options: ShardedStoreOptions<T>) {
    this.scheduler = options.scheduler ?? realScheduler;
    this.loadedIndex = this.loadIndex();
  }

  private async loadIndex(): Promise<void> {
    try {
      const got = await this.options.area.get(this.options.indexKey);
      const raw = got[this.options.indexKey];
      if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
        for (const [k, v] of Object.entries(raw)) if (typeof v === 'number') this.index[k] = v;
      }
    } catch {
      // Unreadable storage: start with an empty index rather than stop recording.
    }
  }

  ready(): Promise<void> {
    return this.loadedIndex;
  }

  private key(name: string): string {
    return this.options.prefix + name;
  }

  private async loadShard(name: string): Promise<void> {
    if (this.shards.has(name) || !(name in this.index)) return;
    try {
      const got = await this.options.area.get(this.key(name));
      const valid = this.options.validate(got[this.key(name)]);
      if (valid !== null && !this.shards.has(name)) this.shards.set(name, valid);
    } catch {
      // A shard that cannot be read starts over.
    }
  }

  /** Runs `fn` on one shard (undefined when new) in call order; it returns the new value, or null to delete. */
  update(name: string, fn: (value: T | undefined) => T | null, now: number = Date.now()): Promise<void> {
    const previous = this.queues.get(name) ?? this.loadedIndex;
    const next = previous
      .then(() => this.loadShard(name))
      .then(() => {
        const value = fn(this.shards.get(name));
        if (value === null) this.drop(name);
        else {
          this.shards.set(name, value);
          this.index[name] = now;
          this.dirty.add(name);
          this.removed.delete(name);
          this.indexDirty = true;
          this.evict();
        }
        this.schedule();
      });
    const settled = next.catch(() => undefined);
    this.queues.set(name, settled);
    void settled.then(() => {
      if (this.queues.get(name) === settled) this.queues.delete(name);
    });
    return next;
  }

  private drop(name: string): void {
    this.shards.delete(name);
    this.dirty.delete(name);
    if (name in this.index) {
      delete this.index[name];
      this.removed.add(name);
      this.indexDirty = true;
    }
  }

  private evict(): void {
    const names = Object.keys(this.index);
    if (names.length <= this.options.cap) return;
    names.sort((a, b) => (this.index[a] ?? 0) - (this.index[b] ?? 0));
    for (const n of names.slice(0, names.length - this.options.cap)) this.drop(n);
  }

  /** One shard after its queued updates, loading it if needed. */
  async read(name: string): Promise<T | undefined> {
    await (this.queues.get(name) ?? this.loadedIndex);
    await this.loadShard(name);
    return this.shards.get(name);
  }

  /** One shard if it is already in memory, without waiting. */
  peek(name: string): T | undefined {
    return this.shards.get(name);
  }

  async names(): Promise<string[]> {
    await this.loadedIndex;
    return Object.keys(this.index);
  }

  /** Every shard (the all-sites page and exports): loads those not yet in memory in one storage read. */
  async readAll(): Promise<Record<string, T>> {
    await this.loadedIndex;
    await Promise.all([...this.queues.values()]);
    const missing = Object.keys(this.index).filter((n) => !this.shards.has(n));
    if (missing.length > 0) {
      try {
        const got = await this.options.area.getMany(missing.map((n) => this.key(n)));
        for (const n of missing) {
          const valid = this.options.validate(got[this.key(n)]);
          if (valid !== null && !this.shards.has(n)) this.shards.set(n, valid);
        }
      } catch {
        // Leave unreadable shards out.
      }
    }
    const out: Record<string, T> = {};
    for (const n of Object.keys(this.index)) {
      const v = this.shards.get(n);
      if (v !== undefined) out[n] = v;
    }
    return out;
  }

  private schedule(): void {
    if (this.timer !== null) return;
    this.timer = this.scheduler.setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.options.writeDelayMs);
  }

  /** Writes the changed shards and the index now, and removes evicted shards. */
  async flush(): Promise<void> {
    if (this.timer !== null) {
      this.scheduler.clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.dirty.size === 0 && this.removed.size === 0 && !this.indexDirty) return;
    const items: Record<string, unknown> = {};
    for (const n of this.dirty) items[this.key(n)] = this.shards.get(n);
    if (this.indexDirty) items[this.options.indexKey] = { ...this.index };
    const removed = [...this.removed].map((n) => this.key(n));
    this.dirty.clear();
    this.removed.clear();
    this.indexDirty = false;
    this.writes += 1;
    await this.options.area.set(items);
    if (removed.length > 0) await this.options.area.remove(removed);
  }
}
