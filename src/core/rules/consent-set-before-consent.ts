import { isConsentRecordCookie } from '../consent/summary';
import { categoryBasis, consentCategory, gapText, timesOf } from '../consent/verdict';
import { type DescribedCookieRule, findingOf } from './described-rule';
import { quoteName } from './plain-text';
import { REFERENCES } from './references';

/**
 * A non-necessary cookie first written before any consent answer existed on the site: the first visit, before the
 * banner was answered, is exactly what the banner is for (CNIL Délibération 2020-091 art. 2: consent before any
 * read or write). Needs the per-site history's first-seen times, so the CLI skips it. Only fires when the site
 * shows signs of a consent platform (a record, or its banner script), so a site without any banner is left to
 * the other rules rather than accused of a banner it does not have.
 */
/**
 * Writes this close before the first consent record belong to the answer itself: the Set-Cookie lines of one
 * response, or one click handler writing the record after the cookies it unblocked. Firefox reports the lines of
 * one response a millisecond or two apart (Chromium in the same millisecond), so an exact comparison flagged a
 * cookie sent with the record as "before consent" in Firefox only. No one answers a banner within a quarter of a
 * second of an unrelated write, so the window hides no real "before consent" write in practice.
 */
export const SAME_ANSWER_MS = 250;

export const consentSetBeforeConsent: DescribedCookieRule = {
  id: 'consent-set-before-consent',
  severity: 'high',
  title: 'Set before consent',
  summary:
    'A non-necessary cookie was written before the visitor answered the consent banner (needs the per-site history).',
  reference: REFERENCES.cnilCookieGuidelines,
  test(c, ctx) {
    const consent = ctx.consent;
    const category = consentCategory(c);
    if (!consent || !category || !consent.summary.historyAvailable) return null;
    if (isConsentRecordCookie(consent.summary, c.cookie)) return null;
    const times = timesOf(c, consent);
    if (!times) return null;
    const s = consent.summary;
    const severity = category === 'marketing' || category === 'analytics' ? 'high' : 'low';
    const name = quoteName(c.cookie.name);
    if (s.firstRecordAt !== null) {
      if (times.firstSeen >= s.firstRecordAt - SAME_ANSWER_MS) return null;
      const gap = gapText(s.firstRecordAt - times.firstSeen);
      const message = `${name} was first written ${gap} before the visitor answered the consent banner (${new Date(times.firstSeen).toISOString()}). ${categoryBasis(c)}, which needs consent first.`;
      return findingOf(this, severity, message, fixFor(name, category));
    }
    const platforms = [...new Set([...s.records.map((r) => r.platform), ...s.bannerScripts])];
    if (platforms.length === 0) return null;
    const message = `${name} was written (${new Date(times.firstSeen).toISOString()}) while the consent banner of ${platforms.join(', ')} had not been answered. ${categoryBasis(c)}, which needs consent first.`;
    return findingOf(this, severity, message, fixFor(name, category));
  },
};

function fixFor(name: string, category: string): string {
  return `Do not load what sets ${name} until the visitor accepts ${category} cookies: configure the consent platform to block it (or use Google Consent Mode "denied" defaults that write no cookie) before the banner is answered.`;
}
