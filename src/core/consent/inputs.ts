/**
 * What the consent rules need besides the cookies, handed to `auditSite` as `options.consent`. Everything is
 * optional: the CLI has none of it (no history, no requests), the extension passes what its worker recorded.
 */
export interface ConsentInputs {
  /**
   * Per cookie (by cookieKey): when this extension first saw it and when it was last written, ms since the epoch,
   * from the per-site history. Without it "set before consent" is skipped and refusals cannot be timed.
   */
  cookieTimes?: ReadonlyMap<string, CookieTimes>;
  /** Cookies the tab's requests carried after the page started: cookie name, request host, time. */
  sent?: readonly SentCookie[];
  /** Script URLs the tab loaded, to name a banner platform when no consent record is found. */
  scriptUrls?: readonly string[];
  /** The browser's Global Privacy Control (navigator.globalPrivacyControl / Sec-GPC), when known. */
  browserGpc?: boolean;
}

export interface CookieTimes {
  firstSeen: number;
  lastWritten: number;
}

export interface SentCookie {
  name: string;
  host: string;
  /** ms since the epoch; the page's start time when the worker does not keep the request's own time. */
  at: number;
}
