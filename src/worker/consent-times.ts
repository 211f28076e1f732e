import type { CookieTimes } from '../core/consent/inputs';
import { cookieKey } from '../core/cookie-key';
import type { Cookie } from '../core/types';
import { cookieHistory, type SiteHistory } from './state/site-history';

/** First-seen and last-written times of the cookies, from a site's history, for the consent rules. */
export function consentTimes(cookies: readonly Cookie[], history: SiteHistory): Map<string, CookieTimes> {
  const times = new Map<string, CookieTimes>();
  for (const c of cookies) {
    const h = cookieHistory(history, c);
    if (h) times.set(cookieKey(c), { firstSeen: h.firstSeen, lastWritten: h.lastChanged });
  }
  return times;
}
