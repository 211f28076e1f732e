import type { Choice, ConsentCategory } from '../consent/types';
import type { Category, SameSite } from '../types';

/**
 * What one cookie looked like at one moment, as the timeline keeps it: identity, category, flags, expiry and the
 * value's length — never the value itself (a value can be a live credential).
 */
export interface CookieState {
  /** The cookie's identity (`cookieKey`): the same id the audit gives the cookie, so the popup can match them. */
  id: string;
  name: string;
  domain: string;
  path: string;
  /** `partitionKey.topLevelSite` of a partitioned (CHIPS) cookie. */
  partition?: string;
  category: Category;
  /** UTF-8 bytes of the value. */
  valueLength: number;
  /** Seconds since the epoch; absent for a session cookie. */
  expires?: number;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  hostOnly: boolean;
}

export const TIMELINE_EVENT_KINDS = [
  'set',
  'overwritten',
  'expired',
  'evicted',
  'deleted-by-user',
  'deleted-by-site',
  // A consent platform's record cookie was written and says what the visitor chose (issue 15: consent records on
  // the same line of time). Last, so the stored kind indexes of older chunks keep their meaning.
  'consent',
] as const;
export type TimelineEventKind = (typeof TIMELINE_EVENT_KINDS)[number];

/** The kinds after which the cookie is no longer in the jar. */
export const REMOVAL_KINDS: ReadonlySet<TimelineEventKind> = new Set([
  'expired',
  'evicted',
  'deleted-by-user',
  'deleted-by-site',
]);

/** Who wrote (or deleted) the cookie: a response's Set-Cookie header, or script running in a frame. */
export type SetBy = { kind: 'response'; url: string } | { kind: 'script'; frameUrl?: string };

/** An attribute that differs between two states of one cookie. 'value' says the value changed, never what to. */
export type ChangedField = 'value' | 'valueLength' | 'expires' | 'secure' | 'httpOnly' | 'sameSite' | 'category';

export interface AttributeChange {
  field: ChangedField;
  from?: string | number | boolean | null;
  to?: string | number | boolean | null;
}

export interface TimelineEvent {
  /** ms since the epoch. */
  at: number;
  kind: TimelineEventKind;
  /** `cookies.onChanged` cause as the browser gave it (explicit, overwrite, expired, evicted, expired_overwrite). */
  cause: string;
  cookie: CookieState;
  /** For 'overwritten': what differs from the state it replaced. */
  changes?: AttributeChange[];
  tabId?: number;
  /** URL of the frame involved, without query or fragment. */
  frameUrl?: string;
  setBy?: SetBy;
  /** `at` of the visit (page load) the event belongs to, when a tab of the site was open. */
  visit?: number;
  /** For 'consent': what the record cookie says the visitor chose. */
  consent?: ConsentNote;
}

/** A consent record as the timeline keeps it: the platform and the choices, never the cookie's value. */
export interface ConsentNote {
  platform: string;
  /** False when the platform's cookie could not be read: the timeline says so and guesses nothing. */
  understood: boolean;
  /** Whether the visitor answered the banner (false: the cookie holds the platform's defaults). */
  answered: boolean;
  /** Only the categories the record speaks about. */
  choices: Partial<Record<ConsentCategory, Choice>>;
}

/** A top-level page load of the site in a tab: the unit the timeline groups events by. */
export interface Visit {
  /** ms since the epoch when the navigation started; also the visit's id. */
  at: number;
  tabId: number;
  /** Without query or fragment: they can hold reset tokens and OAuth codes. */
  url: string;
}
