import type { Cookie } from '../../types';
import { allChoices, mapChoices } from '../choices';
import { jsonFromCookie, MAX_CONSENT_VALUE_CHARS, parseTime } from '../decode-text';
import {
  type CategoryMap,
  type Choice,
  type ConsentCategory,
  type ConsentPlatform,
  type ConsentRecord,
  notUnderstood,
} from '../types';

const PLATFORM = 'iubenda';

/**
 * iubenda's purposes (iubenda Cookie Solution docs, "Per-category consent"): 1 strictly necessary, 2 basic
 * interactions & functionalities, 3 experience enhancement, 4 measurement, 5 targeting & advertising.
 */
export const IUBENDA_CATEGORIES: CategoryMap = {
  '1': ['necessary'],
  '2': ['functional'],
  '3': ['preferences'],
  '4': ['analytics'],
  '5': ['marketing'],
};

/**
 * `_iub_cs-<site id>` = URL-encoded JSON `{"timestamp":ISO,"version":…,"purposes":{"1":true,"4":false,…},"id":…}`;
 * older sites without per-category consent write `{"consent":true|false,"timestamp":…}`.
 */
export function decodeIubenda(cookie: Cookie): ConsentRecord {
  if (cookie.value.length > MAX_CONSENT_VALUE_CHARS) return notUnderstood(PLATFORM, cookie);
  const json = jsonFromCookie(cookie.value);
  if (!json) return notUnderstood(PLATFORM, cookie);
  const purposes = json.purposes;
  let choices: Partial<Record<ConsentCategory, Choice>>;
  if (typeof purposes === 'object' && purposes !== null && !Array.isArray(purposes)) {
    const answers = Object.entries(purposes).filter((e): e is [string, boolean] => typeof e[1] === 'boolean');
    if (answers.length === 0) return notUnderstood(PLATFORM, cookie);
    choices = mapChoices(IUBENDA_CATEGORIES, answers);
  } else if (typeof json.consent === 'boolean') {
    choices = allChoices(json.consent ? 'accepted' : 'refused');
  } else return notUnderstood(PLATFORM, cookie);
  const record: ConsentRecord = {
    understood: true,
    platform: PLATFORM,
    cookieName: cookie.name,
    cookieDomain: cookie.domain,
    choices,
    answered: true,
    notes: [],
  };
  const at = parseTime(json.timestamp);
  if (at !== undefined) record.recordedAt = at;
  return record;
}

export const iubenda: ConsentPlatform = {
  id: 'iubenda',
  name: PLATFORM,
  categories: IUBENDA_CATEGORIES,
  scripts: /cdn\.iubenda\.com|cs\.iubenda\.com/i,
  read(cookies) {
    // `_iub_cs-s<id>` is the same record shared across a group of sites.
    return cookies.filter((c) => /^_iub_cs-s?\d{1,12}$/.test(c.name)).map(decodeIubenda);
  },
};
