import type { Cookie } from '../../types';
import { allChoices, mapChoices } from '../choices';
import { jsonFromCookie, MAX_CONSENT_VALUE_CHARS } from '../decode-text';
import { type CategoryMap, type ConsentPlatform, type ConsentRecord, notUnderstood } from '../types';

const PLATFORM = 'Osano';

/**
 * Osano Cookie Consent categories (Osano docs, "Consent categories"): ESSENTIAL, STORAGE, MARKETING, PERSONALIZATION,
 * ANALYTICS, each ACCEPT or DENY. OPT_OUT=ACCEPT is a "do not sell or share" opt-out, a refusal of marketing.
 */
export const OSANO_CATEGORIES: CategoryMap = {
  ESSENTIAL: ['necessary'],
  STORAGE: ['functional'],
  MARKETING: ['marketing'],
  PERSONALIZATION: ['preferences'],
  ANALYTICS: ['analytics'],
};

export function decodeOsano(cookie: Cookie): ConsentRecord {
  if (cookie.value.length > MAX_CONSENT_VALUE_CHARS) return notUnderstood(PLATFORM, cookie);
  const json = jsonFromCookie(cookie.value);
  if (!json) return notUnderstood(PLATFORM, cookie);
  const answers: [string, boolean][] = [];
  for (const key of Object.keys(OSANO_CATEGORIES)) {
    const v = json[key];
    if (v === 'ACCEPT' || v === 'DENY') answers.push([key, v === 'ACCEPT']);
  }
  if (answers.length === 0) return notUnderstood(PLATFORM, cookie);
  const choices = mapChoices(OSANO_CATEGORIES, answers);
  if (json.OPT_OUT === 'ACCEPT') choices.marketing = 'refused';
  return {
    understood: true,
    platform: PLATFORM,
    cookieName: cookie.name,
    cookieDomain: cookie.domain,
    choices,
    answered: true,
    notes: [],
  };
}

/**
 * The open-source Cookie Consent banner (by Osano) stores `cookieconsent_status` = allow | deny | dismiss: one
 * answer for every optional cookie. "dismiss" is the informational banner closed, not a choice.
 */
export function decodeCookieConsentStatus(cookie: Cookie): ConsentRecord {
  const v = cookie.value.trim();
  const base = {
    understood: true as const,
    platform: 'Cookie Consent (Osano open source)',
    cookieName: cookie.name,
    cookieDomain: cookie.domain,
    notes: [],
  };
  if (v === 'allow') return { ...base, choices: allChoices('accepted'), answered: true };
  if (v === 'deny') return { ...base, choices: allChoices('refused'), answered: true };
  if (v === 'dismiss')
    return { ...base, choices: {}, answered: true, notes: ['informational banner dismissed: no choice asked'] };
  return notUnderstood(base.platform, cookie);
}

export const osano: ConsentPlatform = {
  id: 'osano',
  name: PLATFORM,
  categories: OSANO_CATEGORIES,
  scripts: /cmp\.osano\.com/i,
  read(cookies) {
    return [
      ...cookies.filter((c) => c.name === 'osano_consentmanager').map(decodeOsano),
      ...cookies.filter((c) => c.name === 'cookieconsent_status').map(decodeCookieConsentStatus),
    ];
  },
};
