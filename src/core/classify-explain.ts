import { type Catalogue, defaultCatalogue } from './catalogue/index';
import { describeFeature } from './catalogue/learned/describe';
import { lifespanBucket } from './catalogue/learned/features';
import { type FallbackModel, MODEL_CLASSES, predict } from './catalogue/learned/model';
import { defaultModel } from './catalogue/learned/shipped-model';
import { classify, modelInput } from './classify';
import { nameHint } from './name-hints';
import { nameTokens } from './name-tokens';
import type { OverrideSet } from './overrides/overrides';
import { siteOf } from './party';
import type { Classification, Cookie } from './types';

export interface ExplainContext {
  pageSite: string;
  catalogue?: Catalogue;
  model?: FallbackModel;
  overrides?: OverrideSet;
  now?: number;
  /** Only the name and domain are known: value, lifespan and flags are reported as unknown, not as evidence. */
  nameOnly?: boolean;
}

export interface Explanation {
  classification: Classification;
  /** What decided: "your correction", "the catalogue", "the value's format", "the learned model". */
  decidedBy: string;
  /** Every piece of evidence the classifier looked at, in the order it looks, as [what, what it found]. */
  evidence: [string, string][];
}

const DECIDED_BY: Record<Classification['source'], string> = {
  override: 'your correction',
  catalogue: 'the catalogue',
  heuristic: "the value's format",
  model: 'the learned model',
  domain: 'the tracker-domain table',
  none: 'nothing',
};

/**
 * Everything the classifier saw for one cookie and what decided, for `cookie-auditor explain`. The verdict and its
 * reason are classify()'s own, so "why this category" reads the same here as in the popup and the reports.
 */
export function explainCookie(cookie: Cookie, context: ExplainContext): Explanation {
  const catalogue = context.catalogue ?? defaultCatalogue();
  const model = context.model ?? defaultModel();
  const now = context.now ?? Date.now();
  const classification = classify(cookie, { ...context, catalogue, model, now });
  const evidence: [string, string][] = [];
  const site = safeSite(cookie.domain);

  evidence.push([
    'page',
    context.pageSite === ''
      ? 'unknown: the cookie is judged as the site’s own'
      : `${context.pageSite}; the cookie is ${site !== '' && site !== context.pageSite ? 'third-party' : 'first-party'}`,
  ]);
  if (context.overrides && context.overrides.size > 0) {
    const o = context.overrides.find(cookie.name, site, context.pageSite);
    evidence.push([
      'your corrections',
      o ? `${o.category} (${o.site === '*' ? 'all sites' : o.site})` : 'none for this cookie on this site',
    ]);
  }

  const match = catalogue.lookup(cookie.name, cookie.domain);
  if (match) {
    const how =
      match.kind === 'pattern'
        ? `pattern ${match.key}`
        : match.caseInsensitive
          ? `exact name ignoring case (${match.key})`
          : 'exact name';
    const where = match.domainSpecific ? ` on ${match.entry.domains?.join('/')}` : '';
    let text = `${how}${where}: ${match.vendor.name}, ${match.entry.category}; ${match.entry.purpose}`;
    if (match.entry.elsewhere) text += `; on other sites than the vendor's: ${match.entry.elsewhere}`;
    if (match.entry.ocd) text += `; from the Open Cookie Database (row ${match.entry.ocd})`;
    evidence.push(['catalogue', text]);
    if (match.entry.note) evidence.push(['catalogue note', match.entry.note]);
  } else {
    evidence.push(['catalogue', 'no entry for this name']);
  }

  const tracker = catalogue.lookupDomain(cookie.domain);
  evidence.push([
    'cookie domain',
    tracker
      ? `${tracker.tracker.domain} belongs to ${tracker.vendor.name} (${tracker.tracker.category})`
      : `${cookie.domain || '(none)'}: not in the tracker-domain table`,
  ]);
  const tokens = nameTokens(cookie.name);
  evidence.push(['name words', tokens.length > 0 ? tokens.join(' · ') : '(none)']);
  const hint = nameHint(cookie.name);
  evidence.push(['name-word table', hint ? `'${hint.word}' → ${hint.category}: ${hint.purpose}` : 'no listed word']);

  const input = modelInput(cookie, { pageSite: context.pageSite, catalogue, now, nameOnly: context.nameOnly === true });
  if (context.nameOnly) {
    evidence.push(['value, lifespan, flags', 'not given: the model judged the name and domain alone']);
  } else {
    evidence.push([
      'value',
      cookie.value === ''
        ? 'empty'
        : `looks like ${input.shape ?? 'text'}, ${input.valueLength ?? 0} characters (the value itself is not shown)`,
    ]);
    evidence.push([
      'lifespan',
      input.lifespan === undefined ? 'unknown' : describeFeature(`life:${lifespanBucket(input.lifespan)}`, () => ''),
    ]);
    evidence.push([
      'flags',
      [
        cookie.httpOnly ? 'HttpOnly' : 'readable by scripts',
        cookie.secure ? 'Secure' : 'not Secure',
        `SameSite=${cookie.sameSite === 'no_restriction' ? 'None' : cookie.sameSite}`,
      ].join(', '),
    ]);
  }

  const p = predict(model, input);
  const probabilities = MODEL_CLASSES.map((c, i) => `${c} ${Math.round((p.probabilities[i] ?? 0) * 100)}%`).join(', ');
  const used = classification.source === 'model' ? 'decided' : 'not used: a stronger source decided';
  evidence.push(['learned model', `${probabilities} (${used})`]);
  if (p.evidence.length > 0) {
    evidence.push([
      'model pulled by',
      p.evidence.map((f) => describeFeature(f, (id) => catalogue.vendor(id)?.name)).join(', '),
    ]);
  }

  return { classification, decidedBy: DECIDED_BY[classification.source], evidence };
}

function safeSite(domain: string): string {
  try {
    return siteOf(domain);
  } catch {
    return '';
  }
}
