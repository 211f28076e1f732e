import type { Cookie } from '../../types';
import { jsonFromCookie, MAX_CONSENT_VALUE_CHARS, parseTime } from '../decode-text';
import { type CategoryMap, type ConsentPlatform, type ConsentRecord, notUnderstood } from '../types';
import { serviceChoices } from './service-list';

const PLATFORM = 'Axeptio';

/** Axeptio's cookie holds services, not categories (see service-list.ts). */
export const AXEPTIO_CATEGORIES: CategoryMap = {};

/**
 * `axeptio_cookies` = URL-encoded JSON: `{"$$token":…,"$$date":ISO,"$$cookiesVersion":{…},"$$completed":true,
 * "<service>":true|false,…}`; keys starting with `$$` are Axeptio's own metadata.
 */
export function decodeAxeptio(cookie: Cookie): ConsentRecord {
  if (cookie.value.length > MAX_CONSENT_VALUE_CHARS) return notUnderstood(PLATFORM, cookie);
  const json = jsonFromCookie(cookie.value);
  if (!json) return notUnderstood(PLATFORM, cookie);
  const services = Object.entries(json).filter(([k]) => !k.startsWith('$$'));
  if (!services.every(([, v]) => typeof v === 'boolean') || (services.length === 0 && !('$$date' in json))) {
    return notUnderstood(PLATFORM, cookie);
  }
  const { choices, note } = serviceChoices(services.map(([, v]) => v as boolean));
  const record: ConsentRecord = {
    understood: true,
    platform: PLATFORM,
    cookieName: cookie.name,
    cookieDomain: cookie.domain,
    choices,
    answered: json.$$completed !== false,
    notes: [note],
  };
  const at = parseTime(json.$$date);
  if (at !== undefined) record.recordedAt = at;
  return record;
}

export const axeptio: ConsentPlatform = {
  id: 'axeptio',
  name: PLATFORM,
  categories: AXEPTIO_CATEGORIES,
  scripts: /static\.axept\.io/i,
  read(cookies) {
    return cookies.filter((c) => c.name === 'axeptio_cookies').map(decodeAxeptio);
  },
};
