import { changedSinceLastVisit, type SinceLastVisit } from './changed-since';
import { type ChartLayout, chartLayout } from './chart-layout';
import type { TimelineEvent, Visit } from './event';
import { type FirstSeconds, firstSeconds } from './first-seconds';
import type { SiteLog } from './site-log';
import { groupByVisit } from './visit-groups';

export interface TimelineGroupView {
  visit: Visit | null;
  firstSeconds: FirstSeconds | null;
  /** Newest first, at most `perGroup` of them: the popup asks for the rest when a person wants them. */
  events: TimelineEvent[];
  total: number;
}

/** What the popup's Timeline tab shows for one site: built by the worker, rendered as it is. */
export interface TimelineView {
  site: string;
  dropped: number;
  totalEvents: number;
  /** Visits (groups) the log holds: more than `groups.length` offers "Load older visits". */
  visits: number;
  groups: TimelineGroupView[];
  chart: ChartLayout;
  sinceLastVisit: SinceLastVisit | null;
}

export interface TimelineViewOptions {
  now: number;
  /** Events per visit sent to the popup; a site with 10,000 events stays quick to open. */
  perGroup?: number;
  /** Visits sent (newest first). */
  maxGroups?: number;
}

/**
 * What the popup gets at first: 5 visits × 10 events at most, so a site with 10,000 events opens as fast as one
 * with 50. The rows are the cost (rendering ~1,500 rows took over a second here, 176 rows ≈ 80 ms on a loaded
 * 2-core machine, bench/timeline.ts); "Load older visits" and "Show all" ask for more.
 */
export const TIMELINE_VIEW_LIMITS = { perGroup: 10, maxGroups: 5 } as const;

/** Builds the Timeline tab's data from a site's log. A read: it changes nothing. */
export function buildTimelineView(log: SiteLog, options: TimelineViewOptions): TimelineView {
  const perGroup = options.perGroup ?? TIMELINE_VIEW_LIMITS.perGroup;
  const maxGroups = options.maxGroups ?? TIMELINE_VIEW_LIMITS.maxGroups;
  const groups = groupByVisit(log.events, log.visits);
  return {
    site: log.site,
    dropped: log.dropped,
    totalEvents: log.events.length,
    visits: groups.length,
    groups: groups.slice(0, maxGroups).map((g) => ({
      visit: g.visit,
      firstSeconds: g.visit ? firstSeconds(g.visit, g.events) : null,
      events: g.events.slice(0, perGroup),
      total: g.events.length,
    })),
    chart: chartLayout(groups),
    sinceLastVisit: changedSinceLastVisit(log.events, log.visits, options.now),
  };
}

/** cookie id → 'new' | 'changed' for the cookie list's marks ("changed since your last visit"). */
export function changeMarks(since: SinceLastVisit | null): Record<string, 'new' | 'changed'> {
  const marks: Record<string, 'new' | 'changed'> = Object.create(null);
  for (const c of since?.changes ?? []) if (c.kind !== 'gone') marks[c.cookie.id] = c.kind;
  return marks;
}
