import { DEFAULT_ENTRIES, DEFAULT_TRACKER_DOMAINS, DEFAULT_VENDORS } from './data/index';
import type { CatalogueInput } from './validate';

/**
 * The catalogue shipped with the product. The extension build swaps this module for the same data deflated
 * (scripts/vite-catalogue-json.ts, core/catalogue/packed-text.ts): Chrome charges for every byte of the worker
 * script at each worker start, and the JSON was over half of it. There, {@link preloadCatalogueData} inflates it
 * with the platform's native inflater at worker start; a classification that comes first inflates it synchronously.
 */
export function preloadCatalogueData(): Promise<void> {
  return Promise.resolve();
}

export function shippedCatalogueData(): CatalogueInput {
  return { entries: DEFAULT_ENTRIES, vendors: DEFAULT_VENDORS, domains: DEFAULT_TRACKER_DOMAINS };
}
