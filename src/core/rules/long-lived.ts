import { humanDuration, SECONDS } from '../lifespan';
import { CHROME_MAX_LIFETIME_DAYS } from '../settings';
import { daysLeft, isTracker, secondsLeft } from './cookie-facts';
import { type DescribedCookieRule, findingOf } from './described-rule';
import { quoteName } from './plain-text';
import { REFERENCES } from './references';
import { isSessionCredential } from './session-credential';
import { serverSetCookieLine } from './set-cookie-line';

/**
 * A cookie that will still be there more than `maxTrackerLifetimeDays` (13 months, CNIL) from now.
 * Trackers are judged by the CNIL limit (medium); other cookies get the same advice at low severity.
 * Session credentials are left to session-long-lived, whose 30-day limit is stricter and whose advice differs.
 */
export const longLived: DescribedCookieRule = {
  id: 'long-lived',
  severity: 'medium',
  title: 'Lives longer than 13 months',
  summary: 'The cookie expires more than the configured tracker limit (13 months by default) from now.',
  reference: REFERENCES.cnilTrackers,
  test(c, ctx) {
    const left = secondsLeft(c, ctx);
    const limitDays = ctx.settings.maxTrackerLifetimeDays;
    if (left === null || left <= limitDays * SECONDS.DAY) return null;
    if (isSessionCredential(c)) return null;

    const tracker = isTracker(c);
    const name = quoteName(c.cookie.name);
    const kind = tracker ? `${c.classification.category} cookie` : 'cookie';
    const limit = `${humanDuration(limitDays * SECONDS.DAY)} (${limitDays} days)`;
    const parts = [
      `The ${kind} ${name} will stay for another ${humanDuration(left)} (${daysLeft(left)} days).`,
      tracker
        ? `The CNIL's limit for tracking cookies is ${limit}.`
        : `That is longer than ${limit}, the limit the CNIL sets for tracking cookies; few cookies need that long.`,
      'The browser does not record when a cookie was set, so this is measured from now: the lifetime the site asked for was at least this long.',
    ];
    if (left > CHROME_MAX_LIFETIME_DAYS * SECONDS.DAY) {
      parts.push(
        `It also exceeds Chrome's ${CHROME_MAX_LIFETIME_DAYS}-day cap: Chrome shortens any expiry to ${CHROME_MAX_LIFETIME_DAYS} days when a cookie is set, so this one came from another browser, an imported file, or a store that ignores the cap.`,
      );
    }
    const fix = `Send it with a lifetime of at most ${limitDays} days${tracker ? ' and ask for consent again when it ends' : ''}: ${serverSetCookieLine(c, { maxAge: limitDays * SECONDS.DAY })}`;
    return findingOf(this, tracker ? 'medium' : 'low', parts.join(' '), fix);
  },
};
