import { humanDuration, SECONDS } from '../lifespan';
import { daysLeft, secondsLeft } from './cookie-facts';
import { type DescribedCookieRule, findingOf } from './described-rule';
import { quoteName } from './plain-text';
import { REFERENCES } from './references';
import { sessionCredentialReason } from './session-credential';
import { sessionFixLine } from './session-fix-line';

/**
 * A session key that lives a month is a month-long credential: whoever copies it stays logged in that long.
 * Session cookies (no expiry) and already-expired ones are not flagged.
 */
export const sessionLongLived: DescribedCookieRule = {
  id: 'session-long-lived',
  severity: 'medium',
  title: 'Session cookie lives long',
  summary: 'A session credential expires more than the configured limit (30 days by default) from now.',
  reference: REFERENCES.owaspSessionExpiration,
  test(c, ctx) {
    const why = sessionCredentialReason(c);
    const left = secondsLeft(c, ctx);
    const limitDays = ctx.settings.maxSessionLifetimeDays;
    if (why === null || left === null || left <= limitDays * SECONDS.DAY) return null;
    const message = `${quoteName(c.cookie.name)} looks like a login cookie (${why}) and will stay for another ${humanDuration(left)} (${daysLeft(left)} days, measured from now). Whoever copies it stays logged in as this user for that long unless the server expires the session itself; the limit used here is ${limitDays} days.`;
    const fix = `Keep the browser's copy short and expire the session on the server too; for "remember me", issue a separate, rotating token: ${sessionFixLine(c, ctx)}`;
    return findingOf(this, 'medium', message, fix);
  },
};
