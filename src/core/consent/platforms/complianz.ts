import { mapChoices } from '../choices';
import { yesNo } from '../decode-text';
import { type CategoryMap, type ConsentPlatform, type ConsentRecord, notUnderstood } from '../types';

const PLATFORM = 'Complianz';

/**
 * Complianz writes one cookie per category, `cmplz_<category>=allow|deny` (Complianz docs, "Cookies set by
 * Complianz"). Its "functional" category is the strictly necessary one. `statistics-anonymous` (anonymised
 * statistics some countries exempt from consent) is not mapped.
 */
export const COMPLIANZ_CATEGORIES: CategoryMap = {
  functional: ['necessary'],
  preferences: ['preferences'],
  statistics: ['analytics'],
  marketing: ['marketing'],
};

export const complianz: ConsentPlatform = {
  id: 'complianz',
  name: PLATFORM,
  categories: COMPLIANZ_CATEGORIES,
  scripts: /complianz-gdpr|\/complianz\//i,
  read(cookies) {
    const answers: [string, boolean][] = [];
    const records: ConsentRecord[] = [];
    let first: (typeof cookies)[number] | undefined;
    for (const c of cookies) {
      const m = /^cmplz_(functional|preferences|statistics|marketing)$/.exec(c.name);
      if (!m) continue;
      const yes = yesNo(c.value);
      if (yes === undefined) {
        records.push(notUnderstood(PLATFORM, c));
        continue;
      }
      first ??= c;
      answers.push([m[1] as string, yes]);
    }
    if (first) {
      const status = cookies.find((c) => c.name === 'cmplz_banner-status')?.value;
      records.unshift({
        understood: true,
        platform: PLATFORM,
        cookieName: first.name,
        cookieDomain: first.domain,
        choices: mapChoices(COMPLIANZ_CATEGORIES, answers),
        answered: status === 'dismissed' || answers.some(([k]) => k !== 'functional'),
        notes: [],
      });
    }
    return records;
  },
};
