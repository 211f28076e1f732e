import { attemptMatchesCookie, type TrafficIndex } from './tab-record';
import type { Cookie, Observation } from './types';

/**
 * Firefox names its cookie stores "firefox-default", "firefox-private" and "firefox-container-N"; Chrome's are "0"
 * and "1". https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/cookies/CookieStore
 */
function isFirefoxStore(c: Pick<Cookie, 'storeId'>): boolean {
  return c.storeId.startsWith('firefox-');
}

/**
 * Who partitioned a cookie, for the popup's "seen" line and the reports' observedVia. Chrome keys a cookie to a
 * top-level site only when the server marked it `Partitioned` (CHIPS). Firefox's Total Cookie Protection (its
 * default) keys every third-party cookie to the top-level site by itself, and its cookies API does not say whether
 * the server also asked: there it counts as CHIPS only when this tab saw the Set-Cookie line with `Partitioned`.
 * https://developer.mozilla.org/docs/Web/Privacy/Guides/State_Partitioning
 */
export function withPartitionOrigin(obs: Observation[], c: Cookie, traffic: TrafficIndex): Observation[] {
  if (!obs.includes('partitioned') || !isFirefoxStore(c)) return obs;
  const askedByServer = traffic.set.get(c.name)?.some((a) => a.partitioned && attemptMatchesCookie(a, c)) ?? false;
  return askedByServer ? obs : obs.map((o) => (o === 'partitioned' ? 'partitioned-by-browser' : o));
}
