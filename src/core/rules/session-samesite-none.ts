import { type DescribedCookieRule, findingOf } from './described-rule';
import { quoteName } from './plain-text';
import { REFERENCES } from './references';
import { sessionCredentialReason } from './session-credential';
import { sessionFixLine } from './session-fix-line';

/**
 * SameSite=None sends the login cookie with requests started by other sites, so a form or script on any site can act
 * as the logged-in user (CSRF). 'unspecified' is not flagged: Chrome treats a missing SameSite as Lax.
 */
export const sessionSameSiteNone: DescribedCookieRule = {
  id: 'session-samesite-none',
  severity: 'medium',
  title: 'Session cookie sent on cross-site requests',
  summary: 'A session credential has SameSite=None, so other sites can make requests that carry it (CSRF).',
  reference: REFERENCES.sameSiteAttribute,
  test(c, ctx) {
    const why = sessionCredentialReason(c);
    if (why === null || c.cookie.sameSite !== 'no_restriction') return null;
    const message = `${quoteName(c.cookie.name)} looks like a login cookie (${why}) and has SameSite=None, so the browser also sends it with requests that other sites trigger (forms, images, fetches). Any site the user visits can then act as the logged-in user unless every endpoint checks a CSRF token.`;
    const fix = `Send it with SameSite=Lax (or Strict if no link from another site needs to arrive logged in): ${sessionFixLine(c, ctx)}`;
    return findingOf(this, 'medium', message, fix);
  },
};
