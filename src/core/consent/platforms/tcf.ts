import { tcfLibrary } from '../../libraries/iab-tcf';
import type { Cookie } from '../../types';
import { MAX_CONSENT_VALUE_CHARS } from '../decode-text';
import { TCF_PURPOSE_CATEGORIES, tcfChoices, tcfPlatformName } from '../tcf-purposes';
import { type ConsentPlatform, type ConsentRecord, notUnderstood, type TcfFacts } from '../types';

const NAMES = new Set(['euconsent-v2']);
const PLATFORM = 'IAB TCF';

/**
 * Decodes a TC string with the IAB's own @iabtcf/core (no vendor list needed to decode, so no network). The core
 * segment holds purposes, vendor consents, CMP id and times; other segments are left to the library.
 */
export function decodeTcString(value: string, cookie: Pick<Cookie, 'name' | 'domain'>): ConsentRecord {
  const text = value.trim();
  if (text === '' || text.length > MAX_CONSENT_VALUE_CHARS || !/^[A-Za-z0-9_.-]+$/.test(text)) {
    return notUnderstood(PLATFORM, cookie);
  }
  const { TCModelError, TCString } = tcfLibrary();
  let model: ReturnType<typeof TCString.decode>;
  try {
    model = TCString.decode(text);
  } catch (error) {
    const unreadable = notUnderstood(PLATFORM, cookie);
    // @iabtcf/core refuses CMP ids 0 and 1 (the IAB never assigns them): that is a finding, not a mystery.
    const match = error instanceof TCModelError ? /invalid value (\d+) passed for cmpId/.exec(error.message) : null;
    if (match) unreadable.problem = { kind: 'invalid-cmp-id', cmpId: Number(match[1]) };
    return unreadable;
  }
  const purposeConsents = [...model.purposeConsents.values()].filter((id) => id in TCF_PURPOSE_CATEGORIES);
  const facts: TcfFacts = {
    cmpId: Number(model.cmpId),
    cmpVersion: Number(model.cmpVersion),
    policyVersion: Number(model.policyVersion),
    purposeConsents,
    purposeLegitimateInterests: [...model.purposeLegitimateInterests.values()],
    vendorConsents: model.vendorConsents.size,
    created: model.created.getTime(),
    updated: model.lastUpdated.getTime(),
  };
  if (!Number.isFinite(facts.updated)) return notUnderstood(PLATFORM, cookie);
  return {
    understood: true,
    platform: tcfPlatformName(facts.cmpId),
    cookieName: cookie.name,
    cookieDomain: cookie.domain,
    choices: tcfChoices(new Set(purposeConsents)),
    // A CMP writes the TC string once the visitor has answered (TCF policy: no string before a choice).
    answered: true,
    recordedAt: facts.updated,
    tcf: facts,
    notes: [
      `purposes with consent: ${purposeConsents.length > 0 ? purposeConsents.join(', ') : 'none'}`,
      `${facts.vendorConsents} vendors with consent`,
    ],
  };
}

/** `euconsent-v2`, written by every TCF CMP (Quantcast Choice, Sourcepoint, Didomi, OneTrust's TCF mode…). */
export const tcf: ConsentPlatform = {
  id: 'tcf',
  name: PLATFORM,
  categories: TCF_PURPOSE_CATEGORIES,
  scripts: /quantcast\.mgr\.consensu\.org|cmp\.quantcast\.com|sourcepoint|sp-prod\.net|privacy-mgmt\.com/i,
  read(cookies) {
    return cookies.filter((c) => NAMES.has(c.name)).map((c) => decodeTcString(c.value, c));
  },
};
