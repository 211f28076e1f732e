import { mapChoices } from './choices';
import type { CategoryMap, Choice, ConsentCategory } from './types';

/**
 * TCF v2.2 purposes (Policy Appendix A) → our categories. Purpose 1, "Store and/or access information on a device",
 * is the ePrivacy art. 5(3) consent itself: without it no vendor may set a cookie for any purpose, so it is applied
 * first (see tcfChoices). Only consent counts: the TCF policy (§ C(b)) forbids legitimate interest for purpose 1,
 * and art. 5(3) needs consent for any non-necessary cookie.
 */
export const TCF_PURPOSE_CATEGORIES: CategoryMap = {
  '1': [],
  '2': ['marketing'], // Use limited data to select advertising
  '3': ['marketing'], // Create profiles for personalised advertising
  '4': ['marketing'], // Use profiles to select personalised advertising
  '5': ['preferences'], // Create profiles to personalise content
  '6': ['preferences'], // Use profiles to select personalised content
  '7': ['marketing'], // Measure advertising performance
  '8': ['analytics'], // Measure content performance
  '9': ['analytics'], // Understand audiences through statistics or combinations of data from different sources
  '10': ['analytics'], // Develop and improve services
  '11': ['preferences'], // Use limited data to select content
};

const PURPOSE_IDS = Object.keys(TCF_PURPOSE_CATEGORIES).map(Number);

/** Choices from the set of purposes with consent. */
export function tcfChoices(consented: ReadonlySet<number>): Partial<Record<ConsentCategory, Choice>> {
  const storage = consented.has(1);
  return mapChoices(
    TCF_PURPOSE_CATEGORIES,
    PURPOSE_IDS.filter((id) => id !== 1).map((id) => [String(id), storage && consented.has(id)] as const),
  );
}

/** CMP ids of platforms this extension names (IAB CMP list); others are shown by number. */
export const CMP_NAMES: Readonly<Record<number, string>> = {
  5: 'Usercentrics',
  6: 'Sourcepoint',
  7: 'Didomi',
  10: 'Quantcast Choice',
  28: 'OneTrust',
  134: 'Cookiebot',
};

export function tcfPlatformName(cmpId: number): string {
  const name = CMP_NAMES[cmpId];
  return name ? `IAB TCF via ${name} (CMP ${cmpId})` : `IAB TCF (CMP ${cmpId})`;
}
