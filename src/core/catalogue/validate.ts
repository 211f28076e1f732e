import { parseLifespan } from '../lifespan';
import { CATEGORIES, PURPOSE_TAGS } from '../types';
import type { CatalogueEntry, TrackerDomain, Vendor } from './schema';

const KNOWN_CATEGORIES: ReadonlySet<string> = new Set(CATEGORIES.filter((c) => c !== 'unknown'));
const KNOWN_TAGS: ReadonlySet<string> = new Set(PURPOSE_TAGS);
const VENDOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/** Thrown by buildCatalogue; the message lists every bad entry so one CI run shows them all. */
export class CatalogueError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `invalid catalogue data (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`,
    );
    this.name = 'CatalogueError';
  }
}

export interface CatalogueInput {
  entries: readonly CatalogueEntry[];
  vendors: readonly Vendor[];
  domains: readonly TrackerDomain[];
}

/** Checks the data's own rules (schema.ts); throws CatalogueError naming each bad entry. */
export function validateCatalogue(input: CatalogueInput): void {
  const problems: string[] = [];
  const vendorIds = new Set<string>();
  input.vendors.forEach((v, i) => {
    const at = `vendor #${i} "${v.id}"`;
    if (!VENDOR_ID.test(v.id)) problems.push(`${at}: id must be kebab-case`);
    if (vendorIds.has(v.id)) problems.push(`${at}: duplicate vendor id`);
    if (!v.name?.trim()) problems.push(`${at}: missing name`);
    vendorIds.add(v.id);
  });

  const seen = new Set<string>();
  input.entries.forEach((e, i) => {
    const found = entryProblems(e, vendorIds);
    const key = e.domains ? `${e.name ?? e.pattern}|${e.domains.join(',')}` : `${e.name ?? e.pattern}|`;
    if (seen.has(key)) found.push('duplicate of an earlier entry with the same name/pattern and domains');
    seen.add(key);
    if (found.length === 0) return;
    const at = `entry #${i} (${e.name !== undefined ? `name "${e.name}"` : `pattern "${e.pattern}"`}, vendor "${e.vendor}")`;
    for (const p of found) problems.push(`${at}: ${p}`);
  });

  const domains = new Set<string>();
  input.domains.forEach((d, i) => {
    const at = `domain #${i} "${d.domain}"`;
    if (!HOST.test(d.domain)) problems.push(`${at}: must be a lower-case host without a leading dot`);
    if (domains.has(d.domain)) problems.push(`${at}: duplicate domain`);
    if (!vendorIds.has(d.vendor)) problems.push(`${at}: unknown vendor "${d.vendor}"`);
    if (!KNOWN_CATEGORIES.has(d.category)) problems.push(`${at}: invalid category "${d.category}"`);
    domains.add(d.domain);
  });

  if (problems.length > 0) throw new CatalogueError(problems);
}

function entryProblems(e: CatalogueEntry, vendorIds: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const hasName = e.name !== undefined;
  const hasPattern = e.pattern !== undefined;
  if (hasName === hasPattern) out.push('needs exactly one of name and pattern');
  if (hasName && (e.name === '' || e.name?.includes('*'))) out.push('name must be non-empty and contain no "*"');
  if (hasPattern && e.pattern !== undefined) {
    const parts = e.pattern.split('*');
    if (parts.length < 2) out.push('pattern must contain "*"');
    // The index reaches patterns through their literal prefix or suffix; a pattern with neither would need a scan.
    else if (parts[0] === '' && parts[parts.length - 1] === '')
      out.push('pattern needs literal text at its start or end');
  }
  if (!vendorIds.has(e.vendor)) out.push(`unknown vendor "${e.vendor}"`);
  if (!KNOWN_CATEGORIES.has(e.category)) out.push(`invalid category "${e.category}"`);
  if (!Array.isArray(e.tags) || e.tags.length === 0) out.push('needs at least one tag');
  for (const t of e.tags ?? []) if (!KNOWN_TAGS.has(t)) out.push(`unknown tag "${t}"`);
  if (e.tags?.some((t, i) => e.tags.indexOf(t) !== i)) out.push('repeated tag');
  if (!e.purpose?.trim()) out.push('missing purpose');
  if (e.lifespan !== undefined && parseLifespan(e.lifespan) === undefined)
    out.push(`unparsable lifespan "${e.lifespan}"`);
  if (e.domains !== undefined) {
    if (e.domains.length === 0) out.push('domains, when given, must not be empty');
    for (const d of e.domains)
      if (!HOST.test(d)) out.push(`domain "${d}" must be a lower-case host without a leading dot`);
  }
  return out;
}
