import type { Cookie } from '../../types';
import { mapChoices } from '../choices';
import { jsonFromCookie, MAX_CONSENT_VALUE_CHARS, parseTime } from '../decode-text';
import { type CategoryMap, type ConsentPlatform, type ConsentRecord, notUnderstood } from '../types';

const PLATFORM = 'Didomi';

/**
 * Didomi's standard purpose ids (Didomi developer docs, "Purposes": the IAB TCF purposes under Didomi's names).
 * `cookies` is TCF purpose 1, storage on the device: refusing it refuses everything (see decodeDidomi).
 * Custom purposes are site-defined and not mapped.
 */
export const DIDOMI_CATEGORIES: CategoryMap = {
  cookies: [],
  select_basic_ads: ['marketing'],
  create_ads_profile: ['marketing'],
  select_personalized_ads: ['marketing'],
  measure_ad_performance: ['marketing'],
  create_content_profile: ['preferences'],
  select_personalized_content: ['preferences'],
  measure_content_performance: ['analytics'],
  market_research: ['analytics'],
  improve_products: ['analytics'],
};

function ids(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, 200) : [];
}

/**
 * `didomi_token` is base64 JSON: `{"user_id":…,"created":ISO,"updated":ISO,"vendors":{"enabled":[],"disabled":[]},
 * "purposes":{"enabled":[],"disabled":[]},"version":2}`.
 */
export function decodeDidomi(cookie: Cookie): ConsentRecord {
  if (cookie.value.length > MAX_CONSENT_VALUE_CHARS) return notUnderstood(PLATFORM, cookie);
  const json = jsonFromCookie(cookie.value);
  const purposes = json?.purposes as Record<string, unknown> | undefined;
  if (!json || typeof purposes !== 'object' || purposes === null) return notUnderstood(PLATFORM, cookie);
  const enabled = ids(purposes.enabled);
  const disabled = ids(purposes.disabled);
  if (enabled.length === 0 && disabled.length === 0) return notUnderstood(PLATFORM, cookie);
  const storageRefused = disabled.includes('cookies');
  const answers: [string, boolean][] = [
    ...enabled.map((p) => [p, !storageRefused] as [string, boolean]),
    ...disabled.map((p) => [p, false] as [string, boolean]),
  ];
  if (storageRefused) for (const p of Object.keys(DIDOMI_CATEGORIES)) answers.push([p, false]);
  const record: ConsentRecord = {
    understood: true,
    platform: PLATFORM,
    cookieName: cookie.name,
    cookieDomain: cookie.domain,
    choices: mapChoices(DIDOMI_CATEGORIES, answers),
    answered: true,
    notes: [],
  };
  const updated = parseTime(json.updated) ?? parseTime(json.created);
  if (updated !== undefined) record.recordedAt = updated;
  const custom = [...enabled, ...disabled].filter((p) => !(p in DIDOMI_CATEGORIES));
  if (custom.length > 0) record.notes.push(`site-defined purposes not mapped: ${custom.slice(0, 10).join(', ')}`);
  return record;
}

export const didomi: ConsentPlatform = {
  id: 'didomi',
  name: PLATFORM,
  categories: DIDOMI_CATEGORIES,
  scripts: /sdk\.privacy-center\.org|didomi\.io/i,
  read(cookies) {
    return cookies.filter((c) => c.name === 'didomi_token').map(decodeDidomi);
  },
};
