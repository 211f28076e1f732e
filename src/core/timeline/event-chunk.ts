import { parseCookieKey } from '../cookie-key';
import { CATEGORIES, type Category, type SameSite } from '../types';
import {
  type AttributeChange,
  type ChangedField,
  type CookieState,
  type SetBy,
  TIMELINE_EVENT_KINDS,
  type TimelineEvent,
  type TimelineEventKind,
} from './event';

/**
 * A run of consecutive events as IndexedDB keeps them. Spelled out, an event took ≈ 440 bytes, most of it the
 * cookie's id, name and domain and the setter's URL repeated in every event; here each distinct string is kept
 * once per chunk and events refer to it by index, with one-letter fields and times relative to the chunk's first
 * event (≈ 100 bytes an event, measured by bench/timeline.ts). A chunk stands alone: dropping one drops its strings.
 */
export interface EventChunk {
  v: 1;
  /** Ordinal of the first event in the site's log (events ever appended before it, dropped ones included). */
  start: number;
  /** ms of the first event; event times are offsets from it. */
  base: number;
  /** Cookie identities: the cookie id alone when name, domain, path and partition follow from it, else all five. */
  ids: (string | [string, string, string, string, string])[];
  /** URLs and causes. */
  strings: string[];
  events: CompactEvent[];
}

/** One event; absent fields take their defaults (kind 'set', flags 0, no expiry). */
export interface CompactEvent {
  /** `at` − chunk base. */
  t: number;
  /** Index in TIMELINE_EVENT_KINDS; absent for 'set'. */
  k?: number;
  /** Index in the chunk's `ids`. */
  c: number;
  /** Index in CATEGORIES. */
  g: number;
  /** Value length in bytes. */
  l: number;
  x?: number;
  /** 1 secure, 2 httpOnly, 4 hostOnly. */
  f?: number;
  /** Index in SAME_SITES. */
  s: number;
  /** Cause: index in `strings`. */
  a: number;
  /** Changes: [field index, from, to]. */
  h?: [number, ...(string | number | boolean | null)[]][];
  /** Tab id. */
  b?: number;
  /** Frame URL: index in `strings`. */
  u?: number;
  /** Set by a response: index of its URL in `strings`. */
  r?: number;
  /** Set by script: index of the frame URL in `strings` plus one (0: frame unknown). */
  p?: number;
  /** The visit's start, as `at` − visit (≥ 0 almost always). */
  w?: number;
  /** Consent record noted with the event (see TimelineEvent.consent). */
  n?: TimelineEvent['consent'];
}

const SAME_SITES: readonly SameSite[] = ['no_restriction', 'lax', 'strict', 'unspecified'];
const FIELDS: readonly ChangedField[] = [
  'value',
  'valueLength',
  'expires',
  'secure',
  'httpOnly',
  'sameSite',
  'category',
];
const MAX_NAME_CHARS = 256;

function indexer<T>(list: T[], keyOf: (x: T) => string) {
  const index = new Map<string, number>();
  return (x: T): number => {
    const key = keyOf(x);
    let i = index.get(key);
    if (i === undefined) {
      i = list.length;
      list.push(x);
      index.set(key, i);
    }
    return i;
  };
}

/** The identity as stored: the id alone when the other four parts can be read back from it. */
function identity(c: CookieState): string | [string, string, string, string, string] {
  const p = parseCookieKey(c.id);
  const partition = p?.topLevelSite ? p.topLevelSite.slice(0, MAX_NAME_CHARS) : undefined;
  if (
    p &&
    p.name.slice(0, MAX_NAME_CHARS) === c.name &&
    p.domain.slice(0, MAX_NAME_CHARS) === c.domain &&
    p.path.slice(0, MAX_NAME_CHARS) === c.path &&
    partition === c.partition
  ) {
    return c.id;
  }
  return [c.id, c.name, c.domain, c.path, c.partition ?? ''];
}

/** Packs consecutive events (the `start`-th of the site's log onwards) into one chunk. */
export function encodeChunk(events: readonly TimelineEvent[], start: number): EventChunk {
  const chunk: EventChunk = { v: 1, start, base: events[0]?.at ?? 0, ids: [], strings: [], events: [] };
  const idOf = indexer(chunk.ids, (x) => (typeof x === 'string' ? x : JSON.stringify(x)));
  const stringOf = indexer(chunk.strings, (x) => x);
  for (const e of events) {
    const c = e.cookie;
    const out: CompactEvent = {
      t: e.at - chunk.base,
      c: idOf(identity(c)),
      g: Math.max(0, CATEGORIES.indexOf(c.category)),
      l: c.valueLength,
      s: Math.max(0, SAME_SITES.indexOf(c.sameSite)),
      a: stringOf(e.cause),
    };
    const k = TIMELINE_EVENT_KINDS.indexOf(e.kind);
    if (k > 0) out.k = k;
    if (c.expires !== undefined) out.x = c.expires;
    const f = (c.secure ? 1 : 0) | (c.httpOnly ? 2 : 0) | (c.hostOnly ? 4 : 0);
    if (f !== 0) out.f = f;
    if (e.changes) out.h = e.changes.map(encodeChange);
    if (e.tabId !== undefined) out.b = e.tabId;
    if (e.frameUrl !== undefined) out.u = stringOf(e.frameUrl);
    if (e.setBy?.kind === 'response') out.r = stringOf(e.setBy.url);
    else if (e.setBy?.kind === 'script') out.p = e.setBy.frameUrl === undefined ? 0 : stringOf(e.setBy.frameUrl) + 1;
    if (e.visit !== undefined) out.w = e.at - e.visit;
    if (e.consent !== undefined) out.n = e.consent;
    chunk.events.push(out);
  }
  return chunk;
}

function encodeChange(c: AttributeChange): [number, ...(string | number | boolean | null)[]] {
  const out: [number, ...(string | number | boolean | null)[]] = [FIELDS.indexOf(c.field)];
  if (c.from !== undefined || c.to !== undefined) out.push(c.from ?? null, c.to ?? null);
  return out;
}

function decodeChange(h: [number, ...(string | number | boolean | null)[]]): AttributeChange {
  const change: AttributeChange = { field: FIELDS[h[0]] ?? 'value' };
  if (h.length > 1) {
    change.from = h[1] ?? null;
    change.to = h[2] ?? null;
  }
  return change;
}

/** The chunk's events as the rest of the code reads them; throws on a chunk that is not one (caught by the store). */
export function decodeChunk(chunk: EventChunk): TimelineEvent[] {
  if (chunk?.v !== 1 || !Array.isArray(chunk.events)) throw new Error('Not a timeline chunk.');
  const ids = chunk.ids.map((x) => {
    if (typeof x !== 'string') return { id: x[0], name: x[1], domain: x[2], path: x[3], partition: x[4] || undefined };
    const p = parseCookieKey(x);
    return {
      id: x,
      name: (p?.name ?? '').slice(0, MAX_NAME_CHARS),
      domain: (p?.domain ?? '').slice(0, MAX_NAME_CHARS),
      path: (p?.path ?? '').slice(0, MAX_NAME_CHARS),
      partition: p?.topLevelSite ? p.topLevelSite.slice(0, MAX_NAME_CHARS) : undefined,
    };
  });
  return chunk.events.map((c): TimelineEvent => {
    const who = ids[c.c];
    const f = c.f ?? 0;
    const cookie: CookieState = {
      id: who?.id ?? '',
      name: who?.name ?? '',
      domain: who?.domain ?? '',
      path: who?.path ?? '',
      category: (CATEGORIES[c.g] ?? 'unknown') as Category,
      valueLength: c.l,
      secure: (f & 1) !== 0,
      httpOnly: (f & 2) !== 0,
      sameSite: SAME_SITES[c.s] ?? 'unspecified',
      hostOnly: (f & 4) !== 0,
    };
    if (who?.partition !== undefined) cookie.partition = who.partition;
    if (c.x !== undefined) cookie.expires = c.x;
    const at = chunk.base + c.t;
    const e: TimelineEvent = {
      at,
      kind: (TIMELINE_EVENT_KINDS[c.k ?? 0] ?? 'set') as TimelineEventKind,
      cause: chunk.strings[c.a] ?? '',
      cookie,
    };
    if (c.h) e.changes = c.h.map(decodeChange);
    if (c.b !== undefined) e.tabId = c.b;
    if (c.u !== undefined) e.frameUrl = chunk.strings[c.u] ?? '';
    if (c.r !== undefined) e.setBy = { kind: 'response', url: chunk.strings[c.r] ?? '' } satisfies SetBy;
    else if (c.p !== undefined) {
      e.setBy = c.p === 0 ? { kind: 'script' } : { kind: 'script', frameUrl: chunk.strings[c.p - 1] ?? '' };
    }
    if (c.w !== undefined) e.visit = at - c.w;
    if (c.n !== undefined) e.consent = c.n;
    return e;
  });
}
