import { type DescribedCookieRule, findingOf } from './described-rule';
import { quoteName } from './plain-text';
import { REFERENCES } from './references';
import { sessionCredentialReason } from './session-credential';
import { sessionFixLine } from './session-fix-line';

const HOST_PREFIX = '__Host-';

/**
 * `__Host-` makes the browser refuse any version of the cookie that is not Secure, host-only and Path=/, so a
 * subdomain or a network attacker cannot plant ("toss") a session cookie over it. Only suggested where the cookie
 * already meets those conditions: then the rename is the whole change.
 */
export const sessionNoHostPrefix: DescribedCookieRule = {
  id: 'session-no-host-prefix',
  severity: 'low',
  title: 'Session cookie could use the __Host- prefix',
  summary: 'A Secure, host-only, Path=/ session credential is not named with the __Host- prefix.',
  reference: REFERENCES.namePrefixes,
  test(c, ctx) {
    const why = sessionCredentialReason(c);
    const { cookie } = c;
    if (why === null || !cookie.secure || !cookie.hostOnly || cookie.path !== '/') return null;
    if (cookie.name.slice(0, HOST_PREFIX.length).toLowerCase() === HOST_PREFIX.toLowerCase()) return null;
    const bare = cookie.name.replace(/^__secure-/i, '');
    const message = `${quoteName(cookie.name)} looks like a login cookie (${why}) and is already Secure, host-only and Path=/, but is not named with the __Host- prefix. With the prefix, the browser rejects any copy set from a subdomain or over http://, so nobody can overwrite the session with one of their own (session fixation).`;
    const fix = `Rename it (the server must read the new name): ${sessionFixLine(c, ctx, { name: `${HOST_PREFIX}${bare}` })}`;
    return findingOf(this, 'low', message, fix);
  },
};
