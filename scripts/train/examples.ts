import type { Catalogue } from '../../src/core/catalogue/index';
import { cookieFeatures } from '../../src/core/catalogue/learned/features';
import type { CatalogueEntry } from '../../src/core/catalogue/schema';
import { hintOf, modelInput } from '../../src/core/classify';
import { parseLifespan } from '../../src/core/lifespan';
import { siteOf } from '../../src/core/party';
import type { Example } from './fit';
import { CRAWL_EPOCH_S, type CrawlRow, type Label, toLabel } from './load-crawl';
import type { OcdRow } from './load-ocd';

/** Row weights: a site's own declaration counts fully; name lists are weak labels for names in general. */
export const WEIGHTS = { crawl: 1, ocd: 0.4, catalogue: 0.4, nameWords: 0.4 };

export function crawlExample(row: CrawlRow, catalogue: Catalogue): Example {
  const input = modelInput(row.cookie, { pageSite: row.pageSite, catalogue, now: CRAWL_EPOCH_S * 1000 });
  return { features: cookieFeatures(input), label: row.label, weight: WEIGHTS.crawl };
}

export function ocdExample(row: OcdRow, catalogue: Catalogue): Example {
  const tracker = row.domain ? catalogue.lookupDomain(row.domain.replace(/^\*\.?/, '')) : undefined;
  return {
    features: cookieFeatures({
      name: row.name,
      hint: hintOf(row.name),
      lifespan: row.lifespan,
      vendor: tracker?.vendor.id,
      vendorCategory: tracker ? fold(tracker.tracker.category) : undefined,
    }),
    label: row.label,
    weight: WEIGHTS.ocd,
    weak: true,
  };
}

export function catalogueExample(entry: CatalogueEntry, catalogue: Catalogue): Example {
  const name = entry.name ?? (entry.pattern ?? '').replace(/\*/g, '');
  const domain = entry.domains?.[0];
  const tracker = domain ? catalogue.lookupDomain(domain) : undefined;
  const lifespan = entry.lifespan ? parseLifespan(entry.lifespan) : undefined;
  return {
    features: cookieFeatures({
      name,
      hint: hintOf(name),
      lifespan,
      vendor: tracker?.vendor.id,
      vendorCategory: tracker ? fold(tracker.tracker.category) : undefined,
      thirdPartySite: undefined,
    }),
    label: toLabel(entry.category),
    weight: WEIGHTS.catalogue,
    weak: true,
  };
}

/** A word of the name-word table as a one-word cookie name: what the hand-made table knew, as weak labels. */
export function nameWordExamples(rule: { within?: string[]; tokens?: string[]; category: string }): Example[] {
  if (rule.category === 'identifier') return [];
  const label = toLabel(rule.category);
  return [...(rule.within ?? []), ...(rule.tokens ?? [])].map((w) => ({
    features: cookieFeatures({ name: w, hint: hintOf(w) }),
    label,
    weight: WEIGHTS.nameWords,
    weak: true,
  }));
}

function fold(c: string): Label {
  return toLabel(c);
}

/** Registrable domain, for grouping. */
export function site(host: string): string {
  return siteOf(host);
}
