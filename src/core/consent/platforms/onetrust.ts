import type { Cookie } from '../../types';
import { mapChoices } from '../choices';
import { MAX_CONSENT_VALUE_CHARS, parseQuery, parseTime, safeDecodeURIComponent } from '../decode-text';
import { type CategoryMap, type ConsentPlatform, type ConsentRecord, notUnderstood } from '../types';

const PLATFORM = 'OneTrust';

/**
 * OneTrust's default cookie categories (OneTrust "Cookie Consent: default categories"): C0001 strictly necessary,
 * C0002 performance (analytics), C0003 functional, C0004 targeting, C0005 social media. Sites may add their own
 * ids (e.g. STACK42 for a TCF stack, or custom groups); those are not mapped.
 */
export const ONETRUST_CATEGORIES: CategoryMap = {
  C0001: ['necessary'],
  C0002: ['analytics'],
  C0003: ['functional', 'preferences'],
  C0004: ['marketing'],
  C0005: ['marketing'],
};

/** "C0001:1,C0002:0" → pairs; undefined when any part is not id:0|1. */
function parseGroups(text: string): [string, boolean][] | undefined {
  const pairs: [string, boolean][] = [];
  for (const part of text.split(',')) {
    if (part === '') continue;
    const m = /^([A-Za-z0-9_-]{1,40}):([01])$/.exec(part.trim());
    if (!m) return undefined;
    pairs.push([m[1] as string, m[2] === '1']);
  }
  return pairs;
}

/**
 * `OptanonConsent` is a query string: `isGpcEnabled=0&datestamp=<JS Date string>&version=…&interactionCount=1&
 * groups=C0001:1,C0002:0,…`. `OptanonAlertBoxClosed` holds the ISO time the banner was closed; without it and with
 * interactionCount 0 the groups are the site's defaults, not the visitor's answer.
 */
export function decodeOptanon(cookie: Cookie, alertBoxClosed?: Cookie): ConsentRecord {
  if (cookie.value.length > MAX_CONSENT_VALUE_CHARS) return notUnderstood(PLATFORM, cookie);
  const query = parseQuery(cookie.value);
  const groupsText = query?.get('groups');
  const groups = groupsText === undefined ? undefined : parseGroups(groupsText);
  if (!query || !groups || groups.length === 0) return notUnderstood(PLATFORM, cookie);

  const closedAt = alertBoxClosed ? parseTime(safeDecodeURIComponent(alertBoxClosed.value)) : undefined;
  const interactions = Number(query.get('interactionCount') ?? '0');
  const answered = closedAt !== undefined || (Number.isFinite(interactions) && interactions > 0);
  const record: ConsentRecord = {
    understood: true,
    platform: PLATFORM,
    cookieName: cookie.name,
    cookieDomain: cookie.domain,
    choices: mapChoices(ONETRUST_CATEGORIES, groups),
    answered,
    notes: [],
  };
  const recordedAt = closedAt ?? parseTime(query.get('datestamp'));
  if (recordedAt !== undefined) record.recordedAt = recordedAt;
  const gpc = query.get('isGpcEnabled');
  if (gpc === '1' || gpc === 'true') record.gpc = true;
  else if (gpc === '0' || gpc === 'false') record.gpc = false;
  const unmapped = groups.filter(([id]) => !(id in ONETRUST_CATEGORIES)).map(([id]) => id);
  if (unmapped.length > 0) record.notes.push(`site-defined groups not mapped: ${unmapped.join(', ')}`);
  if (!answered) record.notes.push('banner not answered yet: the groups are the site’s defaults');
  return record;
}

export const oneTrust: ConsentPlatform = {
  id: 'onetrust',
  name: PLATFORM,
  categories: ONETRUST_CATEGORIES,
  scripts:
    /cdn\.cookielaw\.org|optanon\.blob\.core\.windows\.net|cookie-cdn\.cookiepro\.com|onetrust\.com\/.*otSDKStub|otSDKStub\.js/i,
  read(cookies) {
    const closed = cookies.find((c) => c.name === 'OptanonAlertBoxClosed');
    return cookies.filter((c) => c.name === 'OptanonConsent').map((c) => decodeOptanon(c, closed));
  },
};
