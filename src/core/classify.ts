import { FIRST_PARTY_PLATFORMS } from './catalogue/data/platforms';
import {
  CATALOGUE_VERSION,
  type Catalogue,
  type CatalogueMatch,
  type DomainMatch,
  defaultCatalogue,
} from './catalogue/index';
import { type NameHint, nameHint } from './name-hints';
import { siteOf } from './party';
import type { Classification, Cookie, PurposeTag } from './types';
import { isIdLike, type ValueShape, valueShape } from './value-shape';

export { CATALOGUE_VERSION };

export interface ClassifyContext {
  /** Registrable domain of the page the cookie was met on ('' when unknown). */
  pageSite: string;
  /** Defaults to the shipped catalogue. */
  catalogue?: Catalogue;
}

const GENERIC_VENDOR = 'web-app-generic';
const DAY = 86_400;

/**
 * A cookie's category, vendor, purpose and the reason for the verdict. Order of evidence, strongest first:
 * the name catalogue (exact, then longest pattern), the tracker-domain table for third-party cookies, the words in
 * the name, the shape of the value, and last the cookie's attributes and party.
 */
export function classify(cookie: Cookie, context: ClassifyContext): Classification {
  const catalogue = context.catalogue ?? defaultCatalogue();
  const name = typeof cookie.name === 'string' ? cookie.name : String(cookie.name);
  const domain = typeof cookie.domain === 'string' ? cookie.domain : '';
  const match = catalogue.lookup(name, domain);
  if (match) return fromCatalogue(match);
  return judge(cookie, name, domain, context.pageSite, catalogue);
}

interface Prepared {
  reason: string;
  confidence: number;
  tags: PurposeTag[];
}

// Per-entry strings and numbers are worked out once, so a catalogue hit costs one lookup and one object.
const prepared = new WeakMap<CatalogueMatch, Prepared>();

function fromCatalogue(m: CatalogueMatch): Classification {
  let p = prepared.get(m);
  if (!p) {
    p = prepare(m);
    prepared.set(m, p);
  }
  const c: Classification = {
    category: m.entry.category,
    vendor: m.vendor.name,
    purpose: m.entry.purpose,
    tags: p.tags,
    confidence: p.confidence,
    reason: p.reason,
    source: 'catalogue',
  };
  if (m.expectedLifespan !== undefined) c.expectedLifespan = m.expectedLifespan;
  const ref = m.entry.ref ?? m.vendor.url;
  if (ref) c.ref = ref;
  return c;
}

function prepare(m: CatalogueMatch): Prepared {
  const generic = m.vendor.id === GENERIC_VENDOR;
  const where = m.domainSpecific ? ` on ${m.entry.domains?.join('/')}` : '';
  let reason: string;
  let confidence: number;
  if (m.kind === 'exact') {
    reason = `${m.caseInsensitive ? 'catalogue match ignoring case' : 'exact catalogue match'}: ${m.vendor.name} (${m.key})${where}`;
    confidence = m.domainSpecific ? 0.98 : generic ? 0.85 : 0.95;
    if (m.caseInsensitive) confidence -= 0.1;
  } else {
    reason = `pattern ${m.key} : ${m.vendor.name}${where}`;
    // Short globs ("_hj*", "mp_*") name a vendor's prefix but not the exact cookie.
    confidence = m.literalLength >= 6 ? 0.9 : 0.8;
    if (m.domainSpecific) confidence += 0.05;
    if (generic) confidence -= 0.15;
  }
  // Frozen so that sharing one array between results cannot let a caller edit the catalogue.
  return { reason, confidence, tags: Object.freeze([...m.entry.tags]) as PurposeTag[] };
}

function judge(cookie: Cookie, name: string, domain: string, pageSite: string, catalogue: Catalogue): Classification {
  const site = siteOf(domain);
  // Without a page we cannot tell parties apart; such cookies are judged as the site's own.
  const thirdParty = pageSite !== '' && site !== '' && site !== pageSite;
  // The tracker table speaks for third parties, and for an ad or analytics service's own domain too; not for the
  // platforms people use directly, whose first-party cookies are their product's.
  const tracker =
    thirdParty || pageSite === '' || !FIRST_PARTY_PLATFORMS.has(site) ? catalogue.lookupDomain(domain) : undefined;
  const hint = nameHint(name);
  const shape = valueShape(typeof cookie.value === 'string' ? cookie.value : '');

  // A consent or CSRF word, or a value that is unmistakably a consent string, outranks the domain: ad networks
  // keep opt-out records too, and those are not tracking.
  if (hint && hint.category === 'necessary' && (hint.tags.includes('consent') || hint.tags.includes('csrf'))) {
    return fromHint(hint, catalogue, tracker);
  }
  if (tracker && (thirdParty || !hint)) return fromTracker(tracker, thirdParty, hint);
  const byValue = fromValue(shape);
  if (byValue && (!hint || hint.category === 'identifier')) return byValue;
  if (hint) {
    if (hint.category !== 'identifier') return fromHint(hint, catalogue, undefined);
    return fromIdentifier(cookie, hint, thirdParty, shape);
  }
  return fromAttributes(cookie, thirdParty, shape);
}

function fromTracker(t: DomainMatch, thirdParty: boolean, hint: NameHint | undefined): Classification {
  const party = thirdParty ? 'third-party domain' : 'domain';
  const c: Classification = {
    category: t.tracker.category,
    vendor: t.vendor.name,
    purpose: purposeFor(t.tracker.category, t.vendor.name),
    tags: tagsFor(t.tracker.category),
    confidence: thirdParty ? 0.75 : 0.6,
    reason: `${party} ${t.tracker.domain} (${t.vendor.name})`,
    source: 'domain',
  };
  if (hint && hint.category !== 'identifier' && hint.category === t.tracker.category) {
    c.purpose = hint.purpose;
    c.tags = hint.tags.slice();
    c.confidence += 0.05;
    c.reason += `; name contains '${hint.word}'`;
  }
  if (t.vendor.url) c.ref = t.vendor.url;
  return c;
}

function fromHint(h: NameHint, catalogue: Catalogue, tracker: DomainMatch | undefined): Classification {
  const c: Classification = {
    category: h.category === 'identifier' ? 'unknown' : h.category,
    purpose: h.purpose,
    tags: h.tags.slice(),
    confidence: h.confidence,
    reason: `name contains '${h.word}'`,
    source: 'heuristic',
  };
  const vendor = h.vendor ? catalogue.vendor(h.vendor) : tracker?.vendor;
  if (vendor) c.vendor = vendor.name;
  if (tracker) c.reason += ` (domain ${tracker.tracker.domain} belongs to ${tracker.vendor.name})`;
  return c;
}

const VALUE_VERDICTS: Partial<Record<ValueShape, Omit<Classification, 'tags'> & { tags: readonly PurposeTag[] }>> = {
  'tcf-consent': {
    category: 'necessary',
    purpose: 'Stores an IAB TCF consent string: the visitor’s choices for ad vendors',
    tags: ['consent'],
    confidence: 0.7,
    reason: 'value is an IAB TCF consent string',
    source: 'heuristic',
  },
  'ga-client-id': {
    category: 'analytics',
    vendor: 'Google Analytics',
    purpose: 'Google Analytics client id kept under a custom name',
    tags: ['analytics', 'device-id'],
    confidence: 0.7,
    reason: "value has the Google Analytics client-id shape 'GA1.x.y.z'",
    source: 'heuristic',
  },
  'fb-pixel-id': {
    category: 'marketing',
    vendor: 'Meta Pixel',
    purpose: 'Meta Pixel browser or click id kept under a custom name',
    tags: ['ads', 'attribution'],
    confidence: 0.7,
    reason: "value has the Meta Pixel id shape 'fb.1.<time>.<random>'",
    source: 'heuristic',
  },
  jwt: {
    category: 'necessary',
    purpose: 'Holds a signed token (JWT), most often a sign-in session',
    tags: ['authentication'],
    confidence: 0.5,
    reason: 'value is a JSON Web Token',
    source: 'heuristic',
  },
};

function fromValue(shape: ValueShape): Classification | undefined {
  const v = VALUE_VERDICTS[shape];
  return v ? { ...v, tags: v.tags.slice() } : undefined;
}

function fromIdentifier(cookie: Cookie, h: NameHint, thirdParty: boolean, shape: ValueShape): Classification {
  const reason = `name contains '${h.word}'`;
  if (thirdParty) {
    return {
      category: 'marketing',
      purpose: 'An identifier set by another site: lets that site recognise the browser across sites',
      tags: ['cross-site-tracking', 'device-id'],
      confidence: 0.55,
      reason: `${reason}; set by a third-party domain`,
      source: 'heuristic',
    };
  }
  if (cookie.httpOnly && isShortLived(cookie)) {
    return {
      category: 'necessary',
      purpose: 'A server-side identifier for the visit (session-like)',
      tags: ['session'],
      confidence: 0.4,
      reason: `${reason}; HttpOnly and short-lived`,
      source: 'heuristic',
    };
  }
  return {
    category: 'analytics',
    purpose: 'An identifier for the browser readable by page scripts, typical of analytics tools',
    tags: ['analytics', 'device-id'],
    confidence: isIdLike(shape) ? 0.45 : 0.4,
    reason: `${reason}; first-party identifier`,
    source: 'heuristic',
  };
}

function fromAttributes(cookie: Cookie, thirdParty: boolean, shape: ValueShape): Classification {
  const idLike = isIdLike(shape);
  const longLived = !isShortLived(cookie);
  if (thirdParty) {
    const crossSite = cookie.sameSite === 'no_restriction' && longLived && idLike;
    return {
      category: 'marketing',
      purpose: crossSite
        ? 'A long-lived id readable across sites: the pattern of cross-site tracking'
        : 'A cookie set by another site the page loads; most such cookies serve advertising',
      tags: crossSite ? ['cross-site-tracking', 'device-id'] : ['ads'],
      confidence: crossSite ? 0.55 : 0.3,
      reason: crossSite
        ? 'third-party, SameSite=None, long-lived and id-like value'
        : 'third-party cookie on an unlisted domain',
      source: 'heuristic',
    };
  }
  if (cookie.httpOnly) {
    return {
      category: 'necessary',
      purpose: 'Server-only state (scripts cannot read it), usually a session or security token',
      tags: idLike ? ['session'] : ['security'],
      confidence: idLike ? 0.4 : 0.3,
      reason: 'HttpOnly first-party cookie: only the server uses it',
      source: 'heuristic',
    };
  }
  if (shape === 'locale') {
    return {
      category: 'preferences',
      purpose: 'Looks like a language or currency setting',
      tags: ['localization'],
      confidence: 0.4,
      reason: 'value looks like a language or currency code',
      source: 'heuristic',
    };
  }
  if (idLike && longLived) {
    return {
      category: 'analytics',
      purpose: 'A long-lived browser id readable by scripts, typical of analytics tools',
      tags: ['analytics', 'device-id'],
      confidence: 0.35,
      reason: 'script-readable, long-lived, id-like value',
      source: 'heuristic',
    };
  }
  if (shape === 'flag' || shape === 'timestamp' || shape === 'word' || shape === 'number') {
    return {
      category: 'functional',
      purpose: 'A small flag or setting kept for the site’s own features',
      tags: ['ui-state'],
      confidence: 0.25,
      reason: `first-party cookie holding a ${shape === 'flag' ? 'yes/no flag' : shape}`,
      source: 'heuristic',
    };
  }
  if (idLike || shape === 'json' || shape === 'key-value') {
    return {
      category: idLike ? 'necessary' : 'functional',
      purpose: idLike ? 'A short-lived id, most likely a session' : 'Structured state kept by the site',
      tags: idLike ? ['session'] : ['ui-state'],
      confidence: 0.25,
      reason: idLike ? 'short-lived first-party id-like value' : 'first-party cookie holding structured data',
      source: 'heuristic',
    };
  }
  return {
    category: 'unknown',
    purpose: '',
    tags: [],
    confidence: 0,
    reason: 'nothing to go on: unlisted name, plain value',
    source: 'none',
  };
}

/** Session cookies and those living under a week: sessions, challenges, throttles. */
function isShortLived(cookie: Cookie): boolean {
  if (cookie.session || typeof cookie.expirationDate !== 'number') return true;
  // Compared with the cookie's own creation is impossible (Chrome does not expose it); use "now" as the anchor.
  return cookie.expirationDate - Date.now() / 1000 < 7 * DAY;
}

function purposeFor(category: Classification['category'], vendor: string): string {
  switch (category) {
    case 'marketing':
      return `${vendor}: advertising or marketing cookie`;
    case 'analytics':
      return `${vendor}: analytics cookie`;
    case 'necessary':
      return `${vendor}: cookie needed for security, payments or sign-in`;
    case 'preferences':
      return `${vendor}: preference cookie`;
    default:
      return `${vendor}: cookie for an embedded feature`;
  }
}

function tagsFor(category: Classification['category']): PurposeTag[] {
  switch (category) {
    case 'marketing':
      return ['ads'];
    case 'analytics':
      return ['analytics'];
    case 'necessary':
      return ['security'];
    case 'preferences':
      return ['personalization'];
    default:
      return [];
  }
}
