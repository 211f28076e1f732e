import { utf8Length } from '../clip';
import type { TimelineEvent, Visit } from './event';

export const SITE_LOG_VERSION = 1;

/** One site's timeline: its events and visits in time order, and how much the budget made it drop. */
export interface SiteLog {
  v: typeof SITE_LOG_VERSION;
  site: string;
  events: TimelineEvent[];
  visits: Visit[];
  /** Events dropped, oldest first, to stay within the byte budget. */
  dropped: number;
  /**
   * Ordinal of `events[0]`: events ever removed from the front (budget and retention). Stored chunks are numbered
   * by it, so removing old events never renumbers the chunks already written.
   */
  first: number;
  /** Serialised size of `events` and `visits` (UTF-8 JSON bytes), kept as entries come and go. */
  bytes: number;
}

/**
 * Bytes one site's timeline may take, counted as the events' spelled-out JSON (what an export holds, ≈ 440 bytes an
 * event of a busy site): about 12,000 events. IndexedDB keeps them compact (event-chunk.ts, ≈ 115 bytes an event as
 * bench/timeline.ts measures), so a site at its budget takes ≈ 1.4 MB on disk; IndexedDB's quota is a share of the
 * disk, not storage.local's 10 MB. Trimming goes down to 90 % of the budget so a site at its limit is not trimmed
 * on every event.
 */
export const SITE_LOG_BUDGET_BYTES = 5 * 1024 * 1024;
const TRIM_TO = 0.9;

export function emptySiteLog(site: string): SiteLog {
  return { v: SITE_LOG_VERSION, site, events: [], visits: [], dropped: 0, first: 0, bytes: 0 };
}

/** Size an entry adds to the serialised arrays: its JSON plus the separating comma. */
export function entryBytes(entry: TimelineEvent | Visit): number {
  return utf8Length(JSON.stringify(entry)) + 1;
}

/** Appends events (in time order) and trims the oldest entries if the log outgrew its budget. */
export function appendEvents(log: SiteLog, events: readonly TimelineEvent[], budget = SITE_LOG_BUDGET_BYTES): void {
  for (const e of events) {
    insertInOrder(log.events, e);
    log.bytes += entryBytes(e);
  }
  if (log.bytes > budget) trim(log, Math.floor(budget * TRIM_TO));
}

export function appendVisit(log: SiteLog, visit: Visit, budget = SITE_LOG_BUDGET_BYTES): void {
  if (log.visits.some((v) => v.at === visit.at && v.tabId === visit.tabId)) return;
  insertInOrder(log.visits, visit);
  log.bytes += entryBytes(visit);
  if (log.bytes > budget) trim(log, Math.floor(budget * TRIM_TO));
}

// Events arrive in time order almost always; a batch from two tabs can be a few ms apart, so insert from the end.
function insertInOrder<T extends { at: number }>(list: T[], item: T): void {
  let i = list.length;
  while (i > 0 && list[i - 1]!.at > item.at) i--;
  if (i === list.length) list.push(item);
  else list.splice(i, 0, item);
}

/**
 * Drops the oldest entries, events or visits, until the log takes at most `target` bytes. Visits are dropped with
 * the events around them; the visit the oldest kept event belongs to is kept while any of its events remain.
 */
function trim(log: SiteLog, target: number): void {
  let e = 0;
  let v = 0;
  let bytes = log.bytes;
  while (bytes > target && (e < log.events.length || v < log.visits.length)) {
    const event = log.events[e];
    const visit = log.visits[v];
    const nextVisit = log.visits[v + 1];
    // A visit goes first when its successor started before the oldest event left (none of its events remain).
    const dropVisit =
      visit !== undefined && (event === undefined || (nextVisit !== undefined && nextVisit.at <= event.at));
    if (dropVisit) {
      bytes -= entryBytes(visit);
      v++;
    } else if (event !== undefined) {
      bytes -= entryBytes(event);
      e++;
    } else break;
  }
  log.events.splice(0, e);
  log.visits.splice(0, v);
  log.dropped += e;
  log.first += e;
  log.bytes = bytes;
}

/** Forgets what is older than `cutoff` (ms): the retention setting, not the budget, so nothing counts as dropped. */
export function pruneOlderThan(log: SiteLog, cutoff: number): boolean {
  const e = log.events.findIndex((x) => x.at >= cutoff);
  const v = log.visits.findIndex((x) => x.at >= cutoff);
  const dropEvents = e === -1 ? log.events.length : e;
  const dropVisits = v === -1 ? log.visits.length : v;
  if (dropEvents === 0 && dropVisits === 0) return false;
  for (let i = 0; i < dropEvents; i++) log.bytes -= entryBytes(log.events[i]!);
  for (let i = 0; i < dropVisits; i++) log.bytes -= entryBytes(log.visits[i]!);
  log.events.splice(0, dropEvents);
  log.visits.splice(0, dropVisits);
  log.first += dropEvents;
  return true;
}

/** Bytes the whole log takes in storage (what a byte-budgeted store measures). */
export function siteLogBytes(log: SiteLog): number {
  return utf8Length(JSON.stringify(log));
}
