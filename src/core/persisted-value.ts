/** The storage a persisted value writes to: storage.session, storage.local, or a plain fake in tests. */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface Scheduler {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realScheduler: Scheduler = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface PersistedValueOptions<T> {
  area: StorageArea | null;
  /** Versioned key, e.g. "tabs:v1": a new shape gets a new key instead of misreading an old one. */
  key: string;
  initial: () => T;
  /** At most one write per this many ms (debounced, trailing). */
  writeDelayMs: number;
  /** Checks what was read back; returns null to start fresh when it is not the expected shape. */
  validate: (raw: unknown) => T | null;
  scheduler?: Scheduler;
}

/**
 * One value kept in memory and mirrored to storage in debounced batches. Every change goes through `update`,
 * which runs after the initial load and in call order, so handlers firing together never overwrite each other
 * (the get-then-set race of concurrent event handlers). `area: null` keeps it in memory only (incognito).
 */
export class PersistedValue<T> {
  private value: T;
  private readonly loaded: Promise<void>;
  private isLoaded = false;
  private queue: Promise<unknown>;
  private timer: unknown = null;
  private dirty = false;
  private readonly scheduler: Scheduler;
  /** Storage writes issued, for benchmarks and tests. */
  writes = 0;

  constructor(private readonly options: PersistedValueOptions<T>) {
    this.value = options.initial();
    this.scheduler = options.scheduler ?? realScheduler;
    this.loaded = this.load();
    this.queue = this.loaded;
  }

  private async load(): Promise<void> {
    if (!this.options.area) {
      this.isLoaded = true;
      return;
    }
    try {
      const got = await this.options.area.get(this.options.key);
      const valid = this.options.validate(got[this.options.key]);
      if (valid !== null) this.value = valid;
    } catch {
      // Unreadable storage: start fresh rather than stop watching cookies.
    }
    this.isLoaded = true;
  }

  ready(): Promise<void> {
    return this.loaded;
  }

  /** The value as it is now if it has loaded, without waiting for queued updates; undefined before the load. */
  peek(): T | undefined {
    return this.isLoaded ? this.value : undefined;
  }

  /** Reads the current value after every queued update has run. */
  async read(): Promise<T> {
    await this.queue;
    return this.value;
  }

  /** Applies `fn` to the value in order; `fn` returns false to say nothing changed (no write). */
  update(fn: (value: T) => unknown): Promise<void> {
    const next = this.queue.then(() => {
      const changed = fn(this.value);
      if (changed !== false) this.markDirty();
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private markDirty(): void {
    if (!this.options.area) return;
    this.dirty = true;
    if (this.timer !== null) return;
    this.timer = this.scheduler.setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.options.writeDelayMs);
  }

  /** Writes now if anything changed since the last write. */
  async flush(): Promise<void> {
    if (!this.options.area || !this.dirty) return;
    if (this.timer !== null) {
      this.scheduler.clearTimeout(this.timer);
      this.timer = null;
    }
    this.dirty = false;
    this.writes += 1;
    await this.options.area.set({ [this.options.key]: this.value });
  }
}
