import {
  CATALOGUE_VERSION,
  type Catalogue,
  type CatalogueMatch,
  type DomainMatch,
  defaultCatalogue,
} from './catalogue/index';
import { describeFeature } from './catalogue/learned/describe';
import { type FeatureInput, lifespanBucket, valueLengthBucket } from './catalogue/learned/features';
import { type FallbackModel, type Prediction, predict } from './catalogue/learned/model';
import { defaultModel } from './catalogue/learned/shipped-model';
import { nameHint } from './name-hints';
import { ALL_SITES, type Override, type OverrideSet } from './overrides/overrides';
import { siteOf } from './party';
import type { Classification, Cookie, KnownCategory, PurposeTag } from './types';
import { type ValueShape, valueShape } from './value-shape';

export { CATALOGUE_VERSION };

export interface ClassifyContext {
  /** Registrable domain of the page the cookie was met on ('' when unknown). */
  pageSite: string;
  /** Defaults to the shipped catalogue. */
  catalogue?: Catalogue;
  /** The learned fallback for names the catalogue lacks; defaults to the shipped model, decoded on first use. */
  model?: FallbackModel;
  /** ms since the epoch, for the cookie's remaining lifespan; defaults to the clock. */
  now?: number;
  /** The user's corrections ("this is really …"), applied before the catalogue. */
  overrides?: OverrideSet;
  /** Only the name and domain are known (`explain NAME`): value, lifespan and flags are not evidence. */
  nameOnly?: boolean;
  /**
   * false: do not remember the fallback's verdict. A one-shot audit (the CLI) meets each cookie once, so the memo only
   * makes garbage that lives long enough to be promoted: with the 100,000 unlisted names of the large-input bench, tens
   * of MB that only a full GC frees, and the heap grew to meet them. The extension re-audits the same tabs and keeps it
   * (the default).
   */
  remember?: boolean;
}

const GENERIC_VENDOR = 'web-app-generic';

/**
 * A cookie's category, vendor, purpose and the reason for the verdict. The catalogue decides when it knows the name
 * (exact, then longest pattern), in the context of the page: a vendor's cookie embedded on another site takes the
 * category of that embed (`elsewhere`). For names nobody listed, the learned fallback model decides from the name's
 * words and fragments, the domain and party, lifespan, flags, value shape and the domain's vendor.
 */
export function classify(cookie: Cookie, context: ClassifyContext): Classification {
  const verdict = judge(cookie, context);
  if (!context.overrides || context.overrides.size === 0) return verdict;
  const name = typeof cookie.name === 'string' ? cookie.name : String(cookie.name);
  const domain = typeof cookie.domain === 'string' ? cookie.domain : '';
  const o = context.overrides.find(name, siteOf(domain), context.pageSite);
  return o ? overridden(verdict, o) : verdict;
}

/**
 * The user's word wins; the verdict it replaced stays in the reason, so the popup, every report and `explain` can
 * say what the classifier would have said, and clearing the correction visibly restores it.
 */
function overridden(verdict: Classification, o: Override): Classification {
  const where = o.site === ALL_SITES ? 'for all sites' : `for ${o.site}`;
  const c: Classification = {
    ...verdict,
    category: o.category,
    purpose: verdict.purpose ? `${verdict.purpose} (category set by you)` : 'Category set by you',
    tags: verdict.category === o.category ? verdict.tags : tagsFor(o.category),
    confidence: 1,
    reason: `set by you ${where}; the classifier says ${verdict.category} (${verdict.reason})`,
    source: 'override',
    classifierCategory: verdict.category,
  };
  delete c.bestGuess;
  return c;
}

/** The classifier's own verdict, without the user's corrections. */
function judge(cookie: Cookie, context: ClassifyContext): Classification {
  const catalogue = context.catalogue ?? defaultCatalogue();
  const name = typeof cookie.name === 'string' ? cookie.name : String(cookie.name);
  const domain = typeof cookie.domain === 'string' ? cookie.domain : '';
  const match = catalogue.lookup(name, domain);
  if (match) return fromCatalogue(match, embeddedOn(match, domain, context.pageSite));
  const shape = valueShape(typeof cookie.value === 'string' ? cookie.value : '');
  const byValue = VALUE_VERDICTS[shape];
  if (byValue) return { ...byValue, tags: byValue.tags.slice() };
  return fromModel(cookie, name, domain, context, catalogue, shape);
}

/**
 * Values in a vendor's own documented format name the vendor as surely as a catalogue entry: a Google Analytics
 * client id, a Meta Pixel id or an IAB TCF consent string kept under a site's own cookie name.
 */
const VALUE_VERDICTS: Partial<Record<ValueShape, Readonly<Classification>>> = {
  'tcf-consent': {
    category: 'necessary',
    purpose: 'Stores an IAB TCF consent string: the visitor’s choices for ad vendors',
    tags: ['consent'],
    confidence: 0.8,
    reason: 'value is an IAB TCF consent string',
    source: 'heuristic',
  },
  'ga-client-id': {
    category: 'analytics',
    vendor: 'Google Analytics',
    purpose: 'Google Analytics client id kept under a custom name',
    tags: ['analytics', 'device-id'],
    confidence: 0.8,
    reason: "value has the Google Analytics client-id shape 'GA1.x.y.z'",
    source: 'heuristic',
  },
  'fb-pixel-id': {
    category: 'marketing',
    vendor: 'Meta Pixel',
    purpose: 'Meta Pixel browser or click id kept under a custom name',
    tags: ['ads', 'attribution'],
    confidence: 0.8,
    reason: "value has the Meta Pixel id shape 'fb.1.<time>.<random>'",
    source: 'heuristic',
  },
};

/**
 * The page's site when the cookie is a vendor's met on someone else's site; '' on the vendor's own site, for the
 * site's own cookies, and when the page is unknown. "Own" means the page's site is the cookie's site or one the
 * entry lists as the vendor's.
 */
function embeddedOn(m: CatalogueMatch, domain: string, pageSite: string): string {
  if (m.entry.elsewhere === undefined || pageSite === '') return '';
  const site = siteOf(domain);
  if (site === '' || site === pageSite) return '';
  for (const d of m.entry.domains ?? []) if (siteOf(d) === pageSite) return '';
  return pageSite;
}

interface Prepared {
  reason: string;
  confidence: number;
  tags: PurposeTag[];
  /** The same, for the entry's meaning when embedded elsewhere. */
  elsewhere?: { reason: string; tags: PurposeTag[] };
}

// Per-entry strings and numbers are worked out once, so a catalogue hit costs one lookup and one object.
const prepared = new WeakMap<CatalogueMatch, Prepared>();

function fromCatalogue(m: CatalogueMatch, embedded: string): Classification {
  let p = prepared.get(m);
  if (!p) {
    p = prepare(m);
    prepared.set(m, p);
  }
  const away = embedded !== '' && p.elsewhere !== undefined;
  const c: Classification = {
    category: away ? (m.entry.elsewhere as KnownCategory) : m.entry.category,
    vendor: m.vendor.name,
    purpose: m.entry.purpose,
    tags: away ? (p.elsewhere as Prepared['elsewhere'] & object).tags : p.tags,
    confidence: p.confidence,
    reason: away ? (p.elsewhere as Prepared['elsewhere'] & object).reason : p.reason,
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
  const tags = Object.freeze([...m.entry.tags]) as PurposeTag[];
  const p: Prepared = { reason, confidence, tags };
  const away = m.entry.elsewhere;
  if (away !== undefined && away !== m.entry.category) {
    p.reason = `${reason}; on ${m.vendor.name}'s own sites: ${m.entry.category}`;
    p.elsewhere = {
      reason: `${reason}; embedded on another site, so the category of the embed: ${away} (${m.entry.category} only on ${m.vendor.name}'s own sites)`,
      tags: Object.freeze(mergeTags(tagsFor(away), m.entry.tags)) as PurposeTag[],
    };
  }
  return p;
}

function mergeTags(first: readonly PurposeTag[], rest: readonly PurposeTag[]): PurposeTag[] {
  const out = [...first];
  for (const t of rest) if (!out.includes(t)) out.push(t);
  return out;
}

/** The model's view of a cookie met on `pageSite`: what `classify` feeds the fallback, and `explain` prints. */
export function modelInput(
  cookie: Cookie,
  context: { pageSite: string; catalogue?: Catalogue; now?: number; nameOnly?: boolean; shape?: ValueShape },
): FeatureInput & { tracker: DomainMatch | undefined } {
  const catalogue = context.catalogue ?? defaultCatalogue();
  const name = typeof cookie.name === 'string' ? cookie.name : String(cookie.name);
  const domain = typeof cookie.domain === 'string' ? cookie.domain : '';
  const site = siteOf(domain);
  // Without a page we cannot tell parties apart; such cookies are judged as the site's own.
  const thirdParty = context.pageSite !== '' && site !== '' && site !== context.pageSite;
  const tracker = catalogue.lookupDomain(domain);
  const now = (context.now ?? Date.now()) / 1000;
  const lifespan =
    cookie.session || typeof cookie.expirationDate !== 'number'
      ? ('session' as const)
      : Math.max(0, cookie.expirationDate - now);
  if (context.nameOnly) {
    return {
      name,
      thirdParty,
      thirdPartySite: thirdParty ? site : undefined,
      vendor: tracker?.vendor.id,
      vendorCategory: tracker ? foldCategory(tracker.tracker.category) : undefined,
      hint: hintOf(name),
      tracker,
    };
  }
  return {
    name,
    thirdParty,
    thirdPartySite: thirdParty ? site : undefined,
    lifespan,
    httpOnly: cookie.httpOnly === true,
    secure: cookie.secure === true,
    hostOnly: cookie.hostOnly === true,
    sameSite: cookie.sameSite,
    // Computed once by the caller when it has it: values may be kilobytes long.
    shape: context.shape ?? valueShape(typeof cookie.value === 'string' ? cookie.value : ''),
    valueLength: typeof cookie.value === 'string' ? cookie.value.length : 0,
    vendor: tracker?.vendor.id,
    vendorCategory: tracker ? foldCategory(tracker.tracker.category) : undefined,
    hint: hintOf(name),
    tracker,
  };
}

export function hintOf(name: string): FeatureInput['hint'] {
  const h = nameHint(name);
  return h ? { category: h.category === 'preferences' ? 'functional' : h.category, word: h.word } : undefined;
}

/** The model learns consent platforms' four classes: preferences are declared as functional. */
function foldCategory(c: KnownCategory): string {
  return c === 'preferences' ? 'functional' : c;
}

const MODEL_MEMO_LIMIT = 20_000;

/**
 * Stated confidence of a verdict from the tracker-domain table alone. Out of fold on the consent crawl such verdicts
 * agreed with the sites about nine times in ten (`npm run train` prints the figure); 0.8 leaves room for the name.
 */
const DOMAIN_CONFIDENCE = 0.8;
const modelMemo = new WeakMap<Catalogue, WeakMap<FallbackModel, Map<string, Classification>>>();

/**
 * One copy of each reason text the fallback writes. Unlisted names that differ only in digits or ids get the same
 * verdict and the same words; without this every cookie kept its own reason, built as a rope of a dozen pieces
 * (≈ 600 bytes a cookie, 60 MB of a 100,000-cookie audit). Bounded: past the limit texts are kept unshared.
 */
const REASON_TEXT_LIMIT = 4096;
const reasonTexts = new Map<string, string>();

function sharedText(text: string): string {
  const kept = reasonTexts.get(text);
  if (kept !== undefined) return kept;
  if (reasonTexts.size < REASON_TEXT_LIMIT) reasonTexts.set(text, text);
  return text;
}

/**
 * The learned fallback's verdict. A profile repeats the same unlisted cookies on every view, and the verdict depends
 * only on what the model sees, so verdicts are remembered by exactly those inputs (bounded, per catalogue and model).
 */
function fromModel(
  cookie: Cookie,
  name: string,
  domain: string,
  context: ClassifyContext,
  catalogue: Catalogue,
  shape: ValueShape,
): Classification {
  const model = context.model ?? defaultModel();
  const now = context.now ?? Date.now();
  const nameOnly = context.nameOnly === true;
  if (context.remember === false) {
    return judgeByModel(
      name,
      domain,
      modelInput(cookie, { pageSite: context.pageSite, catalogue, now, nameOnly, shape }),
      model,
      catalogue,
    );
  }
  // The memo key is built from the cookie directly, so a repeated cookie costs one string and one lookup; the model's
  // full input (party, tracker, hint) is only worked out on a miss. It holds exactly what modelInput feeds the model.
  const value = typeof cookie.value === 'string' ? cookie.value : '';
  const life =
    cookie.session || typeof cookie.expirationDate !== 'number'
      ? 'session'
      : lifespanBucket(Math.max(0, cookie.expirationDate - now / 1000));
  const key = nameOnly
    ? `${name}\u0000${domain}\u0000${context.pageSite}\u0000name-only`
    : `${name}\u0000${domain}\u0000${context.pageSite}\u0000${life}\u0000${shape}\u0000${valueLengthBucket(value.length)}\u0000${cookie.httpOnly === true}\u0000${cookie.secure === true}\u0000${cookie.hostOnly === true}\u0000${cookie.sameSite ?? ''}`;
  let byModel = modelMemo.get(catalogue);
  if (!byModel) {
    byModel = new WeakMap();
    modelMemo.set(catalogue, byModel);
  }
  let memo = byModel.get(model);
  if (!memo) {
    memo = new Map();
    byModel.set(model, memo);
  }
  const hit = memo.get(key);
  if (hit) return { ...hit };
  const input = modelInput(cookie, { pageSite: context.pageSite, catalogue, now, nameOnly, shape });
  const c = judgeByModel(name, domain, input, model, catalogue);
  if (memo.size >= MODEL_MEMO_LIMIT) memo.clear();
  memo.set(key, c);
  return { ...c };
}

function judgeByModel(
  name: string,
  domain: string,
  input: ReturnType<typeof modelInput>,
  model: FallbackModel,
  catalogue: Catalogue,
): Classification {
  const tracker = input.tracker;
  if (model.domainRule === true && input.thirdParty === true && tracker !== undefined) {
    const t = tracker.tracker;
    const c: Classification = {
      category: t.category,
      vendor: tracker.vendor.name,
      purpose: purposeFor(t.category, tracker.vendor.name),
      tags: frozenTagsFor(t.category),
      confidence: DOMAIN_CONFIDENCE,
      reason: sharedText(
        `not in the catalogue; set by ${t.domain}, a ${t.category} domain of ${tracker.vendor.name} (tracker-domain table)`,
      ),
      source: 'domain',
    };
    if (tracker.vendor.url) c.ref = tracker.vendor.url;
    return c;
  }
  const p = predict(model, input);
  const category: KnownCategory = p.category;
  const vendor = input.tracker?.vendor;
  const hint = nameHint(name);
  const agrees = hint !== undefined && hint.category !== 'identifier' && sameClass(hint.category, category);
  const c: Classification = {
    // The model learns consent platforms' four classes; a preference word in the name says which kind of functional.
    category: agrees ? (hint.category as KnownCategory) : category,
    purpose: agrees ? hint.purpose : purposeFor(category, vendor?.name),
    // Frozen: one remembered verdict is shared by every later call.
    tags: agrees ? (Object.freeze(hint.tags.slice()) as PurposeTag[]) : frozenTagsFor(category),
    confidence: round2(p.confidence),
    reason: sharedText(modelReason(p, model, catalogue, domain)),
    source: 'model',
  };
  const vendorName = vendor?.name ?? (hint?.vendor ? catalogue.vendor(hint.vendor)?.name : undefined);
  if (vendorName) c.vendor = vendorName;
  if (vendor?.url) c.ref = vendor.url;
  if (p.confidence < model.bestGuessBelow) c.bestGuess = true;
  return c;
}

function sameClass(a: KnownCategory, b: KnownCategory): boolean {
  return foldCategory(a) === foldCategory(b);
}

function modelReason(p: Prediction, model: FallbackModel, catalogue: Catalogue, domain: string): string {
  const guess = p.confidence < model.bestGuessBelow ? 'best guess' : 'learned';
  const words = p.evidence.map((f) => describeFeature(f, (id) => catalogue.vendor(id)?.name));
  const why = words.length > 0 ? `: ${words.join(', ')}` : '';
  const tracker = catalogue.lookupDomain(domain);
  const owner = tracker && !p.evidence.some((f) => f.startsWith('v:')) ? `; domain of ${tracker.vendor.name}` : '';
  return `not in the catalogue; ${guess} from similar cookies (${Math.round(p.confidence * 100)}% ${p.category})${why}${owner}`;
}

/** Whether a verdict is below the model's "best guess" line: the popup then says so instead of stating it as fact. */
export function isBestGuess(c: Classification): boolean {
  return c.bestGuess === true;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function purposeFor(category: Classification['category'], vendor: string | undefined): string {
  const who = vendor ? `${vendor}: ` : '';
  switch (category) {
    case 'marketing':
      return `${who}most likely an advertising or marketing cookie`;
    case 'analytics':
      return `${who}most likely an analytics cookie`;
    case 'necessary':
      return `${who}most likely needed for the site to work (session, security, load balancing)`;
    case 'preferences':
    case 'functional':
      return `${who}most likely a setting or feature state`;
    default:
      return '';
  }
}

/** One frozen tag list per category, shared by every verdict of the fallback (not one array per cookie). */
const FROZEN_TAGS = new Map<Classification['category'], PurposeTag[]>();

function frozenTagsFor(category: Classification['category']): PurposeTag[] {
  let tags = FROZEN_TAGS.get(category);
  if (tags === undefined) {
    tags = Object.freeze(tagsFor(category)) as PurposeTag[];
    FROZEN_TAGS.set(category, tags);
  }
  return tags;
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
    case 'functional':
      return ['ui-state'];
    default:
      return [];
  }
}
