/** Thresholds the rules read. The options page can change the two user-facing limits. */
export interface Settings {
  /** CNIL: tracking cookies should not outlive 13 months (Délibération 2020-091, art. 5). */
  maxTrackerLifetimeDays: number;
  /** A session credential that outlives this is a long-lived credential. */
  maxSessionLifetimeDays: number;
  /** Days of cookie events the timeline keeps per site. */
  timelineRetentionDays: number;
}

export const DEFAULT_SETTINGS: Settings = {
  maxTrackerLifetimeDays: 395, // 13 months ≈ 395 days
  maxSessionLifetimeDays: 30,
  timelineRetentionDays: 30,
};

/** Chrome caps any cookie's expiry at 400 days from when it was set (RFC 6265bis §5.5, step 3 of Max-Age/Expires). */
export const CHROME_MAX_LIFETIME_DAYS = 400;
/** RFC 6265bis §5.6: browsers must accept name+value up to 4096 bytes. */
export const COOKIE_SIZE_LIMIT_BYTES = 4096;
/** Chrome keeps at most 180 cookies per registrable domain (net/cookies/cookie_monster.h kDomainMaxCookies). */
export const CHROME_MAX_COOKIES_PER_DOMAIN = 180;
