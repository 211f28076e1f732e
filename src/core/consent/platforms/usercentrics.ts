import { yesNo } from '../decode-text';
import { type CategoryMap, type ConsentPlatform, notUnderstood } from '../types';

const PLATFORM = 'Usercentrics';

/** Usercentrics groups services into site-defined categories; its cookies name none of ours. */
export const USERCENTRICS_CATEGORIES: CategoryMap = {};

/**
 * Usercentrics keeps the choice itself in localStorage (`uc_settings` / `ucData`, Usercentrics docs "Cookies and
 * storage"), which an extension reading cookies cannot see. The cookie `uc_user_interaction` says only whether the
 * visitor answered the banner; `uc_gcm` (Consent Mode signals) is read by the consent-mode decoder.
 */
export const usercentrics: ConsentPlatform = {
  id: 'usercentrics',
  name: PLATFORM,
  categories: USERCENTRICS_CATEGORIES,
  scripts: /app\.usercentrics\.eu|web\.cmp\.usercentrics\.eu|privacy-proxy\.usercentrics\.eu/i,
  read(cookies) {
    return cookies
      .filter((c) => c.name === 'uc_user_interaction')
      .map((c) => {
        const answered = yesNo(c.value);
        if (answered === undefined) return notUnderstood(PLATFORM, c);
        return {
          understood: true as const,
          platform: PLATFORM,
          cookieName: c.name,
          cookieDomain: c.domain,
          choices: {},
          answered,
          notes: ['the choice itself is kept in localStorage, which this extension does not read'],
        };
      });
  },
};
