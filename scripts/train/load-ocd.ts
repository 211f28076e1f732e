import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Label } from './load-crawl';

/** One Open Cookie Database row reduced to the facts we may use (names, category, domain, retention). */
export interface OcdRow {
  id: string;
  platform: string;
  /** Exact name, or the literal prefix when `wildcard`. */
  name: string;
  wildcard: boolean;
  domain: string;
  label: Label;
  /** Seconds or 'session'; undefined when the retention text is not a plain duration. */
  lifespan: number | 'session' | undefined;
}

/**
 * The database's own category words mapped to ours. Its "Functional" means strictly necessary (its README: "also
 * known as technical, essential or strictly necessary"), "Security" is necessary too, "Personalization" is
 * preferences, which consent platforms declare as functional.
 */
const OCD_LABEL: Record<string, Label> = {
  functional: 'necessary',
  necessary: 'necessary',
  security: 'necessary',
  personalization: 'functional',
  analytics: 'analytics',
  marketing: 'marketing',
};

export function loadOcd(file: string): OcdRow[] {
  const records = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  const out: OcdRow[] = [];
  for (const r of records) {
    const label = OCD_LABEL[(r.Category ?? '').trim().toLowerCase()];
    const name = (r['Cookie / Data Key name'] ?? '').trim();
    if (!label || name === '') continue;
    out.push({
      id: r.ID ?? '',
      platform: r.Platform ?? '',
      name,
      wildcard: r['Wildcard match'] === '1',
      domain: (r.Domain ?? '').trim().toLowerCase(),
      label,
      lifespan: retention(r['Retention period'] ?? ''),
    });
  }
  return out;
}

const UNITS: Record<string, number> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86_400,
  week: 7 * 86_400,
  month: 30 * 86_400,
  year: 365 * 86_400,
};

/** "1 year", "13 Months", "session", "30 minutes" → seconds; anything else (ranges, prose) → undefined. */
export function retention(text: string): number | 'session' | undefined {
  const t = text.trim().toLowerCase();
  if (t.startsWith('session')) return 'session';
  const m = /^(\d+(?:\.\d+)?)\s*(second|minute|hour|day|week|month|year)s?$/.exec(t);
  if (!m) return undefined;
  return Number(m[1]) * (UNITS[m[2] as string] as number);
}
