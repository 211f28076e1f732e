import { CATEGORIES, type Category } from '../types';
import type { TimelineEvent, Visit } from './event';

/** "Within 1 s of load": what a page set before a person could read, let alone click, a consent banner. */
export const FIRST_SECONDS_MS = 1000;

export interface FirstSeconds {
  windowMs: number;
  /** Distinct cookies set or overwritten within the window after the visit started. */
  cookies: number;
  byCategory: Record<Category, number>;
  /** The category with most cookies (ties: the catalogue's order), when any cookie was set. */
  top?: { category: Category; count: number };
}

/** What a visit set in its first moments; events may be in any order. */
export function firstSeconds(
  visit: Visit,
  events: readonly TimelineEvent[],
  windowMs = FIRST_SECONDS_MS,
): FirstSeconds {
  const categoryOf = new Map<string, Category>();
  for (const e of events) {
    if (e.kind !== 'set' && e.kind !== 'overwritten') continue;
    const offset = e.at - visit.at;
    if (offset < 0 || offset > windowMs) continue;
    categoryOf.set(e.cookie.id, e.cookie.category);
  }
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const category of categoryOf.values()) byCategory[category] += 1;
  const result: FirstSeconds = { windowMs, cookies: categoryOf.size, byCategory };
  let top: FirstSeconds['top'];
  for (const category of CATEGORIES) {
    const count = byCategory[category];
    if (count > 0 && (top === undefined || count > top.count)) top = { category, count };
  }
  if (top) result.top = top;
  return result;
}

/** "within 1 s of load: 14 cookies, 9 of them marketing" (English, for reports and the CLI). */
export function firstSecondsText(s: FirstSeconds): string {
  const seconds = s.windowMs / 1000;
  const head = `within ${seconds} s of load: ${s.cookies} ${s.cookies === 1 ? 'cookie' : 'cookies'}`;
  if (!s.top || s.cookies === 0) return head;
  if (s.top.count === s.cookies) return `${head}, ${s.cookies === 1 ? 'it' : 'all'} ${s.top.category}`;
  return `${head}, ${s.top.count} of them ${s.top.category}`;
}
