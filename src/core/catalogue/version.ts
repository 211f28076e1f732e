/** Catalogue release: year.month.revision. Bump when the shipped data changes meaning. */
export const CATALOGUE_VERSION = '2026.11.1';
