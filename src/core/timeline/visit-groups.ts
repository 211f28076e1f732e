import type { TimelineEvent, Visit } from './event';

/** A visit and the events that happened during it (until the next visit of the site), newest first. */
export interface VisitGroup {
  /** null for events recorded before the first visit the log still holds. */
  visit: Visit | null;
  events: TimelineEvent[];
}

/**
 * Groups a site's events by page visit, newest visit first, each group's events newest first. An event tagged
 * with its visit goes to that visit; an untagged one (a cookie expiring with no tab open) to the latest visit that
 * started before it. Inputs are in time order (the log keeps them so).
 */
export function groupByVisit(events: readonly TimelineEvent[], visits: readonly Visit[]): VisitGroup[] {
  const groups: VisitGroup[] = visits.map((visit) => ({ visit, events: [] }));
  const before: VisitGroup = { visit: null, events: [] };
  const byStart = new Map<number, VisitGroup>();
  for (const g of groups) if (g.visit && !byStart.has(g.visit.at)) byStart.set(g.visit.at, g);
  for (const e of events) {
    const tagged = e.visit !== undefined ? byStart.get(e.visit) : undefined;
    const group = tagged ?? groups[latestAtOrBefore(visits, e.at)] ?? before;
    group.events.push(e);
  }
  const out = before.events.length > 0 ? [before, ...groups] : groups;
  for (const g of out) g.events.reverse();
  return out.reverse();
}

/** Index of the last visit with `at <= time`, or -1 (binary search: visits are in time order). */
export function latestAtOrBefore(visits: readonly { at: number }[], time: number): number {
  let lo = 0;
  let hi = visits.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (visits[mid]!.at <= time) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
