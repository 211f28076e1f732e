import { CONSENT_CATEGORIES, type ConsentCategory } from '../consent/types';
import type { ConsentNote } from './event';

/** The order people read categories in: the tracking ones first (as the consent strip, core/consent/describe). */
const ORDER: readonly ConsentCategory[] = ['analytics', 'marketing', 'preferences', 'functional'];

/** Whether two notes say the same thing (a record rewritten with a new timestamp only is no new choice). */
export function sameConsent(a: ConsentNote | null, b: ConsentNote | null): boolean {
  if (!a || !b) return a === b;
  return (
    a.platform === b.platform &&
    a.understood === b.understood &&
    a.answered === b.answered &&
    CONSENT_CATEGORIES.every((c) => a.choices[c] === b.choices[c])
  );
}

/**
 * The choice in words: "consent: analytics refused, marketing refused — OneTrust", "consent: accepted all —
 * Cookiebot", "consent: not answered yet (the platform's defaults) — OneTrust". English, for reports, the CLI and
 * the popup (which has no other locale).
 */
export function consentText(n: ConsentNote): string {
  // Refusals are listed one by one (what was refused is what a person checks the site against); a full acceptance
  // needs no list.
  if (!n.understood) return `consent cookie of ${n.platform}, format not understood`;
  const said = ORDER.filter((c) => n.choices[c] !== undefined);
  let what: string;
  if (!n.answered) what = 'not answered yet (the platform’s defaults)';
  else if (said.length === 0) what = 'answered (no category this extension can map)';
  else if (said.length > 1 && said.every((c) => n.choices[c] === 'accepted')) what = 'accepted all';
  else what = said.map((c) => `${c} ${n.choices[c]}`).join(', ');
  return `consent: ${what} — ${n.platform}`;
}
