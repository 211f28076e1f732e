import { humanDuration, SECONDS } from '../lifespan';
import { isTracker, secondsLeft } from './cookie-facts';
import { type DescribedCookieRule, findingOf } from './described-rule';
import { quoteName } from './plain-text';
import { REFERENCES } from './references';
import { serverSetCookieLine } from './set-cookie-line';

// "Far beyond" the catalogue's lifespan: more than twice as long AND more than a month longer, so a 1-day cookie
// at 3 days or a 13-month cookie refreshed a little late are not flagged.
const FACTOR = 2;
const MIN_EXCESS_SECONDS = 30 * SECONDS.DAY;

/**
 * The cookie outlives what the catalogue says its vendor normally sets by far: usually a site or tag manager that
 * rewrote the expiry, or a name clash with a different cookie.
 */
export const longerThanExpected: DescribedCookieRule = {
  id: 'longer-than-expected',
  severity: 'low',
  title: 'Lives far longer than usual for this cookie',
  summary: "The cookie's remaining lifetime is more than twice, and a month beyond, the catalogue's usual lifespan.",
  reference: REFERENCES.cnilTrackers,
  test(c, ctx) {
    const expected = c.classification.expectedLifespan;
    const left = secondsLeft(c, ctx);
    if (expected === undefined || left === null) return null;
    // A session cookie normally lives hours; treat "session" as 0 so a persistent copy beyond a month is flagged.
    const expectedSeconds = expected === 'session' ? 0 : expected;
    if (left <= expectedSeconds * FACTOR || left - expectedSeconds <= MIN_EXCESS_SECONDS) return null;

    const who = c.classification.vendor ? `${c.classification.vendor} normally sets it` : 'it is normally set';
    const usual = expected === 'session' ? 'only for the browsing session' : `for ${humanDuration(expected)}`;
    const message = `${quoteName(c.cookie.name)} will stay for another ${humanDuration(left)}, but ${who} ${usual} (catalogue). A lifetime this far beyond the usual one means the site or a tag manager extended it, or the name belongs to a different cookie.`;
    const fix = `Keep the vendor's default lifetime: ${serverSetCookieLine(c, { maxAge: expected })}`;
    return findingOf(this, isTracker(c) ? 'low' : 'info', message, fix);
  },
};
