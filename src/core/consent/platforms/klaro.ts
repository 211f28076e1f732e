import type { Cookie } from '../../types';
import { jsonFromCookie, MAX_CONSENT_VALUE_CHARS } from '../decode-text';
import { type CategoryMap, type ConsentPlatform, type ConsentRecord, notUnderstood } from '../types';
import { serviceChoices } from './service-list';

const PLATFORM = 'Klaro';

/** Klaro's cookie holds services, not categories (see service-list.ts). */
export const KLARO_CATEGORIES: CategoryMap = {};

/** `klaro` = URL-encoded JSON `{"<service>":true|false,…}` (Klaro docs, "storageMethod: cookie"). */
export function decodeKlaro(cookie: Cookie): ConsentRecord {
  if (cookie.value.length > MAX_CONSENT_VALUE_CHARS) return notUnderstood(PLATFORM, cookie);
  const json = jsonFromCookie(cookie.value);
  const values = json ? Object.values(json) : [];
  if (!json || values.length === 0 || !values.every((v) => typeof v === 'boolean'))
    return notUnderstood(PLATFORM, cookie);
  const { choices, note } = serviceChoices(values as boolean[]);
  return {
    understood: true,
    platform: PLATFORM,
    cookieName: cookie.name,
    cookieDomain: cookie.domain,
    choices,
    answered: true,
    notes: [note],
  };
}

export const klaro: ConsentPlatform = {
  id: 'klaro',
  name: PLATFORM,
  categories: KLARO_CATEGORIES,
  scripts: /klaro(\.min)?\.js|cdn\.kiprotect\.com\/klaro/i,
  read(cookies) {
    return cookies.filter((c) => c.name === 'klaro').map(decodeKlaro);
  },
};
