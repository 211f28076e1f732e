import type { CategoryMap, ConsentPlatform } from '../types';

/**
 * Termly's banner keeps the visitor's choice outside cookies (its script reads it back from browser storage), and
 * we know no Termly cookie format to decode. It is recognised by its script only, so the popup can say "Termly's
 * banner was loaded, no consent record this extension can read" instead of "no banner".
 */
export const TERMLY_CATEGORIES: CategoryMap = {};

export const termly: ConsentPlatform = {
  id: 'termly',
  name: 'Termly',
  categories: TERMLY_CATEGORIES,
  scripts: /app\.termly\.io/i,
  read() {
    return [];
  },
};
