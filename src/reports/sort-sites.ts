import type { SiteListing } from '../core/messages';

export type SortKey = 'name' | 'changed';

/** "Changed recently": the site whose timeline moved last comes first; sites without events go last, by name. */
export function sortSites(sites: readonly SiteListing[], key: SortKey): SiteListing[] {
  const byName = (a: SiteListing, b: SiteListing) => (a.site < b.site ? -1 : a.site > b.site ? 1 : 0);
  if (key === 'name') return [...sites].sort(byName);
  return [...sites].sort((a, b) => (b.timeline?.lastEventAt ?? 0) - (a.timeline?.lastEventAt ?? 0) || byName(a, b));
}
