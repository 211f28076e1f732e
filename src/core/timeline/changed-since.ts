import { humanDuration } from '../lifespan';
import type { CookieState, TimelineEvent, Visit } from './event';
import { REMOVAL_KINDS } from './event';

/** A cookie as it stood at some moment, with the time it was last written (its lifespan counts from there). */
export interface LiveCookie {
  state: CookieState;
  writtenAt: number;
}

/** Replays events up to and including `until` (ms): the cookies present then, by id. */
export function stateAt(events: readonly TimelineEvent[], until: number): Map<string, LiveCookie> {
  const live = new Map<string, LiveCookie>();
  for (const e of events) {
    if (e.at > until) break;
    // A consent event repeats the record cookie's own write: the cookie's state comes from that one.
    if (e.kind === 'consent') continue;
    if (REMOVAL_KINDS.has(e.kind)) live.delete(e.cookie.id);
    else live.set(e.cookie.id, { state: e.cookie, writtenAt: e.at });
  }
  return live;
}

export type SiteChangeKind = 'new' | 'gone' | 'changed';

export interface SiteChange {
  kind: SiteChangeKind;
  cookie: CookieState;
  /** For 'changed': category, lifespan or flags, old and new. */
  changes: NoticedChange[];
}

export interface NoticedChange {
  field: 'lifespan' | 'secure' | 'httpOnly' | 'sameSite' | 'category' | 'partitioned';
  from: string | boolean | null;
  to: string | boolean | null;
}

export interface SinceLastVisit {
  /** The visit compared against (the one before the current), and the current one. */
  previous: Visit;
  current: Visit;
  changes: SiteChange[];
}

/**
 * "Changed since your last visit": the cookies present at the end of the previous visit (its last event, or its
 * start when it had none; what expired while no page was open counts as gone) against those present now. Changed means what a person would notice: the category, the
 * lifespan in words ("1 day" → "30 days"; a rolling expiry refreshed on each visit keeps its lifespan), or a flag.
 * Null when the log holds fewer than two visits.
 */
export function changedSinceLastVisit(
  events: readonly TimelineEvent[],
  visits: readonly Visit[],
  now: number,
): SinceLastVisit | null {
  if (visits.length < 2) return null;
  const current = visits[visits.length - 1]!;
  const previous = visits[visits.length - 2]!;
  // The end of the previous visit: the last event its tab recorded before the current visit began. Untagged events
  // (a cookie expiring with no tab open) come after it, so what expired between visits shows as gone.
  let end = previous.at;
  for (const e of events) {
    if (e.at >= current.at) break;
    if (e.visit === previous.at) end = e.at;
  }
  return { previous, current, changes: compareStates(stateAt(events, end), stateAt(events, now)) };
}

export function compareStates(before: Map<string, LiveCookie>, after: Map<string, LiveCookie>): SiteChange[] {
  const out: SiteChange[] = [];
  for (const [id, now] of after) {
    const then = before.get(id);
    if (!then) {
      out.push({ kind: 'new', cookie: now.state, changes: [] });
      continue;
    }
    const changes = noticeableChanges(then, now);
    if (changes.length > 0) out.push({ kind: 'changed', cookie: now.state, changes });
  }
  for (const [id, then] of before) if (!after.has(id)) out.push({ kind: 'gone', cookie: then.state, changes: [] });
  return out;
}

function noticeableChanges(then: LiveCookie, now: LiveCookie): NoticedChange[] {
  const out: NoticedChange[] = [];
  const a = lifespanWords(then);
  const b = lifespanWords(now);
  if (a !== b) out.push({ field: 'lifespan', from: a, to: b });
  for (const field of ['category', 'secure', 'httpOnly', 'sameSite'] as const) {
    if (then.state[field] !== now.state[field]) out.push({ field, from: then.state[field], to: now.state[field] });
  }
  const pa = then.state.partition !== undefined;
  const pb = now.state.partition !== undefined;
  if (pa !== pb) out.push({ field: 'partitioned', from: pa, to: pb });
  return out;
}

/** The lifespan a cookie was given when written, in words: "session", "30 days". */
export function lifespanWords(c: LiveCookie): string {
  if (c.state.expires === undefined) return 'session';
  return humanDuration(c.state.expires - c.writtenAt / 1000);
}
