import type { Classification, Cookie } from './types';

export interface ClassifyContext {
  /** Registrable domain of the page the cookie was met on ('' when unknown). */
  pageSite: string;
}

// Placeholder until the catalogue lands: everything is unknown.
export function classify(_cookie: Cookie, _context: ClassifyContext): Classification {
  return { category: 'unknown', purpose: '', tags: [], confidence: 0, reason: 'not classified', source: 'none' };
}

export const CATALOGUE_VERSION = '0';
