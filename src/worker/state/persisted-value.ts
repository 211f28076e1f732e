import { storedBytes } from '../../core/stored-bytes';
import { isQuotaError, realScheduler, type Scheduler, type StorageArea } from './storage-area';

export interface PersistedValueOptions<T> {
  area: StorageArea | null;
  /** Versioned key, e.g. "settings:v1": a new shape gets a new key instead of misreading an old one. */
  key: string;
  initial: () => T;
  /** At most one write per this many ms (debounced, trailing). */
  writeDelayMs: number;
  /** Checks what was read back; returns null to start fresh when it is not the expected shape. */
  validate: (raw: unknown) => T | null;
  scheduler?: Scheduler;
  /**
   * For a value that must never be the write that fails (settings, the user's corrections): on a quota error, asks
   * bulk data in the same area to give up at least this many bytes (answering how many it freed), then tries again.
   */
  makeRoom?: (bytes: number) => Promise<number>;
}

/**
 * One small value kept in memory and mirrored to storage. Every change goes through `update`, which runs after the
 * initial load and in call order, so handlers firing together never overwrite each other (the get-then-set race).
 * The value counts as saved only once `set()` succeeded; a failed write is retried. `area: null` keeps it in memory.
 */
export class PersistedValue<T> {
  private value: T;
  private readonly loaded: Promise<void>;
  private queue: Promise<unknown>;
  private timer: unknown = null;
  /** Bumped by every change; the write that saved generation N clears `dirty` only if nothing changed since. */
  private generation = 0;
  private savedGeneration = 0;
  private readonly scheduler: Scheduler;
  /** Storage writes issued and failed, for benchmarks, tests and the storage status. */
  writes = 0;
  failedWrites = 0;

  constructor(private readonly options: PersistedValueOptions<T>) {
    this.value = options.initial();
    this.scheduler = options.scheduler ?? realScheduler;
    this.loaded = this.load();
    this.queue = this.loaded;
  }

  private async load(): Promise<void> {
    if (!this.options.area) return;
    try {
      const got = await this.options.area.get(this.options.key);
      const valid = this.options.validate(got[this.options.key]);
      if (valid !== null) this.value = valid;
    } catch {
      // Unreadable storage: start fresh rather than stop watching cookies.
    }
  }

  ready(): Promise<void> {
    return this.loaded;
  }

  /** Reads the current value after every queued update has run. */
  async read(): Promise<T> {
    await this.queue;
    return this.value;
  }

  /** Applies `fn` to the value in order; `fn` returns false to say nothing changed (no write). */
  update(fn: (value: T) => unknown): Promise<void> {
    const next = this.queue.then(() => {
      if (fn(this.value) !== false) this.markDirty();
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private markDirty(): void {
    if (!this.options.area) return;
    this.generation += 1;
    this.schedule(this.options.writeDelayMs);
  }

  private schedule(ms: number): void {
    if (this.timer !== null) return;
    this.timer = this.scheduler.setTimeout(() => {
      this.timer = null;
      void this.flush().catch(() => undefined);
    }, ms);
  }

  get dirty(): boolean {
    return this.generation !== this.savedGeneration;
  }

  /** Writes now if anything changed since the last successful write; rejects when the write fails. */
  async flush(): Promise<void> {
    if (!this.options.area || !this.dirty) return;
    if (this.timer !== null) {
      this.scheduler.clearTimeout(this.timer);
      this.timer = null;
    }
    const generation = this.generation;
    this.writes += 1;
    try {
      await this.writeMakingRoom(this.options.area);
      this.savedGeneration = Math.max(this.savedGeneration, generation);
    } catch (error) {
      this.failedWrites += 1;
      // Still dirty: try again later rather than lose the change.
      this.schedule(Math.max(1000, this.options.writeDelayMs));
      throw error;
    }
  }

  /** One write; on a quota error, room made by bulk data (twice as much each round) until it fits or none is left. */
  private async writeMakingRoom(area: StorageArea): Promise<void> {
    const items = { [this.options.key]: this.value };
    try {
      await area.set(items);
      return;
    } catch (error) {
      if (!this.options.makeRoom || !isQuotaError(error)) throw error;
    }
    let wanted = storedBytes(this.options.key, this.value);
    for (;;) {
      const freed = await this.options.makeRoom(wanted);
      try {
        await area.set(items);
        return;
      } catch (error) {
        // Nothing left to give up: the area is full of what is not ours, and the failure is told.
        if (freed === 0 || !isQuotaError(error)) throw error;
        wanted *= 2;
      }
    }
  }
}
