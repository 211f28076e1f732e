import { dailyCounts } from './chart-layout';
import type { SiteLog } from './site-log';

/** What the All-sites page needs of a site's timeline without loading it: kept beside the log, written with it. */
export interface SiteTimelineMeta {
  site: string;
  events: number;
  dropped: number;
  bytes: number;
  /** ms of the newest event, 0 when none: the "changed recently" sort. */
  lastEventAt: number;
  /** Events per day for the 30 days before `countedAt`, oldest first: the sparkline. */
  daily: number[];
  countedAt: number;
}

export function siteMeta(log: SiteLog, now: number): SiteTimelineMeta {
  return {
    site: log.site,
    events: log.events.length,
    dropped: log.dropped,
    bytes: log.bytes,
    lastEventAt: log.events.at(-1)?.at ?? 0,
    daily: dailyCounts(
      log.events.map((e) => e.at),
      now,
    ),
    countedAt: now,
  };
}
