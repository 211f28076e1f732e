import type { Cookie } from '../../types';
import { mapChoices } from '../choices';
import { fullyDecoded, MAX_CONSENT_VALUE_CHARS, yesNo } from '../decode-text';
import { type CategoryMap, type ConsentPlatform, type ConsentRecord, notUnderstood } from '../types';

const PLATFORM = 'CookieYes';

/** CookieYes categories (CookieYes docs, "Cookies set by CookieYes"); `other` is site-defined, not mapped. */
export const COOKIEYES_CATEGORIES: CategoryMap = {
  necessary: ['necessary'],
  functional: ['functional', 'preferences'],
  analytics: ['analytics'],
  performance: ['analytics'],
  advertisement: ['marketing'],
};

/**
 * `cookieyes-consent=consentid:…,consent:yes,action:yes,necessary:yes,functional:no,analytics:no,performance:no,
 * advertisement:no,other:no`. `action:yes` means the visitor used the banner. The cookie holds no time.
 */
export function decodeCookieYes(cookie: Cookie): ConsentRecord {
  if (cookie.value.length > MAX_CONSENT_VALUE_CHARS) return notUnderstood(PLATFORM, cookie);
  const text = fullyDecoded(cookie.value);
  if (!text) return notUnderstood(PLATFORM, cookie);
  const fields = new Map<string, string>();
  for (const part of text.split(',')) {
    const kv = /^\s*([A-Za-z_-]{1,40}):([^,]*)$/.exec(part);
    if (!kv) return notUnderstood(PLATFORM, cookie);
    fields.set(kv[1] as string, kv[2] as string);
  }
  const answers: [string, boolean][] = [];
  for (const key of Object.keys(COOKIEYES_CATEGORIES)) {
    const v = yesNo(fields.get(key));
    if (v !== undefined) answers.push([key, v]);
  }
  // A record that answers for no optional category is not one we know.
  if (!answers.some(([k]) => k !== 'necessary')) return notUnderstood(PLATFORM, cookie);
  return {
    understood: true,
    platform: PLATFORM,
    cookieName: cookie.name,
    cookieDomain: cookie.domain,
    choices: mapChoices(COOKIEYES_CATEGORIES, answers),
    answered: yesNo(fields.get('action')) === true,
    notes: [],
  };
}

export const cookieYes: ConsentPlatform = {
  id: 'cookieyes',
  name: PLATFORM,
  categories: COOKIEYES_CATEGORIES,
  scripts: /cdn-cookieyes\.com|cookieyes\.com\/client_data/i,
  read(cookies) {
    return cookies.filter((c) => c.name === 'cookieyes-consent').map(decodeCookieYes);
  },
};
