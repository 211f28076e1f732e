import { consentText } from './consent-text';
import type { AttributeChange, ConsentNote, SetBy, TimelineEvent, TimelineEventKind } from './event';
import { firstSeconds, firstSecondsText } from './first-seconds';
import type { SiteLog } from './site-log';
import { groupByVisit } from './visit-groups';

/** One event as reports carry it: flat, times in ISO 8601, no value (the timeline never holds one). */
export interface TimelineEventReportV1 {
  at: string;
  /** ISO time of the visit the event belongs to, null outside any recorded visit. */
  visit: string | null;
  kind: TimelineEventKind;
  cause: string;
  name: string;
  domain: string;
  path: string;
  partition: string | null;
  category: string;
  valueLength: number;
  expires: string | null;
  secure: boolean;
  httpOnly: boolean;
  sameSite: string;
  changes: AttributeChange[];
  setBy: SetBy | null;
  frameUrl: string | null;
  /** For 'consent': the choice in words ("consent: analytics refused, marketing refused — OneTrust"). */
  consent: string | null;
  /** For 'consent': the platform and the choices per category, as decoded. */
  consentRecord: ConsentNote | null;
}

export interface TimelineReportV1 {
  site: string;
  /** Older events dropped to keep the site's history within its storage budget. */
  dropped: number;
  visits: { at: string; url: string; firstSeconds: string }[];
  /** Newest visit first, newest event first within a visit: the order the popup's Timeline tab shows. */
  events: TimelineEventReportV1[];
}

export function iso(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? new Date(0).toISOString() : d.toISOString();
}

/** The timeline section of a JSON report: the same rows, in the same order, as the popup's Timeline tab. */
export function timelineReport(log: SiteLog): TimelineReportV1 {
  const groups = groupByVisit(log.events, log.visits);
  const events: TimelineEventReportV1[] = [];
  for (const g of groups) for (const e of g.events) events.push(eventReport(e, g.visit?.at ?? null));
  return {
    site: log.site,
    dropped: log.dropped,
    visits: [...log.visits].reverse().map((v) => ({
      at: iso(v.at),
      url: v.url,
      firstSeconds: firstSecondsText(firstSeconds(v, groups.find((g) => g.visit === v)?.events ?? [])),
    })),
    events,
  };
}

function eventReport(e: TimelineEvent, visit: number | null): TimelineEventReportV1 {
  const c = e.cookie;
  return {
    at: iso(e.at),
    visit: visit === null ? null : iso(visit),
    kind: e.kind,
    cause: e.cause,
    name: c.name,
    domain: c.domain,
    path: c.path,
    partition: c.partition ?? null,
    category: c.category,
    valueLength: c.valueLength,
    expires: c.expires === undefined ? null : iso(c.expires * 1000),
    secure: c.secure,
    httpOnly: c.httpOnly,
    sameSite: c.sameSite,
    changes: e.changes ?? [],
    setBy: e.setBy ?? null,
    frameUrl: e.frameUrl ?? null,
    consent: e.consent ? consentText(e.consent) : null,
    consentRecord: e.consent ?? null,
  };
}

/** "page script (https://a.test/)" or the response URL: who set it, in words. */
export function setByText(setBy: SetBy | null | undefined): string {
  if (!setBy) return 'unknown';
  if (setBy.kind === 'response') return `Set-Cookie from ${setBy.url}`;
  return setBy.frameUrl ? `page script (${setBy.frameUrl})` : 'page script';
}

/** "expires 2025-03-02T12:00:00.000Z → 2025-04-01T…; secure false → true" */
export function changesText(changes: readonly AttributeChange[]): string {
  return changes
    .map((ch) => {
      if (ch.field === 'value') return 'value changed';
      const show = (v: AttributeChange['from']) =>
        v === null || v === undefined
          ? 'session'
          : ch.field === 'expires' && typeof v === 'number'
            ? iso(v * 1000)
            : String(v);
      return `${ch.field} ${show(ch.from)} → ${show(ch.to)}`;
    })
    .join('; ');
}
