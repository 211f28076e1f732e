import { readConsentRecords } from '../consent/registry';
import { CONSENT_CATEGORIES } from '../consent/types';
import type { Cookie } from '../types';
import type { ConsentNote } from './event';

// The words (consent-text.ts) are apart from the decoders: the popup shows them without loading every decoder.
/**
 * What a consent platform's record cookie says, read from that cookie alone (the same decoders as the consent
 * audit, core/consent/platforms). Null for any other cookie. A record spread over several cookies (Complianz) or
 * helped by a second one (OneTrust's OptanonAlertBoxClosed) is read from what this cookie holds.
 */
export function consentNote(cookie: Cookie): ConsentNote | null {
  const record = readConsentRecords([cookie]).find((r) => r.cookieName === cookie.name);
  if (!record) return null;
  if (!record.understood) return { platform: record.platform, understood: false, answered: false, choices: {} };
  const choices: ConsentNote['choices'] = {};
  for (const c of CONSENT_CATEGORIES) {
    const v = record.choices[c];
    if (v) choices[c] = v;
  }
  return { platform: record.platform, understood: true, answered: record.answered, choices };
}
