import { cookieKey } from '../cookie-key';
import { humanDuration } from '../lifespan';
import type { RuleCookie } from '../rules/described-rule';
import type { RuleContext } from '../rules/rule';
import type { Severity } from '../types';
import type { ConsentContext } from './context';
import type { CookieTimes } from './inputs';
import { type CategoryVerdict, isConsentRecordCookie } from './summary';
import type { ConsentCategory } from './types';

/** Our category for the cookie when it is one a visitor can refuse (never necessary or unknown). */
export function consentCategory(c: RuleCookie): ConsentCategory | null {
  const cat = c.classification.category;
  return cat === 'functional' || cat === 'preferences' || cat === 'analytics' || cat === 'marketing' ? cat : null;
}

/** The refusal that covers this cookie, or null; consent records themselves are never judged. */
export function refusalFor(
  c: RuleCookie,
  ctx: RuleContext,
): { consent: ConsentContext; category: ConsentCategory; verdict: CategoryVerdict } | null {
  const consent = ctx.consent;
  const category = consentCategory(c);
  if (!consent || !category || isConsentRecordCookie(consent.summary, c.cookie)) return null;
  const verdict = consent.summary.choices[category];
  return verdict?.choice === 'refused' ? { consent, category, verdict } : null;
}

export function timesOf(c: RuleCookie, consent: ConsentContext): CookieTimes | undefined {
  return consent.inputs.cookieTimes?.get(c.id) ?? consent.inputs.cookieTimes?.get(cookieKey(c.cookie));
}

/** Marketing high, analytics medium, the rest low: the harm of tracking against a refusal, highest first. */
export function refusalSeverity(category: ConsentCategory): Severity {
  return category === 'marketing' ? 'high' : category === 'analytics' ? 'medium' : 'low';
}

/**
 * Where the category verdict comes from, in words, so a reader can challenge it: a correction the user made is
 * theirs, not ours (the issue: "a category's verdict uses our classification, with the user's corrections").
 */
export function categoryBasis(c: RuleCookie): string {
  const k = c.classification;
  const vendor = k.vendor ? ` (${k.vendor})` : '';
  if (k.source === 'override') {
    const said = k.classifierCategory;
    const classifier = said && said !== k.category ? ` (Cookie Auditor itself classifies it as ${said})` : '';
    return `Its category, ${k.category}${vendor}, is set by you${classifier}`;
  }
  const how =
    k.source === 'catalogue'
      ? 'catalogue'
      : k.source === 'domain'
        ? 'tracker-domain list'
        : k.source === 'model'
          ? 'learned fallback'
          : 'heuristics';
  return `Cookie Auditor classifies it as ${k.category}${vendor} from its ${how}`;
}

/** A gap between two times in words; under a second reads as such instead of "0 seconds". */
export function gapText(ms: number): string {
  const abs = Math.abs(ms);
  return abs < 1000 ? 'less than a second' : humanDuration(abs / 1000);
}
