import { cookieKey } from '../cookie-key';
import type { Category, Cookie } from '../types';
import { consentNote } from './consent-note';
import { sameConsent } from './consent-text';
import { attributeChanges, cookieState } from './cookie-state';
import type { SetBy, TimelineEvent, TimelineEventKind } from './event';

/** One `cookies.onChanged` notification, as the browser gives it. */
export interface CookieChange {
  cookie: Cookie;
  removed: boolean;
  cause: string;
}

/** What the worker knows about the moment of the change: the tab, frame and visit it belongs to, who set it. */
export interface ChangeContext {
  at: number;
  tabId?: number;
  frameUrl?: string;
  setBy?: SetBy;
  visit?: number;
}

export interface ChangeRecorder {
  /**
   * The timeline event for a change, or null when the change is half of a pair (an overwrite's removal). When a
   * consent platform's record cookie is written with a new choice, the event carries it in `consent` (the worker
   * files it as a 'consent' event beside the cookie's own).
   */
  record(change: CookieChange, context: ChangeContext): TimelineEvent | null;
}

/**
 * Removal causes of `cookies.onChanged` (chrome.cookies.OnChangedCause). A site deletes a cookie by writing it
 * again with an expiry in the past, from a Set-Cookie header or `document.cookie`: Chrome reports that as
 * "expired_overwrite". "explicit" is a call to the cookies API or clearing site data: the user's hand (our own
 * delete button included), or another extension acting for them.
 */
const REMOVAL_KIND: Record<string, TimelineEventKind> = {
  explicit: 'deleted-by-user',
  expired_overwrite: 'deleted-by-site',
  expired: 'expired',
  evicted: 'evicted',
};

/**
 * Turns the browser's notifications into timeline events. Chrome reports an overwrite as a removal with cause
 * "overwrite" carrying the old cookie, then an insertion of the new one (net/cookies/cookie_monster.cc,
 * InternalDeleteCookie before InternalInsertCookie): the recorder holds the old state until the insertion and emits
 * one "overwritten" event saying what changed. Only the old value's comparison survives, never the value.
 */
export function createChangeRecorder(categoryOf: (cookie: Cookie) => Category): ChangeRecorder {
  // Old cookies of overwrites in flight; an entry lives from the removal to the insertion that follows it at once.
  const pending = new Map<string, Cookie>();
  return {
    record(change, context) {
      const key = cookieKey(change.cookie);
      if (change.removed && change.cause === 'overwrite') {
        pending.set(key, change.cookie);
        // A runaway site cannot grow this: an insertion always follows, but cap it against a lost one.
        if (pending.size > 1000) pending.delete(pending.keys().next().value as string);
        return null;
      }
      const event: TimelineEvent = {
        at: context.at,
        kind: 'set',
        cause: change.cause,
        cookie: cookieState(change.cookie, categoryOf(change.cookie)),
      };
      if (change.removed) {
        event.kind = REMOVAL_KIND[change.cause] ?? 'deleted-by-user';
      } else {
        const before = pending.get(key);
        const note = consentNote(change.cookie);
        if (note && !sameConsent(note, before ? consentNote(before) : null)) event.consent = note;
        if (before) {
          pending.delete(key);
          event.kind = 'overwritten';
          event.changes = attributeChanges(
            cookieState(before, categoryOf(before)),
            event.cookie,
            before.value !== change.cookie.value,
          );
        }
      }
      if (context.tabId !== undefined) event.tabId = context.tabId;
      if (context.frameUrl !== undefined) event.frameUrl = context.frameUrl;
      if (context.setBy !== undefined) event.setBy = context.setBy;
      if (context.visit !== undefined) event.visit = context.visit;
      return event;
    },
  };
}
