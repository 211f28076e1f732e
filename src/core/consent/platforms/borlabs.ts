import type { Cookie } from '../../types';
import { mapChoices } from '../choices';
import { jsonFromCookie, MAX_CONSENT_VALUE_CHARS } from '../decode-text';
import { type CategoryMap, type ConsentPlatform, type ConsentRecord, notUnderstood } from '../types';

const PLATFORM = 'Borlabs Cookie';

/** Borlabs Cookie's standard groups (Borlabs docs, "Cookie Groups"); site-made groups are not mapped. */
export const BORLABS_CATEGORIES: CategoryMap = {
  essential: ['necessary'],
  statistics: ['analytics'],
  marketing: ['marketing'],
  'external-media': ['functional'],
  preferences: ['preferences'],
};

/** Groups a Borlabs site always offers: a group missing from `consents` was not accepted. */
const STANDARD_OPTIONAL = ['statistics', 'marketing'];

/**
 * `borlabs-cookie` = URL-encoded JSON `{"consents":{"essential":["borlabs-cookie"],"statistics":["google-analytics"]},
 * "domainPath":…,"expires":…,"uid":…,"version":…}`: each accepted group lists its accepted services.
 */
export function decodeBorlabs(cookie: Cookie): ConsentRecord {
  if (cookie.value.length > MAX_CONSENT_VALUE_CHARS) return notUnderstood(PLATFORM, cookie);
  const consents = jsonFromCookie(cookie.value)?.consents;
  if (typeof consents !== 'object' || consents === null || Array.isArray(consents))
    return notUnderstood(PLATFORM, cookie);
  const groups = Object.entries(consents as Record<string, unknown>);
  if (!groups.every(([, services]) => Array.isArray(services))) return notUnderstood(PLATFORM, cookie);
  const accepted = groups.filter(([, s]) => (s as unknown[]).length > 0).map(([g]) => g);
  const answers: [string, boolean][] = [
    ...accepted.map((g) => [g, true] as [string, boolean]),
    ...STANDARD_OPTIONAL.filter((g) => !accepted.includes(g)).map((g) => [g, false] as [string, boolean]),
  ];
  return {
    understood: true,
    platform: PLATFORM,
    cookieName: cookie.name,
    cookieDomain: cookie.domain,
    choices: mapChoices(BORLABS_CATEGORIES, answers),
    answered: true,
    notes: [],
  };
}

export const borlabs: ConsentPlatform = {
  id: 'borlabs',
  name: PLATFORM,
  categories: BORLABS_CATEGORIES,
  scripts: /borlabs-cookie/i,
  read(cookies) {
    return cookies.filter((c) => c.name === 'borlabs-cookie').map(decodeBorlabs);
  },
};
