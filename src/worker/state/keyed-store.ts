import { storedBytes } from '../../core/stored-bytes';
import { isQuotaError, realScheduler, type Scheduler, type StorageArea } from './storage-area';

export interface KeyedStoreOptions<T> {
  /** null: memory only (incognito). */
  area: StorageArea | null;
  /** Versioned key of the index, e.g. "site-index:v2". */
  indexKey: string;
  /** Versioned prefix of each entry's key, e.g. "site:v2:". */
  prefix: string;
  /** At most one write batch per this many ms (debounced, trailing). */
  writeDelayMs: number;
  /** Entries kept before the least recently touched are removed. */
  maxEntries: number;
  /** Bytes one entry may take in storage; `fit` trims it to that before it is written. */
  entryBudget: number;
  /** Bytes all entries together may take; the least recently touched go first beyond it. */
  totalBudget: number;
  /** Trims a value to at most `budget` bytes as stored under `key` (dropping its oldest parts, and saying so). */
  fit: (value: T, budget: number, key: string) => T;
  /** Checks an entry read back; null drops it. */
  validate: (raw: unknown) => T | null;
  scheduler?: Scheduler;
  now?: () => number;
  /** Told the name of each entry evicted whole (count, bytes or quota), so the UI can say that one is gone. */
  onEvict?: (name: string) => void;
}

interface IndexEntry {
  /** Last touched, ms. */
  at: number;
  /** Bytes as last written (0 until written). */
  bytes: number;
}

export interface KeyedStoreStatus {
  writes: number;
  failedWrites: number;
  /** When the last write batch failed even after eviction and a retry; cleared by the next success. */
  pausedSince?: number;
  /** Entries removed to stay within the count or byte limits, or to make room after a quota error. */
  evicted: number;
  /** Bytes the stored entries and the index take. */
  bytes: number;
}

/**
 * Many small values (one per site, or per tab) under their own storage keys plus one small index, so one busy entry
 * cannot stop the others from saving and a worker start reads only the index. Entries load when first touched;
 * updates of one entry run in call order after its load. Every write is accounted for: entries are trimmed to their
 * byte budget, the whole store to its total, an entry counts as saved only after `set()` succeeded, a quota error
 * evicts the least recently touched entries and retries once, and an evicted entry is removed from storage before
 * the index stops naming it (and a new one is written before the index names it). Keys live in Maps: a site named
 * `__proto__` is just a name.
 */
export class KeyedStore<T> {
  private readonly index = new Map<string, IndexEntry>();
  private readonly loadedIndex: Promise<void>;
  private readonly entries = new Map<string, T>();
  private readonly queues = new Map<string, Promise<unknown>>();
  /** name -> generation of its last change; cleared when a write of that generation succeeded. */
  private readonly dirty = new Map<string, number>();
  private readonly removed = new Set<string>();
  private generation = 0;
  private indexDirty = false;
  private timer: unknown = null;
  private flushing: Promise<void> | null = null;
  private readonly scheduler: Scheduler;
  private readonly now: () => number;
  private readonly stats: KeyedStoreStatus = { writes: 0, failedWrites: 0, evicted: 0, bytes: 0 };

  constructor(private readonly options: KeyedStoreOptions<T>) {
    this.scheduler = options.scheduler ?? realScheduler;
    this.now = options.now ?? Date.now;
    this.loadedIndex = this.loadIndex();
  }

  private async loadIndex(): Promise<void> {
    if (!this.options.area) return;
    try {
      const got = await this.options.area.get(this.options.indexKey);
      const raw = got[this.options.indexKey];
      // Stored as [name, at, bytes] triples: no object keys, so no name can collide with Object.prototype.
      if (Array.isArray(raw)) {
        for (const row of raw) {
          if (Array.isArray(row) && typeof row[0] === 'string' && typeof row[1] === 'number') {
            this.index.set(row[0], { at: row[1], bytes: typeof row[2] === 'number' ? row[2] : 0 });
          }
        }
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

  private async loadEntry(name: string): Promise<void> {
    if (!this.options.area || this.entries.has(name) || !this.index.has(name)) return;
    try {
      const got = await this.options.area.get(this.key(name));
      const valid = this.options.validate(got[this.key(name)]);
      if (valid !== null && !this.entries.has(name)) this.entries.set(name, valid);
    } catch {
      // An entry that cannot be read starts over.
    }
  }

  /** Runs `fn` on one entry (undefined when new) in call order; it returns the new value, or null to delete. */
  update(name: string, fn: (value: T | undefined) => T | null): Promise<void> {
    const previous = this.queues.get(name) ?? this.loadedIndex;
    const next = previous
      .then(() => this.loadEntry(name))
      .then(() => {
        const value = fn(this.entries.get(name));
        if (value === null) this.drop(name);
        else {
          this.entries.set(name, value);
          this.touch(name);
        }
        this.schedule(this.options.writeDelayMs);
      });
    const settled = next.catch(() => undefined);
    this.queues.set(name, settled);
    void settled.then(() => {
      if (this.queues.get(name) === settled) this.queues.delete(name);
    });
    return next;
  }

  /** Marks an entry changed in place (after mutating what `read`/`update` gave). */
  private touch(name: string): void {
    const entry = this.index.get(name);
    if (entry) entry.at = this.now();
    else this.index.set(name, { at: this.now(), bytes: 0 });
    this.generation += 1;
    this.dirty.set(name, this.generation);
    this.removed.delete(name);
    this.indexDirty = true;
  }

  private drop(name: string): void {
    this.entries.delete(name);
    this.dirty.delete(name);
    if (this.index.has(name)) {
      this.index.delete(name);
      this.removed.add(name);
      this.indexDirty = true;
    }
  }

  /** Drops a whole entry to make room: counted, and told to whoever must say so. */
  private evict(name: string): void {
    this.drop(name);
    this.stats.evicted += 1;
    this.options.onEvict?.(name);
  }

  /** One entry after its queued updates, loading it if needed. */
  async read(name: string): Promise<T | undefined> {
    await (this.queues.get(name) ?? this.loadedIndex);
    await this.loadEntry(name);
    return this.entries.get(name);
  }

  /** One entry if it is already in memory, without waiting. */
  peek(name: string): T | undefined {
    return this.entries.get(name);
  }

  async names(): Promise<string[]> {
    await this.loadedIndex;
    return [...this.index.keys()];
  }

  /** Every entry (the all-sites page and exports): loads those not yet in memory in one storage read. */
  async readAll(): Promise<Map<string, T>> {
    await this.loadedIndex;
    await Promise.all([...this.queues.values()]);
    const missing = [...this.index.keys()].filter((n) => !this.entries.has(n));
    if (missing.length > 0 && this.options.area) {
      try {
        const got = await this.options.area.get(missing.map((n) => this.key(n)));
        for (const n of missing) {
          const valid = this.options.validate(got[this.key(n)]);
          if (valid !== null && !this.entries.has(n)) this.entries.set(n, valid);
        }
      } catch {
        // Leave unreadable entries out.
      }
    }
    const out = new Map<string, T>();
    for (const n of this.index.keys()) {
      const v = this.entries.get(n);
      if (v !== undefined) out.set(n, v);
    }
    return out;
  }

  status(): KeyedStoreStatus {
    return { ...this.stats };
  }

  private schedule(ms: number): void {
    if (!this.options.area || this.timer !== null) return;
    this.timer = this.scheduler.setTimeout(() => {
      this.timer = null;
      void this.flush().catch(() => undefined);
    }, ms);
  }

  /** Least recently touched first. */
  private oldestFirst(): string[] {
    return [...this.index.entries()].sort((a, b) => a[1].at - b[1].at).map(([n]) => n);
  }

  /** Drops the least recently touched entries until the count and byte limits hold (never those in `keep`). */
  private evictToLimits(keep: ReadonlySet<string>, budget = this.options.totalBudget): void {
    // Entries changed but not yet measured count at their last known size (0 when new) until this write measures them.
    let bytes = 0;
    for (const e of this.index.values()) bytes += e.bytes;
    if (this.index.size <= this.options.maxEntries && bytes <= budget) return;
    for (const n of this.oldestFirst()) {
      if (this.index.size <= this.options.maxEntries && bytes <= budget) break;
      if (keep.has(n)) continue;
      bytes -= this.index.get(n)?.bytes ?? 0;
      this.evict(n);
    }
  }

  /** Writes what changed now. Concurrent calls wait for the write in progress and then write what is left. */
  async flush(): Promise<void> {
    if (this.timer !== null) {
      this.scheduler.clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.flushing) await this.flushing;
    if (!this.options.area || (this.dirty.size === 0 && this.removed.size === 0 && !this.indexDirty)) return;
    this.flushing = this.writeBatch().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async writeBatch(): Promise<void> {
    const area = this.options.area as StorageArea;
    const batch = new Map(this.dirty);
    const items: Record<string, unknown> = {};
    for (const name of batch.keys()) {
      const value = this.entries.get(name);
      if (value === undefined) continue;
      const key = this.key(name);
      const fitted = this.options.fit(value, this.options.entryBudget, key);
      this.entries.set(name, fitted);
      items[key] = fitted;
      const entry = this.index.get(name);
      if (entry) entry.bytes = storedBytes(key, fitted);
    }
    this.evictToLimits(new Set());
    for (const name of batch.keys()) if (!this.index.has(name)) delete items[this.key(name)];
    this.stats.writes += 1;
    try {
      await this.writeOnce(area, items);
    } catch (error) {
      if (!isQuotaError(error)) return this.failed(error);
      // Make room: the oldest quarter of what is not being written, then one retry.
      const others = this.oldestFirst().filter((n) => !batch.has(n));
      for (const n of others.slice(0, Math.max(1, Math.ceil(others.length / 4)))) this.evict(n);
      try {
        await this.writeOnce(area, items);
      } catch (retryError) {
        return this.failed(retryError);
      }
    }
    for (const [name, generation] of batch) if (this.dirty.get(name) === generation) this.dirty.delete(name);
    delete this.stats.pausedSince;
    this.measure();
  }

  /**
   * Gives up the least recently touched entries until about `bytes` of storage are freed (or none is left), for a
   * write in the same area that must not fail (settings, the user's corrections). Each entry leaves storage before
   * the index stops naming it, and is counted as evicted. Answers the bytes freed.
   */
  async release(bytes: number): Promise<number> {
    await this.loadedIndex;
    while (this.flushing) await this.flushing.catch(() => undefined);
    const area = this.options.area;
    if (!area) return 0;
    let freed = 0;
    for (const n of this.oldestFirst()) {
      if (freed >= bytes) break;
      freed += (this.index.get(n)?.bytes ?? 0) + storedBytes('', [n, 0, 0]);
      this.evict(n);
    }
    if (this.removed.size === 0) return 0;
    this.flushing = this.writeOnce(area, {})
      .then(() => this.measure())
      .finally(() => {
        this.flushing = null;
      });
    try {
      await this.flushing;
    } catch {
      // The index could not be rewritten (it is, at the next flush); the entries removed still freed their room.
    }
    return freed;
  }

  /** Bytes the stored entries and the index take, as last written. */
  private measure(): void {
    let bytes = 0;
    for (const e of this.index.values()) bytes += e.bytes;
    this.stats.bytes = bytes + storedBytes(this.options.indexKey, this.indexRows());
  }

  private failed(error: unknown): never {
    this.stats.failedWrites += 1;
    this.stats.pausedSince ??= this.now();
    // What was not saved stays dirty and is tried again later.
    this.schedule(Math.max(5000, this.options.writeDelayMs));
    throw error;
  }

  private indexRows(): [string, number, number][] {
    return [...this.index.entries()].map(([n, e]) => [n, e.at, e.bytes]);
  }

  /** Removed entries leave storage first, new ones arrive before the index names them, then the index. */
  private async writeOnce(area: StorageArea, items: Record<string, unknown>): Promise<void> {
    if (this.removed.size > 0) {
      const gone = [...this.removed];
      await area.remove(gone.map((n) => this.key(n)));
      for (const n of gone) this.removed.delete(n);
    }
    if (Object.keys(items).length > 0) await area.set(items);
    if (this.indexDirty) {
      this.indexDirty = false;
      try {
        await area.set({ [this.options.indexKey]: this.indexRows() });
      } catch (error) {
        this.indexDirty = true;
        throw error;
      }
    }
  }
}
