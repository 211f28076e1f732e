import { categoryBasis, refusalFor, refusalSeverity } from '../consent/verdict';
import { domainMatches } from '../cookie-match';
import { humanDuration } from '../lifespan';
import { type DescribedCookieRule, findingOf } from './described-rule';
import { clip, quoteName } from './plain-text';
import { REFERENCES } from './references';

/**
 * A third-party cookie of a refused category travelled in this tab's requests after the refusal: the browser
 * handed the visitor's id to the third party again, which is the tracking the refusal was meant to stop
 * (GDPR art. 7(3): withdrawal must take effect). The site controls it by not loading the third party's resources.
 */
export const consentRefusedButSent: DescribedCookieRule = {
  id: 'consent-refused-but-sent',
  severity: 'high',
  title: 'Refused, but still sent to the third party',
  summary: 'A third-party cookie of a refused category was sent in this tab’s requests after the refusal.',
  reference: REFERENCES.gdprArt7,
  test(c, ctx) {
    if (c.party !== 'third') return null;
    const hit = refusalFor(c, ctx);
    if (!hit) return null;
    const refusedAt = hit.consent.summary.recordedAt;
    if (refusedAt === null) return null;
    const after = (hit.consent.inputs.sent ?? []).filter(
      (s) => s.name === c.cookie.name && s.at >= refusedAt && domainMatches(c.cookie, s.host),
    );
    if (after.length === 0) return null;
    const hosts = [...new Set(after.map((s) => clip(s.host)))].slice(0, 3).join(', ');
    // The extension keeps each cookie's latest send per host; the scanner keeps every send. The latest is what
    // both know and what the visitor's question is about: it is still going out.
    const last = after.reduce((max, s) => Math.max(max, s.at), 0);
    const name = quoteName(c.cookie.name);
    const message = `The visitor refused ${hit.category} cookies ${humanDuration(Math.max(0, ctx.now - refusedAt) / 1000)} ago, yet this page's requests to ${hosts} carried ${name} (last at ${new Date(last).toISOString()}). ${categoryBasis(c)}.`;
    const fix = `Do not load resources from ${hosts} for visitors who refused ${hit.category} cookies (or load them cookie-less), so the browser has nothing to send.`;
    return findingOf(this, refusalSeverity(hit.category), message, fix);
  },
};
