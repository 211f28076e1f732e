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
import { logFromStored, type StoredSite, type StoredWrite, storedWrite } from '../../core/timeline/stored-log';
import { buildTimelineView, type TimelineView } from '../../core/timeline/timeline-view';

/** One site's records in a save: its head and changed chunks, the Timeline tab's first view, and its meta. */
export interface SiteWrite extends StoredWrite {
  view: TimelineView;
  meta: SiteTimelineMeta;
}

/** Where site logs are kept: IndexedDB in the extension, a Map in tests. */
export interface TimelineBackend {
  /** The head and every chunk: the whole log (writes, exports, "Show all"). */
  load(site: string): Promise<StoredSite | undefined>;
  /** The Timeline tab's first view as saved with the last write: one small record, for a cold worker. */
  loadView(site: string): Promise<TimelineView | undefined>;
  /** Writes the sites' records in one transaction: all or none. */
  save(writes: SiteWrite[]): Promise<void>;
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
  /**
   * The Timeline tab's first view (TIMELINE_VIEW_LIMITS), without reading the whole log when it can: from memory
   * when the log is loaded (built once per change), else from the view record saved with the last write. A read.
   */
  readView(site: string, incognito?: boolean): Promise<TimelineView>;
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
  // A load in flight, so two readers (the popup's two first messages) never read the same log twice.
  const loading = new Map<string, Promise<SiteLog>>();
  // The first view built from a cached log, and the log's `changes` it was built at.
  const views = new Map<string, { changes: number; view: TimelineView }>();
  const changes = new Map<string, number>();
  const bump = (site: string) => changes.set(site, (changes.get(site) ?? 0) + 1);
  /** Keeps a site's first view, as many sites as logs are cached (the most recently used). */
  function remember(site: string, at: number, view: TimelineView): void {
    views.delete(site);
    views.set(site, { changes: at, view });
    while (views.size > cacheSites) views.delete(views.keys().next().value as string);
  }
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

  function loadLog(site: string): Promise<SiteLog> {
    const cached = cache.get(site);
    if (cached) {
      // Most recently used last.
      cache.delete(site);
      cache.set(site, cached);
      return Promise.resolve(cached);
    }
    let inFlight = loading.get(site);
    if (!inFlight) {
      const changesAtStart = changes.get(site);
      inFlight = (async () => {
        let log: SiteLog;
        try {
          const stored = await options.backend.load(site);
          // A record that cannot be read is a lost history, not a stuck site: start again (the next write
          // replaces it).
          log = stored ? logFromStored(stored) : emptySiteLog(site);
        } catch {
          log = emptySiteLog(site);
        }
        loading.delete(site);
        // A clear or a failed write while loading makes what was read stale: do not keep it.
        if (changes.get(site) === changesAtStart) {
          cache.set(site, log);
          while (cache.size > cacheSites) cache.delete(cache.keys().next().value as string);
        }
        return log;
      })();
      loading.set(site, inFlight);
    }
    return inFlight;
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
    const entries: SiteWrite[] = [];
    for (const [site, p] of batch) {
      const log = await loadLog(site);
      const dirtyFrom = log.first + firstChangedIndex(log.events, p.events);
      applyPending(log, p);
      pruneOlderThan(log, cutoff);
      bump(site);
      const view = buildTimelineView(log, { now });
      remember(site, changes.get(site) ?? 0, view);
      entries.push({ ...storedWrite(log, dirtyFrom), view, meta: siteMeta(log, now) });
    }
    try {
      await options.backend.save(entries);
      writes += 1;
      await keepWithinTotal(new Set(entries.map((e) => e.head.site)));
    } catch {
      failedWrites += 1;
      // The cached logs hold events that were not saved: forget them (the next read loads what was saved) and
      // put the events back, so the next batch tries again.
      for (const [site, p] of batch) {
        cache.delete(site);
        views.delete(site);
        bump(site);
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
      views.delete(m.site);
      bump(m.site);
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

  async function read(site: string, incognito = false): Promise<SiteLog> {
    if (incognito) return copy(incognitoLogs.get(site) ?? emptySiteLog(site));
    await writing;
    const log = copy(await loadLog(site));
    applyPending(log, pending.get(site));
    pruneOlderThan(log, options.now() - (await options.retentionDays()) * DAY);
    return log;
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
    read,
    async readView(site, incognito = false) {
      const now = options.now();
      if (incognito) return buildTimelineView(incognitoLogs.get(site) ?? emptySiteLog(site), { now });
      await writing;
      if (!pending.has(site)) {
        const memo = views.get(site);
        if (memo && memo.changes === (changes.get(site) ?? 0)) return memo.view;
        if (!cache.has(site) && !loading.has(site)) {
          const saved = await options.backend.loadView(site).catch(() => undefined);
          if (saved && typeof saved === 'object' && Array.isArray(saved.groups)) return saved;
        }
      }
      const quiet = !pending.has(site);
      const at = changes.get(site) ?? 0;
      const view = buildTimelineView(await read(site), { now });
      // Kept only if nothing arrived meanwhile: the next open of the tab is then a lookup.
      if (quiet && !pending.has(site) && (changes.get(site) ?? 0) === at) remember(site, at, view);
      return view;
    },
    async clear(site) {
      pending.delete(site);
      incognitoLogs.delete(site);
      await writing;
      cache.delete(site);
      views.delete(site);
      bump(site);
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

/**
 * Index in `events` from which the log changes when `incoming` is merged in: they are inserted by time, so nothing
 * before the first saved event at or after the earliest incoming one moves.
 */
function firstChangedIndex(events: readonly TimelineEvent[], incoming: readonly TimelineEvent[]): number {
  if (incoming.length === 0) return events.length;
  let earliest = incoming[0]!.at;
  for (const e of incoming) if (e.at < earliest) earliest = e.at;
  let i = events.length;
  while (i > 0 && events[i - 1]!.at > earliest) i--;
  return i;
}

// Appending and pruning change the arrays and counters, never an event: a copy of those is enough.
function copy(log: SiteLog): SiteLog {
  return { ...log, events: [...log.events], visits: [...log.visits] };
}
