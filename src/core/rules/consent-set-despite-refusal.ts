import { categoryBasis, gapText, refusalFor, refusalSeverity, timesOf } from '../consent/verdict';
import { type DescribedCookieRule, findingOf } from './described-rule';
import { clip, quoteName } from './plain-text';
import { REFERENCES } from './references';

/**
 * A cookie in a category the visitor refused is in the jar. Worse when it was (re)written after the refusal: the
 * site ignored the answer. Still there but written before: the site should have removed it when the visitor
 * refused (EDPB 05/2020 §117: after withdrawal, processing must stop). Marketing high, analytics medium.
 */
export const consentSetDespiteRefusal: DescribedCookieRule = {
  id: 'consent-set-despite-refusal',
  severity: 'high',
  title: 'Set despite the visitor’s refusal',
  summary:
    'A cookie of a category the visitor refused in the consent banner is present or was written after the refusal.',
  reference: REFERENCES.ePrivacyArt53,
  test(c, ctx) {
    const hit = refusalFor(c, ctx);
    if (!hit) return null;
    const { consent, category, verdict } = hit;
    const name = quoteName(c.cookie.name);
    const refusedAt = consent.summary.recordedAt;
    const times = timesOf(c, consent);
    let when: string;
    if (times && refusedAt !== null && times.lastWritten > refusedAt) {
      when = `It was written ${gapText(times.lastWritten - refusedAt)} after the refusal (${new Date(times.lastWritten).toISOString()}).`;
    } else if (times && refusedAt !== null) {
      when = `It was last written ${gapText(refusedAt - times.lastWritten)} before the refusal and is still there.`;
    } else {
      when = 'When it was written is not known here (no history), but it is present now.';
    }
    const message = `The visitor refused ${category} cookies in ${clip(verdict.platform)}, yet ${name} on ${clip(c.cookie.domain)} is set. ${when} ${categoryBasis(c)}.`;
    const fix = `Load the script that sets ${name} only after the visitor accepts ${category} cookies (block it in the consent platform's configuration), and delete it when they refuse.`;
    return findingOf(this, refusalSeverity(category), message, fix);
  },
};
