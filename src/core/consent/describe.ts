import { humanDuration } from '../lifespan';
import type { SiteConsent } from '../types';
import type { ConsentCategory } from './types';

/** The order people read categories in: the tracking ones first. */
const ORDER: readonly ConsentCategory[] = ['analytics', 'marketing', 'preferences', 'functional'];

/** "2 minutes ago" / "in 3 days" (a clock skew) relative to `now`. */
export function agoText(at: number, now: number): string {
  const d = now - at;
  return d >= 0 ? `${humanDuration(d / 1000)} ago` : `${humanDuration(-d / 1000)} from now`;
}

/**
 * The consent state in one line: "analytics: refused, marketing: refused, preferences: accepted; recorded 2 minutes
 * ago by OneTrust". Null when no record holds an answer.
 */
export function choiceLine(consent: SiteConsent, now: number): string | null {
  if (!consent.answered) return null;
  const parts = ORDER.flatMap((cat) => {
    const v = consent.choices[cat];
    return v ? [`${cat}: ${v.choice}`] : [];
  });
  const what = parts.length > 0 ? parts.join(', ') : 'answered (no category this extension can map)';
  const when =
    consent.recordedAt !== null ? `recorded ${agoText(consent.recordedAt, now)}` : 'recorded at an unknown time';
  return `${what}; ${when} by ${consent.platform ?? 'an unknown platform'}`;
}

/** GPC in words, when anything is known about it. */
export function gpcLine(consent: SiteConsent): string | null {
  const { browser, platform } = consent.gpc;
  const parts: string[] = [];
  if (browser !== undefined) parts.push(`browser sends GPC: ${browser ? 'yes' : 'no'}`);
  if (platform !== undefined) parts.push(`platform recorded GPC: ${platform ? 'yes' : 'no'}`);
  return parts.length > 0 ? `Global Privacy Control: ${parts.join('; ')}` : null;
}

/** What to say when no answer was found. */
export function noRecordLine(consent: SiteConsent): string | null {
  if (consent.answered) return null;
  if (consent.records.some((r) => r.understood))
    return 'consent banner not answered yet (the record holds only the site’s defaults)';
  if (consent.records.length > 0)
    return consent.records
      .map((r) => (r.understood ? '' : r.note))
      .filter(Boolean)
      .join('; ');
  if (consent.bannerScripts.length > 0) {
    return `no consent record found, although ${consent.bannerScripts.join(', ')} banner script was loaded (the choice may be kept in localStorage or on the server, which this extension cannot read)`;
  }
  return null;
}

/**
 * Every consent platform found on the site, each once: the platforms of its records, then those known only by their
 * banner script. A script name that a record's platform already starts with ("IAB TCF" beside "IAB TCF via Quantcast
 * Choice (CMP 10)") is the same platform and is not repeated.
 */
export function platformsFound(consent: Pick<SiteConsent, 'records' | 'bannerScripts'>): string[] {
  const found: string[] = [];
  for (const r of consent.records) if (!found.includes(r.platform)) found.push(r.platform);
  for (const s of consent.bannerScripts) if (!found.some((p) => p.startsWith(s))) found.push(s);
  return found;
}
