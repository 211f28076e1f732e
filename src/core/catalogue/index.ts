import { parseLifespan } from '../lifespan';
import type { Lifespan } from '../types';
import { CharTrie } from './char-trie';
import { compileGlob, type Glob, globMatches } from './glob';
import { hostWithin, normaliseHost } from './host';
import type { CatalogueEntry, TrackerDomain, Vendor } from './schema';
import { shippedCatalogueData } from './shipped-data';
import { type CatalogueInput, validateCatalogue } from './validate';
import { CATALOGUE_VERSION } from './version';

export { CatalogueError, type CatalogueInput, validateCatalogue } from './validate';
export { CATALOGUE_VERSION } from './version';

/** What a name lookup found. Built once per entry at index time, so lookups return shared objects. */
export interface CatalogueMatch {
  readonly entry: CatalogueEntry;
  readonly vendor: Vendor;
  readonly kind: 'exact' | 'pattern';
  /** The name matched an exact entry only when both were lower-cased. */
  readonly caseInsensitive: boolean;
  /** The entry carries `domains` and the cookie's domain is one of them. */
  readonly domainSpecific: boolean;
  readonly expectedLifespan: Lifespan | undefined;
  /** Literal characters in the name or pattern. */
  readonly literalLength: number;
  /** The entry's name or pattern. */
  readonly key: string;
}

export interface DomainMatch {
  readonly tracker: TrackerDomain;
  readonly vendor: Vendor;
}

export interface CatalogueCounts {
  entries: number;
  names: number;
  patterns: number;
  vendors: number;
  domains: number;
}

export interface Catalogue {
  readonly version: string;
  readonly counts: CatalogueCounts;
  vendor(id: string): Vendor | undefined;
  /**
   * The meaning of a cookie name on a domain: an exact name with a domain-specific entry, then an exact generic
   * name, then (case-insensitively) the same two, then the pattern with the most literal characters, a
   * domain-specific pattern winning a tie. `cookieDomain` may carry Chrome's leading dot.
   */
  lookup(name: string, cookieDomain: string): CatalogueMatch | undefined;
  /** The tracker-table row for a host or its nearest listed parent domain. */
  lookupDomain(host: string): DomainMatch | undefined;
}

interface Compiled extends CatalogueMatch {
  /** Normalised domains, empty for a generic entry. */
  readonly domains: readonly string[];
  readonly glob: Glob | undefined;
  /** The same entry reached through a lower-cased name. */
  ci: Compiled | undefined;
}

export function buildCatalogue(
  input: CatalogueInput,
  version: string = CATALOGUE_VERSION,
  options: { validated?: boolean } = {},
): Catalogue {
  if (!options.validated) validateCatalogue(input);
  const vendors = new Map(input.vendors.map((v) => [v.id, v]));
  const exact = new Map<string, Compiled[]>();
  const exactLower = new Map<string, Compiled[]>();
  const byPrefix = new CharTrie<Compiled>();
  const bySuffix = new CharTrie<Compiled>();
  let names = 0;
  let patterns = 0;

  for (const entry of input.entries) {
    const vendor = vendors.get(entry.vendor) as Vendor;
    if (entry.name !== undefined) {
      names += 1;
      const c = compile(entry, vendor, 'exact', entry.name, entry.name.length, undefined, false);
      c.ci = withCase(c);
      push(exact, entry.name, c);
      push(exactLower, entry.name.toLowerCase(), c.ci);
    } else if (entry.pattern !== undefined) {
      patterns += 1;
      const glob = compileGlob(entry.pattern);
      const c = compile(entry, vendor, 'pattern', entry.pattern, glob.literalLength, glob, false);
      if (glob.prefix !== '') byPrefix.add(glob.prefix, c);
      else bySuffix.add(glob.suffix, c, true);
    }
  }
  // Domain-specific meanings are tried before the generic one for the same name.
  for (const list of [...exact.values(), ...exactLower.values()]) {
    list.sort((a, b) => Number(b.domainSpecific) - Number(a.domainSpecific));
  }

  const trackers = new Map<string, DomainMatch>();
  for (const tracker of input.domains) {
    trackers.set(tracker.domain, { tracker, vendor: vendors.get(tracker.vendor) as Vendor });
  }

  // Reused by every lookup: the trie walk appends candidates here, and the caller empties it before returning.
  const scratch: Compiled[] = [];

  function pickExact(list: readonly Compiled[] | undefined, host: string): Compiled | undefined {
    if (!list) return undefined;
    let best: Compiled | undefined;
    let bestDomain = -1;
    for (const c of list) {
      if (!c.domainSpecific) return best ?? c;
      const len = matchedDomainLength(c.domains, host);
      if (len > bestDomain) {
        best = c;
        bestDomain = len;
      }
    }
    return best;
  }

  function pickPattern(name: string, host: string): Compiled | undefined {
    byPrefix.collect(name, false, scratch);
    bySuffix.collect(name, true, scratch);
    let best: Compiled | undefined;
    for (let i = 0; i < scratch.length; i++) {
      const c = scratch[i] as Compiled;
      if (best && !outranks(c, best)) continue;
      if (c.domainSpecific && matchedDomainLength(c.domains, host) < 0) continue;
      if (globMatches(c.glob as Glob, name)) best = c;
    }
    scratch.length = 0;
    return best;
  }

  function trackerOf(host: string): DomainMatch | undefined {
    let h = host;
    for (;;) {
      const hit = trackers.get(h);
      if (hit) return hit;
      const dot = h.indexOf('.');
      if (dot < 0) return undefined;
      h = h.slice(dot + 1);
    }
  }

  function ownedByOther(c: Compiled, host: string): boolean {
    const t = trackerOf(host);
    return t !== undefined && t.vendor.id !== c.vendor.id;
  }

  return {
    version,
    counts: { entries: input.entries.length, names, patterns, vendors: vendors.size, domains: trackers.size },
    vendor: (id) => vendors.get(id),
    lookup(name, cookieDomain) {
      const host = normaliseHost(cookieDomain);
      const hit = pickExact(exact.get(name), host);
      if (hit) return hit;
      // Only reached for names the catalogue does not know as written: "phpsessid", "Jsessionid".
      const lower = name.toLowerCase();
      if (lower !== name || exactLower.has(lower)) {
        const ci = pickExact(exactLower.get(lower), host);
        // Spelled differently on another vendor's tracker domain it is that vendor's own cookie: a lower-case
        // "nid" on Navegg's navdmp.com is not Google's NID (STYLE.md: generic names are not one vendor's).
        if (ci && !ownedByOther(ci, host)) return ci;
      }
      return pickPattern(name, host);
    },
    lookupDomain(host) {
      return trackerOf(normaliseHost(host));
    },
  };
}

// One literal with every field, never a spread: building ~4,000 of these stays well under a millisecond.
function compile(
  entry: CatalogueEntry,
  vendor: Vendor,
  kind: 'exact' | 'pattern',
  key: string,
  literalLength: number,
  glob: Glob | undefined,
  caseInsensitive: boolean,
): Compiled {
  const domains = entry.domains ? entry.domains.map(normaliseHost) : [];
  return {
    entry,
    vendor,
    kind,
    caseInsensitive,
    domainSpecific: domains.length > 0,
    expectedLifespan: entry.lifespan === undefined ? undefined : parseLifespan(entry.lifespan),
    literalLength,
    key,
    domains,
    glob,
    ci: undefined,
  };
}

function withCase(c: Compiled): Compiled {
  return {
    entry: c.entry,
    vendor: c.vendor,
    kind: c.kind,
    caseInsensitive: true,
    domainSpecific: c.domainSpecific,
    expectedLifespan: c.expectedLifespan,
    literalLength: c.literalLength,
    key: c.key,
    domains: c.domains,
    glob: c.glob,
    ci: undefined,
  };
}

/** Longest pattern wins; at equal length a domain-specific one; then a longer literal prefix; then by text. */
function outranks(a: Compiled, b: Compiled): boolean {
  if (a.literalLength !== b.literalLength) return a.literalLength > b.literalLength;
  if (a.domainSpecific !== b.domainSpecific) return a.domainSpecific;
  const pa = (a.glob as Glob).prefix.length;
  const pb = (b.glob as Glob).prefix.length;
  if (pa !== pb) return pa > pb;
  return a.key < b.key;
}

/** Length of the longest listed domain the host is within, -1 when none. */
function matchedDomainLength(domains: readonly string[], host: string): number {
  let best = -1;
  for (const d of domains) if (d.length > best && hostWithin(host, d)) best = d.length;
  return best;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

let shipped: Catalogue | undefined;

/** The catalogue built from the shipped data, built on first use and then shared. */
export function defaultCatalogue(): Catalogue {
  // Validated before it ships: the extension build checks it (scripts/vite-catalogue-json.ts) and so does
  // test/core/catalogue/shipped-data.test.ts. Checking it again costs a third of the index build at every worker
  // start (≈ 23 of 31 ms, measured in Node with the machine's load average at 7).
  shipped ??= buildCatalogue(shippedCatalogueData(), CATALOGUE_VERSION, { validated: true });
  return shipped;
}
