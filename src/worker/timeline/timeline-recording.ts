import { classify } from '../../core/classify';
import { domainMatches } from '../../core/cookie-match';
import { cookieHost, hostOfUrl, siteOf } from '../../core/party';
import type { TabRecord } from '../../core/tab-record';
import { type ChangeRecorder, createChangeRecorder } from '../../core/timeline/change-recorder';
import type { TimelineEvent } from '../../core/timeline/event';
import { whoSetIt } from '../../core/timeline/who-set-it';
import { urlWithoutQuery } from '../../core/url-without-query';
import type { CookieChange } from '../ports';
import type { TimelineStore } from './timeline-store';

/** The tab records a cookie change touched, read by the worker's event handler. */
export interface TouchedTab {
  tabId: number;
  record: TabRecord;
}

export interface TimelineRecording {
  /**
   * Call synchronously when `cookies.onChanged` fires, before any await: an overwrite arrives as two notifications
   * the recorder pairs, and the event's time is when the browser said so.
   */
  begin(change: CookieChange): TimelineEvent | null;
  /**
   * Files the event under the site of each tab it touched, with who set it; when it touched none, under `cookieSite`,
   * the site the cookie belongs to (`siteOfCookie`: its partition's or first-party-isolation site, else its own).
   */
  finish(event: TimelineEvent, touched: readonly TouchedTab[], incognito: boolean, cookieSite: string): void;
  /** A top-level page of a site was shown in a tab: a new visit. */
  visit(tabId: number, record: TabRecord, incognito: boolean): void;
}

/**
 * Turns the worker's cookie events into timeline events. Categories are judged with the cookie's own site as the
 * page (the same answer whatever tab is open, so an overwrite's "category changed" means the cookie changed).
 */
export function createTimelineRecording(store: TimelineStore, now: () => number): TimelineRecording {
  const recorder: ChangeRecorder = createChangeRecorder(
    (cookie) => classify(cookie, { pageSite: siteOf(cookieHost(cookie.domain)) }).category,
  );
  return {
    begin(change) {
      return recorder.record(change, { at: now() });
    },
    finish(recorded, touched, incognito, cookieSite) {
      const { consent, ...event } = recorded;
      fileEvent(event, touched, incognito, cookieSite);
      // The choice the record cookie holds, on the same line of time, right after the write that made it.
      if (consent) {
        const { changes: _, ...base } = event;
        fileEvent({ ...base, kind: 'consent', consent }, touched, incognito, cookieSite);
      }
    },
    visit(tabId, record, incognito) {
      if (!record.site) return;
      store.noteVisit(record.site, { at: record.startedAt, tabId, url: urlWithoutQuery(record.url) }, incognito);
    },
  };

  function fileEvent(
    event: TimelineEvent,
    touched: readonly TouchedTab[],
    incognito: boolean,
    cookieSite: string,
  ): void {
    const cookie = event.cookie;
    const bySite = new Map<string, TimelineEvent>();
    const removal = event.kind === 'deleted-by-site';
    // Expiry and eviction are the browser's doing, a user deletion the user's: nobody "set" those.
    const attributable = event.kind === 'set' || event.kind === 'overwritten' || event.kind === 'consent' || removal;
    for (const { tabId, record } of touched) {
      if (!record.site) continue;
      const pageHost = hostOfUrl(record.url);
      // Script in the page itself when the cookie could be the page's own; another frame's otherwise (unknown).
      const frameUrl = pageHost && domainMatches(cookie, pageHost) ? record.url : undefined;
      const ev: TimelineEvent = { ...event, tabId, visit: record.startedAt };
      if (attributable) {
        ev.setBy = whoSetIt(cookie, removal, seenSetCookies(record), {
          at: event.at,
          ...(frameUrl === undefined ? {} : { frameUrl }),
        });
      }
      if (frameUrl !== undefined) ev.frameUrl = urlWithoutQuery(frameUrl);
      const already = bySite.get(record.site);
      // Two tabs of one site: keep the one that names a response, else the first.
      if (!already || (already.setBy?.kind !== 'response' && ev.setBy?.kind === 'response')) {
        bySite.set(record.site, ev);
      }
    }
    if (bySite.size === 0) {
      // No tab of a site was involved (a cookie expiring while its site is closed): the site the cookie belongs to.
      if (cookieSite) bySite.set(cookieSite, event);
    }
    for (const [site, ev] of bySite) store.record(site, ev, incognito);
  }
}

function seenSetCookies(record: TabRecord) {
  return record.setAttempts.map((a) => ({
    name: a.name,
    domain: a.domain,
    path: a.path,
    host: a.host,
    url: a.url,
    at: a.at,
    deletes: a.deletes,
  }));
}
