import type { Cookie } from '../../types';
import { mapChoices } from '../choices';
import { fullyDecoded, jsonFromCookie, MAX_CONSENT_VALUE_CHARS, parseQuery } from '../decode-text';
import { type CategoryMap, type ConsentPlatform, type ConsentRecord, notUnderstood } from '../types';

const PLATFORM = 'Google Consent Mode';

/**
 * Google Consent Mode v2 signals (Google Tag Platform docs, "Consent mode overview": ad_storage, ad_user_data,
 * ad_personalization, analytics_storage, functionality_storage, personalization_storage, security_storage), each
 * "granted" or "denied". Platforms that keep them in a cookie write snake_case or camelCase keys.
 */
export const CONSENT_MODE_CATEGORIES: CategoryMap = {
  ad_storage: ['marketing'],
  ad_user_data: ['marketing'],
  ad_personalization: ['marketing'],
  analytics_storage: ['analytics'],
  functionality_storage: ['functional'],
  personalization_storage: ['preferences'],
  security_storage: ['necessary'],
};

/** Cookies known to hold the signals: Usercentrics' `uc_gcm`, Borlabs' `borlabs-cookie-gcs`. */
const NAMES: Record<string, string> = { uc_gcm: 'Usercentrics', 'borlabs-cookie-gcs': 'Borlabs Cookie' };

function snake(key: string): string {
  return key.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);
}

/** Signals from any object-like value: granted/denied (or true/false) per signal name. */
export function consentModeAnswers(entries: Iterable<[string, unknown]>): [string, boolean][] {
  const answers: [string, boolean][] = [];
  for (const [key, value] of entries) {
    const name = snake(key);
    if (!(name in CONSENT_MODE_CATEGORIES)) continue;
    if (value === 'granted' || value === true) answers.push([name, true]);
    else if (value === 'denied' || value === false) answers.push([name, false]);
  }
  return answers;
}

export function decodeConsentModeCookie(cookie: Cookie): ConsentRecord {
  const owner = NAMES[cookie.name] ?? 'unknown platform';
  const platform = `${PLATFORM} (${owner})`;
  if (cookie.value.length > MAX_CONSENT_VALUE_CHARS) return notUnderstood(platform, cookie);
  const json = jsonFromCookie(cookie.value);
  const decoded = fullyDecoded(cookie.value);
  const entries = json ? Object.entries(json) : decoded ? [...(parseQuery(decoded) ?? new Map()).entries()] : [];
  const answers = consentModeAnswers(entries);
  if (answers.length === 0) return notUnderstood(platform, cookie);
  return {
    understood: true,
    platform,
    cookieName: cookie.name,
    cookieDomain: cookie.domain,
    choices: mapChoices(CONSENT_MODE_CATEGORIES, answers),
    answered: true,
    notes: answers.map(([k, v]) => `${k}: ${v ? 'granted' : 'denied'}`),
  };
}

export const consentMode: ConsentPlatform = {
  id: 'consent-mode',
  name: PLATFORM,
  categories: CONSENT_MODE_CATEGORIES,
  read(cookies) {
    return cookies.filter((c) => c.name in NAMES).map(decodeConsentModeCookie);
  },
};
