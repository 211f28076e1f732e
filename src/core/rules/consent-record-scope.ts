import { isConsentRecordCookie } from '../consent/summary';
import { cookieHost } from '../party';
import { type DescribedCookieRule, findingOf } from './described-rule';
import { clip, quoteName } from './plain-text';
import { REFERENCES } from './references';
import { serverSetCookieLine } from './set-cookie-line';

/**
 * A consent record sent with SameSite=None (so other sites' requests carry it) or with a Domain attribute (so every
 * subdomain reads it). Neither is needed for a banner answered on one host; both spread a stable id when the
 * record holds one. Info: some sites do share one choice across subdomains on purpose.
 */
export const consentRecordScope: DescribedCookieRule = {
  id: 'consent-record-scope',
  severity: 'info',
  title: 'Consent record shared wider than needed',
  summary: 'The consent cookie is SameSite=None or readable by every subdomain.',
  reference: REFERENCES.sameSiteAttribute,
  test(c, ctx) {
    if (!ctx.consent || !isConsentRecordCookie(ctx.consent.summary, c.cookie)) return null;
    const none = c.cookie.sameSite === 'no_restriction';
    const broad = !c.cookie.hostOnly;
    if (!none && !broad) return null;
    const what = [
      none ? 'is SameSite=None, so requests from other sites carry it' : '',
      broad ? `is readable by every subdomain of ${clip(cookieHost(c.cookie.domain))}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    const message = `The consent record ${quoteName(c.cookie.name)} ${what}. If the choice is only needed on this host, that is wider than necessary.`;
    const fix = `Unless the choice is shared on purpose, send it host-only with SameSite=Lax: ${serverSetCookieLine(c, { sameSite: 'lax', domain: null })}`;
    return findingOf(this, 'info', message, fix);
  },
};
