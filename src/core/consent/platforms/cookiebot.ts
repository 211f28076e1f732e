import type { Cookie } from '../../types';
import { allChoices, mapChoices } from '../choices';
import { fullyDecoded, MAX_CONSENT_VALUE_CHARS, parseTime } from '../decode-text';
import { type CategoryMap, type ConsentPlatform, type ConsentRecord, notUnderstood } from '../types';

const PLATFORM = 'Cookiebot';

/** Cookiebot's four categories (Cookiebot developer docs, "Cookie categories"). */
export const COOKIEBOT_CATEGORIES: CategoryMap = {
  necessary: ['necessary'],
  preferences: ['preferences', 'functional'],
  statistics: ['analytics'],
  marketing: ['marketing'],
};

/**
 * `CookieConsent` is a URL-encoded JS object literal, not JSON:
 * `{stamp:'…',necessary:true,preferences:false,statistics:false,marketing:false,method:'explicit',ver:1,utc:1733…,region:'fr'}`.
 * `stamp:'-1'` means the banner does not apply (no consent needed or the visitor is a bot): not a choice.
 * Read as key:value pairs; values never contain commas in this format.
 */
export function decodeCookiebot(cookie: Cookie): ConsentRecord {
  if (cookie.value.length > MAX_CONSENT_VALUE_CHARS) return notUnderstood(PLATFORM, cookie);
  const text = fullyDecoded(cookie.value)?.trim();
  if (!text) return notUnderstood(PLATFORM, cookie);
  if (text === '-1') {
    return {
      understood: true,
      platform: PLATFORM,
      cookieName: cookie.name,
      cookieDomain: cookie.domain,
      choices: {},
      answered: false,
      notes: ['no consent needed in the visitor’s region (stamp -1)'],
    };
  }
  const m = /^\{(.*)\}$/s.exec(text);
  if (!m) return notUnderstood(PLATFORM, cookie);
  const fields = new Map<string, string>();
  for (const part of (m[1] as string).split(',')) {
    const kv = /^\s*([A-Za-z_]\w*)\s*:\s*'?([^']*)'?\s*$/.exec(part);
    if (!kv) return notUnderstood(PLATFORM, cookie);
    fields.set(kv[1] as string, kv[2] as string);
  }
  const answers: [string, boolean][] = [];
  for (const key of Object.keys(COOKIEBOT_CATEGORIES)) {
    const v = fields.get(key);
    if (v === 'true' || v === 'false') answers.push([key, v === 'true']);
  }
  if (answers.length === 0) return notUnderstood(PLATFORM, cookie);
  const stamp = fields.get('stamp');
  const record: ConsentRecord = {
    understood: true,
    platform: PLATFORM,
    cookieName: cookie.name,
    cookieDomain: cookie.domain,
    choices: stamp === '-1' ? allChoices('accepted') : mapChoices(COOKIEBOT_CATEGORIES, answers),
    answered: stamp !== '-1',
    notes: [],
  };
  const method = fields.get('method');
  if (method) record.notes.push(`method: ${method.slice(0, 20)}`);
  const utc = parseTime(fields.get('utc'));
  if (utc !== undefined) record.recordedAt = utc;
  return record;
}

export const cookiebot: ConsentPlatform = {
  id: 'cookiebot',
  name: PLATFORM,
  categories: COOKIEBOT_CATEGORIES,
  scripts: /consent\.cookiebot\.(com|eu)\/uc\.js|consentcdn\.cookiebot/i,
  read(cookies) {
    return cookies.filter((c) => c.name === 'CookieConsent').map(decodeCookiebot);
  },
};
