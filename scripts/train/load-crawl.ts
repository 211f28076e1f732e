import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Cookie, SameSite } from '../../src/core/types';

/** The four classes consent platforms declare; "preferences" is scored as functional (training/README.md). */
export const CLASSES = ['necessary', 'functional', 'analytics', 'marketing'] as const;
export type Label = (typeof CLASSES)[number];

export interface CrawlRow {
  cookie: Cookie;
  label: Label;
  /** The page the consent platform declared the cookie on: one site, one fold. */
  pageUrl: string;
  pageSite: string;
}

/** Crawl time of the CookieBlock example crawl (February 2021): expiry_s counts from here. */
export const CRAWL_EPOCH_S = Date.UTC(2021, 1, 15) / 1000;

const SAME_SITE: Record<string, SameSite> = { lax: 'lax', strict: 'strict', none: 'no_restriction' };

/** Reads consent-crawl-train.csv into cookies with the site's own label. */
export function loadCrawl(file: string): CrawlRow[] {
  const records = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  return records.map((r) => {
    const session = r.session === 'true';
    const expiry = Number(r.expiry_s);
    const cookie: Cookie = {
      name: r.name ?? '',
      value: r.value ?? '',
      domain: r.domain ?? '',
      hostOnly: r.host_only === 'true',
      path: r.path || '/',
      secure: r.secure === 'true',
      httpOnly: r.http_only === 'true',
      sameSite: SAME_SITE[(r.same_site ?? '').toLowerCase()] ?? 'unspecified',
      session,
      storeId: '0',
    };
    if (!session) cookie.expirationDate = CRAWL_EPOCH_S + expiry;
    return {
      cookie,
      label: toLabel(r.category ?? ''),
      pageUrl: r.page_url ?? '',
      pageSite: r.first_party_site ?? '',
    };
  });
}

export function toLabel(category: string): Label {
  const c = category.toLowerCase();
  if (c === 'preferences') return 'functional';
  if ((CLASSES as readonly string[]).includes(c)) return c as Label;
  throw new Error(`unknown category "${category}"`);
}
