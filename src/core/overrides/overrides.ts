import type { KnownCategory } from '../types';

/**
 * A category the user set for a cookie: "this is really …". Applied before the catalogue, shown as "set by you".
 * A cookie is named by its name and its registrable domain (the same name on another domain may be another
 * cookie); the override holds on one site's pages or, with site '*', on every site.
 */
export interface Override {
  name: string;
  /** Registrable domain of the cookie ('' for any domain). */
  cookieSite: string;
  /** Registrable domain of the page the correction holds on, or '*' for all sites. */
  site: string;
  category: KnownCategory;
  /** ISO 8601: when it was set; for the user's own record. */
  setAt?: string;
}

export const ALL_SITES = '*';

/** Overrides indexed for lookup: a per-site correction wins over an all-sites one, a named domain over any domain. */
export interface OverrideSet {
  readonly size: number;
  find(name: string, cookieSite: string, pageSite: string): Override | undefined;
  list(): readonly Override[];
}

export function overrideSet(overrides: readonly Override[]): OverrideSet {
  const byName = new Map<string, Override[]>();
  for (const o of overrides) {
    const list = byName.get(o.name);
    if (list) list.push(o);
    else byName.set(o.name, [o]);
  }
  const all = [...overrides];
  return {
    size: all.length,
    list: () => all,
    find(name, cookieSite, pageSite) {
      const list = byName.get(name);
      if (!list) return undefined;
      let best: Override | undefined;
      let bestRank = -1;
      for (const o of list) {
        if (o.cookieSite !== '' && o.cookieSite !== cookieSite) continue;
        if (o.site !== ALL_SITES && o.site !== pageSite) continue;
        const rank = (o.site === ALL_SITES ? 0 : 2) + (o.cookieSite === '' ? 0 : 1);
        if (rank > bestRank) {
          best = o;
          bestRank = rank;
        }
      }
      return best;
    },
  };
}

export const EMPTY_OVERRIDES: OverrideSet = overrideSet([]);

/** Whether two overrides are for the same cookie on the same sites (setting one replaces the other). */
export function sameTarget(a: Override, b: Override): boolean {
  return a.name === b.name && a.cookieSite === b.cookieSite && a.site === b.site;
}

/** The list with `o` set: an earlier correction of the same cookie on the same sites is replaced. */
export function withOverride(list: readonly Override[], o: Override): Override[] {
  return [...list.filter((x) => !sameTarget(x, o)), o];
}

/** The list without the correction for that cookie on those sites. */
export function withoutOverride(list: readonly Override[], target: Omit<Override, 'category'>): Override[] {
  return list.filter((x) => !sameTarget(x, { ...target, category: 'necessary' }));
}
