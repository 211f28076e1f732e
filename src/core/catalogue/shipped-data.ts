import { DEFAULT_ENTRIES, DEFAULT_TRACKER_DOMAINS, DEFAULT_VENDORS } from './data/index';
import type { CatalogueInput } from './validate';

/**
 * The catalogue shipped with the product. The extension build swaps this module for the same data as one JSON
 * string parsed on first use (scripts/vite-catalogue-json.ts): V8 parses a 250 KB object literal at every service
 * worker start, while a string literal costs next to nothing until a cookie is classified.
 */
export function shippedCatalogueData(): CatalogueInput {
  return { entries: DEFAULT_ENTRIES, vendors: DEFAULT_VENDORS, domains: DEFAULT_TRACKER_DOMAINS };
}
