/**
 * Adds the Open Cookie Database's names that the catalogue does not know as entries/open-cookie-database.json, each
 * with its row id (`ocd`) for provenance (Apache-2.0, see NOTICE). Facts only: name, platform, category, domain,
 * retention; purposes are our own words, never the database's descriptions. Run again after the database or the
 * catalogue changes: `npx tsx scripts/catalogue/import-ocd.ts ../shared/training/open-cookie-database.csv`.
 *
 * Kept out: names the catalogue already knows (our entry wins; calibration notes say where they differ), names
 * without a domain that are too generic to pin to one platform, and wildcard prefixes shorter than five characters,
 * which would shadow unrelated names (the database's own README warns of both).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalogue } from '../../src/core/catalogue/index';
import type { CatalogueEntry, LifespanText, Vendor } from '../../src/core/catalogue/schema';
import { shippedCatalogueData } from '../../src/core/catalogue/shipped-data';
import { siteOf } from '../../src/core/party';
import type { KnownCategory, PurposeTag } from '../../src/core/types';
import { loadOcd } from '../train/load-ocd';

const DATA = join(import.meta.dirname, '../../src/core/catalogue/data');
const OUT = join(DATA, 'entries', 'open-cookie-database.json');
const file = process.argv[2] ?? join(import.meta.dirname, '../../../shared/training/open-cookie-database.csv');

// Start from the catalogue without a previous import, so re-running gives the same file.
writeFileSync(OUT, '[]\n');
const data = shippedCatalogueData();
const catalogue = buildCatalogue(data);
const vendors: Vendor[] = JSON.parse(readFileSync(join(DATA, 'vendors.json'), 'utf8'));
const vendorIds = new Set(vendors.map((v) => v.id));
const byName = new Map(vendors.map((v) => [v.name.toLowerCase(), v.id]));

/** Generic words: without a domain they mean different things on different sites (STYLE.md). */
const GENERIC = /^(?:id|uid|uuid|sid|session|sessionid|token|user|test|lang|locale|cart|c|u|i|d|ab|um|t|s|v|a)$/i;
const TAGS: Record<KnownCategory, PurposeTag[]> = {
  necessary: ['security'],
  functional: ['ui-state'],
  preferences: ['personalization'],
  analytics: ['analytics'],
  marketing: ['ads'],
};
const WORDS: Record<KnownCategory, string> = {
  necessary: 'strictly necessary',
  functional: 'functional',
  preferences: 'a preference',
  analytics: 'analytics',
  marketing: 'marketing',
};

const out: CatalogueEntry[] = [];
const added = new Set<string>();
const newVendors: Vendor[] = [];
for (const row of loadOcd(file)) {
  const category: KnownCategory =
    row.label === 'functional' ? 'preferences' : (row.label as Exclude<typeof row.label, 'functional'>);
  const host = row.domain.replace(/^\*?\.?/, '').replace(/\/.*$/, '');
  const site = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? siteOf(host) : '';
  if (row.wildcard && row.name.length < 5) continue;
  if (!site && (GENERIC.test(row.name) || row.name.length < 3)) continue;
  if (/[*\s]/.test(row.name) || row.name.length > 100) continue;
  const probe = row.wildcard ? `${row.name}x` : row.name;
  if (catalogue.lookup(probe, site || 'unlisted.invalid')) continue;
  const key = `${row.name}|${row.wildcard}|${site}`;
  if (added.has(key)) continue;
  added.add(key);
  const vendor = vendorFor(row.platform);
  const entry: CatalogueEntry = {
    ...(row.wildcard ? { pattern: `${row.name}*` } : { name: row.name }),
    vendor,
    category,
    tags: TAGS[category],
    purpose: `${row.platform} cookie; the Open Cookie Database lists it as ${WORDS[category]}`,
  };
  const life = lifespanText(row.lifespan);
  if (life) entry.lifespan = life;
  if (site) entry.domains = [site];
  entry.ocd = row.id;
  out.push(entry);
}

writeFileSync(OUT, `[\n${out.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]\n`);
if (newVendors.length > 0) {
  const all = [...vendors, ...newVendors];
  writeFileSync(join(DATA, 'vendors.json'), `[\n${all.map((v) => `  ${JSON.stringify(v)}`).join(',\n')}\n]\n`);
}
console.log(`${out.length} entries from the Open Cookie Database, ${newVendors.length} new vendors`);

function vendorFor(platform: string): string {
  const known = byName.get(platform.toLowerCase());
  if (known) return known;
  const id = platform
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const vid = id === '' ? 'ocd-unnamed' : id;
  if (!vendorIds.has(vid)) {
    vendorIds.add(vid);
    newVendors.push({ id: vid, name: platform.trim() || 'Unnamed platform' });
  }
  byName.set(platform.toLowerCase(), vid);
  return vid;
}

function lifespanText(l: number | 'session' | undefined): LifespanText | undefined {
  if (l === undefined) return undefined;
  if (l === 'session') return 'session';
  const DAY = 86_400;
  if (l % (365 * DAY) === 0) return `${l / (365 * DAY)}y`;
  if (l % (30 * DAY) === 0) return `${l / (30 * DAY)}mo`;
  if (l % DAY === 0) return `${l / DAY}d`;
  if (l % 3600 === 0) return `${l / 3600}h`;
  if (l % 60 === 0) return `${l / 60}m`;
  return `${Math.round(l)}s`;
}
