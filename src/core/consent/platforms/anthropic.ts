import type { Cookie } from '../../types';
import { mapChoices } from '../choices';
import { jsonFromCookie, MAX_CONSENT_VALUE_CHARS } from '../decode-text';
import { type CategoryMap, type ConsentPlatform, type ConsentRecord, notUnderstood } from '../types';

const PLATFORM = 'Anthropic';

/** Anthropic's cookie categories (privacy.anthropic.com, "What cookies does Anthropic use?"). */
export const ANTHROPIC_CATEGORIES: CategoryMap = {
  necessary: ['necessary'],
  analytics: ['analytics'],
  marketing: ['marketing'],
};

/** `anthropic-consent-preferences` = URL-encoded JSON `{"analytics":bool,"marketing":bool}` on Anthropic's sites. */
export function decodeAnthropic(cookie: Cookie): ConsentRecord {
  if (cookie.value.length > MAX_CONSENT_VALUE_CHARS) return notUnderstood(PLATFORM, cookie);
  const json = jsonFromCookie(cookie.value);
  const answers = json
    ? Object.entries(json).filter(
        (e): e is [string, boolean] => e[0] in ANTHROPIC_CATEGORIES && typeof e[1] === 'boolean',
      )
    : [];
  if (answers.length === 0) return notUnderstood(PLATFORM, cookie);
  return {
    understood: true,
    platform: PLATFORM,
    cookieName: cookie.name,
    cookieDomain: cookie.domain,
    choices: mapChoices(ANTHROPIC_CATEGORIES, answers),
    answered: true,
    notes: [],
  };
}

export const anthropic: ConsentPlatform = {
  id: 'anthropic',
  name: PLATFORM,
  categories: ANTHROPIC_CATEGORIES,
  read(cookies) {
    return cookies.filter((c) => c.name === 'anthropic-consent-preferences').map(decodeAnthropic);
  },
};
