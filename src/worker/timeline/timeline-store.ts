import type { TimelineEvent, Visit } from '../../core/timeline/event';
import {
  appendEvents,
  appendVisit,
  emptySiteLog,
  pruneOlderThan,
  SITE_LOG_BUDGET_BYTES,
  type SiteLog,
} from '../../core/timeline/site-log';
import { type SiteTimelineMeta, siteMeta } from '../../core/timeline/site-meta';

/** Where site logs are kept: IndexedDB in the extension, a Map in tests. */
export interface TimelineBackend {
  load(site: string): Promise<SiteLog | undefined>;
  /** Writes logs and their metas in one transaction: both or neither. */
  save(entries: { log: SiteLog; meta: SiteTimelineMeta }[]): Promise<void>;
  remove(site: string): Promise<void>;
  listMeta(): Promise<SiteTimelineMeta[]>;
}

export interface TimelineStoreOptions {
  backend: TimelineBackend;
  now: () => number;
  /** Days of history kept (the All-sites page's retention setting); read at each write. */
  retentionDays: () => number | Promise<number>;
  budgetBytes?: number;
  /** Bytes all sites' timelines may take together; the sites whose timelines moved least recently go first. */
  totalBudgetBytes?: number;
  /** Trailing delay of a write batch, and the longest an event waits under constant churn. */
  writeDelayMs?: number;
  maxWaitMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Logs kept in memory between writes (the most recently used). */
  cacheSites?: number;
}

export interface TimelineStore {
  /** Queues an event for a site; `incognito` keeps it in memory only. */
  record(site: string, event: TimelineEvent, incognito?: boolean): void;
  noteVisit(site: string, visit: Visit, incognito?: boolean): void;
  /**
   * The site's log as it stands, queued events included. A read: nothing is written. The arrays are the caller's
   * own; the events in them are shared and must not be changed.
   */
  read(site: string, incognito?: boolean): Promise<SiteLog>;
  /** Forgets a site's timeline (the "Clear this site's history" button). */
  clear(site: string): Promise<void>;
  /** Every site's meta, with what is queued counted in. */
  listMeta(): Promise<SiteTimelineMeta[]>;
  /** Writes what is queued now (tests, and before a forced stop in benchmarks). */
  flush(): Promise<void>;
  /** Writes that failed since start, shown rather than swallowed. */
  readonly failedWrites: number;
  readonly writes: number;
  /** Whole sites' timelines removed to stay within the total budget. */
  readonly evictedSites: number;
}

export const DEFAULT_RETENTION_DAYS = 30;
/** 20 sites at their full 5 MB budget: IndexedDB has room (a share of the disk), a profile should not fill it. */
export const TIMELINE_TOTAL_BUDGET_BYTES = 100 * 1024 * 1024;
const DAY = 86_400_000;

interface Pending {
  events: TimelineEvent[];
  visits: Visit[];
}

/**
 * The timeline's state: events are queued per site and written in batches (at most one write per `writeDelayMs`,
 * never later than `maxWaitMs` after the first queued event), each batch one transaction with only the sites that
 * changed. Incognito sites never reach the backend. Writes run one at a time, so a batch never races another
 * (a get-then-set from two handlers would lose events).
 */
export function createTimelineStore(options: TimelineStoreOptions): TimelineStore {
  const budget = options.budgetBytes ?? SITE_LOG_BUDGET_BYTES;
  const delay = options.writeDelayMs ?? 200;
  const maxWait = options.maxWaitMs ?? 1000;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const cacheSites = options.cacheSites ?? 20;

  const pending = new Map<string, Pending>();
  const cache = new Map<string, SiteLog>();
  const incognitoLogs = new Map<string, SiteLog>();
  let timer: unknown = null;
  let firstQueuedAt = 0;
  let writing: Promise<void> = Promise.resolve();
  let failedWrites = 0;
  let writes = 0;
  let evictedSites = 0;
  const totalBudget = options.totalBudgetBytes ?? TIMELINE_TOTAL_BUDGET_BYTES;

  function queue(site: string): Pending {
    let p = pending.get(site);
    if (!p) {
      p = { events: [], visits: [] };
      pending.set(site, p);
    }
    return p;
  }

  function schedule(): void {
    const now = options.now();
    if (timer === null) firstQueuedAt = now;
    else clearTimer(timer);
    const wait = Math.max(0, Math.min(delay, firstQueuedAt + maxWait - now));
    timer = setTimer(() => {
      timer = null;
      void flush();
    }, wait);
  }

  function memoryLog(site: string): SiteLog {
    let log = incognitoLogs.get(site);
    if (!log) {
      log = emptySiteLog(site);
      incognitoLogs.set(site, log);
    }
    return log;
  }

  async function loadLog(site: string): Promise<SiteLog> {
    const cached = cache.get(site);
    if (cached) {
      // Most recently used last.
      cache.delete(site);
      cache.set(site, cached);
      return cached;
    }
    let log: SiteLog | undefined;
    try {
      log = await options.backend.load(site);
    } catch {
      log = undefined;
    }
    const valid =
      log && log.v === 1 && Array.isArray(log.events) && Array.isArray(log.visits) ? log : emptySiteLog(site);
    cache.set(site, valid);
    while (cache.size > cacheSites) cache.delete(cache.keys().next().value as string);
    return valid;
  }

  function applyPending(log: SiteLog, p: Pending | undefined): void {
    if (!p) return;
    for (const v of p.visits) appendVisit(log, v, budget);
    appendEvents(log, p.events, budget);
  }

  async function writeBatch(): Promise<void> {
    if (pending.size === 0) return;
    const batch = [...pending];
    pending.clear();
    const now = options.now();
    const cutoff = now - (await options.retentionDays()) * DAY;
    const entries: { log: SiteLog; meta: SiteTimelineMeta }[] = [];
    for (const [site, p] of batch) {
      const log = await loadLog(site);
      applyPending(log, p);
      pruneOlderThan(log, cutoff);
      entries.push({ log, meta: siteMeta(log, now) });
    }
    try {
      await options.backend.save(entries);
      writes += 1;
      await keepWithinTotal(new Set(entries.map((e) => e.log.site)));
    } catch {
      failedWrites += 1;
      // The cached logs hold events that were not saved: forget them (the next read loads what was saved) and
      // put the events back, so the next batch tries again.
      for (const [site, p] of batch) {
        cache.delete(site);
        const q = queue(site);
        q.events = p.events.concat(q.events);
        q.visits = p.visits.concat(q.visits);
      }
      schedule();
    }
  }

  /** Removes the least recently changed sites (never one just written) until all timelines fit the total budget. */
  async function keepWithinTotal(justWritten: ReadonlySet<string>): Promise<void> {
    const metas = await options.backend.listMeta();
    let total = metas.reduce((sum, m) => sum + m.bytes, 0);
    if (total <= totalBudget) return;
    for (const m of [...metas].sort((a, b) => a.lastEventAt - b.lastEventAt)) {
      if (total <= totalBudget) break;
      if (justWritten.has(m.site)) continue;
      await options.backend.remove(m.site);
      cache.delete(m.site);
      total -= m.bytes;
      evictedSites += 1;
    }
  }

  function flush(): Promise<void> {
    if (timer !== null) {
      clearTimer(timer);
      timer = null;
    }
    writing = writing.then(writeBatch, writeBatch);
    return writing;
  }

  return {
    record(site, event, incognito = false) {
      if (!site) return;
      if (incognito) {
        appendEvents(memoryLog(site), [event], budget);
        return;
      }
      queue(site).events.push(event);
      schedule();
    },
    noteVisit(site, visit, incognito = false) {
      if (!site) return;
      if (incognito) {
        appendVisit(memoryLog(site), visit, budget);
        return;
      }
      queue(site).visits.push(visit);
      schedule();
    },
    async read(site, incognito = false) {
      if (incognito) return copy(incognitoLogs.get(site) ?? emptySiteLog(site));
      await writing;
      const log = copy(await loadLog(site));
      applyPending(log, pending.get(site));
      pruneOlderThan(log, options.now() - (await options.retentionDays()) * DAY);
      return log;
    },
    async clear(site) {
      pending.delete(site);
      incognitoLogs.delete(site);
      await writing;
      cache.delete(site);
      await options.backend.remove(site);
    },
    async listMeta() {
      await writing;
      const metas = new Map((await options.backend.listMeta()).map((m) => [m.site, m]));
      const now = options.now();
      for (const site of pending.keys()) {
        const log = copy(await loadLog(site));
        applyPending(log, pending.get(site));
        metas.set(site, siteMeta(log, now));
      }
      return [...metas.values()];
    },
    flush,
    get failedWrites() {
      return failedWrites;
    },
    get writes() {
      return writes;
    },
    get evictedSites() {
      return evictedSites;
    },
  };
}

// Appending and pruning change the arrays and counters, never an event: a copy of those is enough.
function copy(log: SiteLog): SiteLog {
  return { ...log, events: [...log.events], visits: [...log.visits] };
}
