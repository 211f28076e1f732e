import type { KnownCategory } from '../types';
import { type CategoryMap, type Choice, CONSENT_CATEGORIES, type ConsentCategory } from './types';

function isConsentCategory(c: KnownCategory): c is ConsentCategory {
  return (CONSENT_CATEGORIES as readonly string[]).includes(c);
}

/**
 * Platform categories with their yes/no → our categories. A category of ours is accepted when any platform
 * category that maps to it was accepted, refused when every one that maps to it was refused: a visitor who allowed
 * "performance" but refused "statistics" allowed some analytics. Unmapped platform categories are left out.
 */
export function mapChoices(
  table: CategoryMap,
  answers: Iterable<readonly [string, boolean]>,
): Partial<Record<ConsentCategory, Choice>> {
  const out: Partial<Record<ConsentCategory, Choice>> = {};
  for (const [key, yes] of answers) {
    for (const ours of table[key] ?? []) {
      if (!isConsentCategory(ours)) continue;
      if (yes) out[ours] = 'accepted';
      else if (out[ours] === undefined) out[ours] = 'refused';
    }
  }
  return out;
}

/** Every optional category the same way, for a record that says "all" or "none". */
export function allChoices(choice: Choice): Record<ConsentCategory, Choice> {
  return Object.fromEntries(CONSENT_CATEGORIES.map((c) => [c, choice])) as Record<ConsentCategory, Choice>;
}
