import { hostOf, isLoopbackHost, pageIsPlainHttp } from './cookie-facts';
import { type DescribedCookieRule, findingOf } from './described-rule';
import { quoteName } from './plain-text';
import { REFERENCES } from './references';
import { sessionCredentialReason } from './session-credential';
import { sessionFixLine } from './session-fix-line';

/**
 * A login cookie without Secure is sent over plain http:// whenever the browser makes such a request to its domain,
 * where anyone on the network path can read it. Loopback hosts are exempt: nothing leaves the machine, and Chrome
 * treats http://localhost as a secure context. A Secure cookie is never sent over http, so a Secure cookie met on an
 * http:// page is not flagged here.
 */
export const sessionNotSecure: DescribedCookieRule = {
  id: 'session-not-secure',
  severity: 'high',
  title: 'Session cookie sent in clear text',
  summary: 'A session credential lacks Secure, so it travels unencrypted on any http:// request to its domain.',
  reference: REFERENCES.secureAttribute,
  test(c, ctx) {
    const why = sessionCredentialReason(c);
    if (why === null || c.cookie.secure || isLoopbackHost(hostOf(c))) return null;
    const name = quoteName(c.cookie.name);
    const now = pageIsPlainHttp(ctx)
      ? 'This page is served over plain http://, so it is being sent in clear text right now: anyone on the same network (public Wi-Fi, a proxy) can read it and log in as this user.'
      : 'Any http:// request to its domain (a link, an image, a downgrade attack) sends it in clear text, where anyone on the network path can read it and log in as this user.';
    const message = `${name} looks like a login cookie (${why}) and has no Secure attribute. ${now}`;
    const fix = `Serve the site over HTTPS only (with HSTS) and send the cookie with Secure: ${sessionFixLine(c, ctx)}`;
    return findingOf(this, 'high', message, fix);
  },
};
