import type { KnownCategory, PurposeTag } from '../types';
import type { CatalogueEntry, LifespanText } from './schema';

/** What the rows of one group share. */
export interface GroupDefaults {
  vendor: string;
  category: KnownCategory;
  tags: PurposeTag[];
  domains?: string[];
  ref?: string;
}

/** Per-row exceptions to the group defaults. */
export type RowExtra = Partial<GroupDefaults>;

/** [name or glob, typical lifespan, purpose, exceptions]: a key with `*` becomes a pattern. */
export type Row = readonly [key: string, lifespan: LifespanText | '', purpose: string, extra?: RowExtra];

/**
 * Expands a compact table into catalogue entries. Data files stay one line per cookie, which keeps them reviewable
 * and diff-friendly; buildCatalogue still validates every expanded entry.
 */
export function group(defaults: GroupDefaults, rows: readonly Row[]): CatalogueEntry[] {
  return rows.map(([key, lifespan, purpose, extra]) => {
    const merged = { ...defaults, ...extra };
    const entry: CatalogueEntry = {
      ...(key.includes('*') ? { pattern: key } : { name: key }),
      vendor: merged.vendor,
      category: merged.category,
      tags: merged.tags,
      purpose,
    };
    if (lifespan !== '') entry.lifespan = lifespan;
    if (merged.domains) entry.domains = merged.domains;
    if (merged.ref) entry.ref = merged.ref;
    return entry;
  });
}
