import { type DescribedCookieRule, findingOf } from './described-rule';
import { quoteName } from './plain-text';
import { REFERENCES } from './references';
import { sessionCredentialReason } from './session-credential';
import { sessionFixLine } from './session-fix-line';

/** A login cookie without HttpOnly is in `document.cookie`: any script injection (XSS) can read and send it away. */
export const sessionNotHttpOnly: DescribedCookieRule = {
  id: 'session-not-httponly',
  severity: 'high',
  title: 'Session cookie readable by page scripts',
  summary: 'A session credential lacks HttpOnly, so scripts on the page (including injected ones) can read it.',
  reference: REFERENCES.httpOnlyAttribute,
  test(c, ctx) {
    const why = sessionCredentialReason(c);
    if (why === null || c.cookie.httpOnly) return null;
    const message = `${quoteName(c.cookie.name)} looks like a login cookie (${why}) and has no HttpOnly, so every script running on the page can read it through document.cookie. A single cross-site scripting bug, or a compromised third-party script, can copy it and take over the session.`;
    const fix = `Send it with HttpOnly (the server still receives it; only page scripts lose access): ${sessionFixLine(c, ctx)}`;
    return findingOf(this, 'high', message, fix);
  },
};
