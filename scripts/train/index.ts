/**
 * `npm run train`: fits the learned fallback, cross-validates the whole classifier by site against the consent
 * crawl, prints agreement for today's classifier (commit f9ce3f6, recorded in baseline-predictions.json) and the
 * new one on the same folds, per-class precision and recall, calibration, and writes the model JSON the product
 * ships. Deterministic: folds and SGD order come from fixed seeds.
 *
 * Data (../shared/training/README.md): the CookieBlock example consent crawl (Bollinger, Kubíček et al., ETH Zürich,
 * MIT licence) and the Open Cookie Database (Apache-2.0, see NOTICE).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import nameWords from '../../src/core/catalogue/data/name-words.json';
import { buildCatalogue } from '../../src/core/catalogue/index';
import { type FallbackModel, logits, MODEL_CLASSES, softmax } from '../../src/core/catalogue/learned/model';
import { shippedCatalogueData } from '../../src/core/catalogue/shipped-data';
import { classify, modelInput } from '../../src/core/classify';
import { confusion, type Declared, formatConfusion, nameCeiling, otherSitesSay } from './diagnostics';
import { catalogueExample, crawlExample, nameWordExamples, ocdExample } from './examples';
import { type Example, FIT_DEFAULTS, fitHashed, hashExamples, toFile } from './fit';
import { CRAWL_EPOCH_S, type CrawlRow, loadCrawl } from './load-crawl';
import { loadOcd } from './load-ocd';
import { agreement, ece, pct, perClass, reliability, type Scored } from './metrics';
import { seeded, shuffle } from './random';
import { candidateOptions, chooseOptions, describeOptions, type Selection } from './select';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const TRAINING = process.env.TRAINING_DIR ?? resolve(ROOT, '../shared/training');
const MODEL_OUT = join(ROOT, 'src/core/catalogue/learned/fallback-model.json');
const FOLDS = 8;
const CLASSES4: readonly string[] = MODEL_CLASSES;
const FOLD_SEED = 2026;
/** Below this calibrated confidence the popup says "best guess". */
const BEST_GUESS_BELOW = 0.6;

const crawl = loadCrawl(join(TRAINING, 'consent-crawl-train.csv'));
const ocd = loadOcd(join(TRAINING, 'open-cookie-database.csv'));
const data = shippedCatalogueData();
const catalogue = buildCatalogue(data);

// By site: every cookie of one page_url in the same fold (training/README.md: a random split leaks each site's habits).
const sites = [...new Set(crawl.map((r) => r.pageUrl))].sort();
shuffle(sites, seeded(FOLD_SEED));
const foldOf = new Map(sites.map((s, i) => [s, i % FOLDS]));
const fold = (r: CrawlRow) => foldOf.get(r.pageUrl) as number;

const weak: Example[] = [
  ...ocd.map((r) => ocdExample(r, catalogue)),
  ...data.entries.map((e) => catalogueExample(e, catalogue)),
  ...nameWords.flatMap((r) => nameWordExamples(r)),
];
const crawlExamples = crawl.map((r) => crawlExample(r, catalogue));

// Today's classifier, as recorded before this change, on the same rows.
const baseline = JSON.parse(readFileSync(join(HERE, 'baseline-predictions.json'), 'utf8')) as {
  commit: string;
  predictions: { name: string; domain: string; pageUrl: string; category: string }[];
};
if (baseline.predictions.length !== crawl.length) throw new Error('baseline-predictions.json does not match the crawl');
const before: Scored[] = crawl.map((r, i) => {
  const b = baseline.predictions[i] as (typeof baseline.predictions)[number];
  if (b.name !== r.cookie.name || b.pageUrl !== r.pageUrl) throw new Error(`baseline row ${i} does not match`);
  return { label: r.label, predicted: fold4(b.category), confidence: 1, fold: fold(r) };
});

const now = CRAWL_EPOCH_S * 1000;
// Which crawl cookies the model decides: those the catalogue and the vendor id formats do not know. That depends on
// the catalogue only, so it is the same in every fold.
const decides = crawl.map((r) => {
  const source = classify(r.cookie, { pageSite: r.pageSite, catalogue, now }).source;
  return source !== 'catalogue' && source !== 'heuristic';
});
// What the tracker-domain table would say of each crawl cookie: its domain's category for a third-party cookie on a
// listed domain (the rule the cross-validation may switch on), else -1.
const domainVerdict = crawl.map((r) => {
  const input = modelInput(r.cookie, { pageSite: r.pageSite, catalogue, now });
  return input.thirdParty && input.tracker ? CLASSES4.indexOf(fold4(input.tracker.tracker.category)) : -1;
});
const weakHashed = hashExamples(weak, FIT_DEFAULTS.bits);
const crawlHashed = hashExamples(crawlExamples, FIT_DEFAULTS.bits);
const foldOfRow = crawl.map(fold);
const candidates = candidateOptions(FIT_DEFAULTS);
const allFolds = Array.from({ length: FOLDS }, (_, k) => k);

const after: Scored[] = new Array(crawl.length);
const sourceOf: string[] = new Array(crawl.length);
const modelRows: { i: number; z: number[]; label: string }[] = [];
const chosen: Selection[] = [];
for (let k = 0; k < FOLDS; k++) {
  // Hyper-parameters chosen on the other folds only; fold k is seen for the first time when it is scored.
  const choice = chooseOptions({
    weak: weakHashed,
    crawl: crawlHashed,
    foldOf: foldOfRow,
    decides,
    domainVerdict,
    folds: allFolds.filter((f) => f !== k),
    candidates,
  });
  chosen.push(choice);
  const model = {
    ...fitHashed(weakHashed.concat(crawlHashed.filter((_, i) => foldOfRow[i] !== k)), choice.options),
    domainRule: choice.domainRule,
  };
  crawl.forEach((r, i) => {
    if (fold(r) !== k) return;
    const c = classify(r.cookie, { pageSite: r.pageSite, catalogue, model, now });
    after[i] = { label: r.label, predicted: fold4(c.category), confidence: c.confidence, fold: k };
    sourceOf[i] =
      c.source === 'heuristic'
        ? 'vendor id format'
        : c.source === 'model'
          ? 'learned fallback'
          : c.source === 'domain'
            ? 'tracker domain'
            : 'catalogue entry';
    if (c.source === 'model') {
      const z = Array.from(logits(model, (crawlExamples[i] as Example).features));
      modelRows.push({ i, z, label: r.label });
    }
  });
}

// Temperature scaling (Guo et al., "On Calibration of Modern Neural Networks", 2017) on out-of-fold logits. The
// shipped temperature is fitted on every fold's; the confidences judged below use one fitted on the *other* folds
// only (cross-fitting), so the calibration figures are not flattered by fitting and judging on the same cookies.
const temperature = fitTemperature(modelRows);
const foldTemperature = allFolds.map((k) => fitTemperature(modelRows.filter((m) => foldOfRow[m.i] !== k)));
for (const m of modelRows) {
  const p = softmax(m.z, foldTemperature[foldOfRow[m.i] as number] as number);
  let top = 0;
  for (let c = 1; c < p.length; c++) if ((p[c] as number) > (p[top] as number)) top = c;
  (after[m.i] as Scored).confidence = p[top] as number;
}
const modelScored = modelRows.map((m) => after[m.i] as Scored);
const catalogueScored = after.filter((_, i) => !decides[i]);
const fallbackScored = after.filter((_, i) => decides[i]);
const domainScored = after.filter((_, i) => sourceOf[i] === 'tracker domain');

const finalChoice = chooseOptions({
  weak: weakHashed,
  crawl: crawlHashed,
  foldOf: foldOfRow,
  decides,
  domainVerdict,
  folds: allFolds,
  candidates,
});
const finalModel: FallbackModel = {
  ...fitHashed(weakHashed.concat(crawlHashed), finalChoice.options),
  domainRule: finalChoice.domainRule,
};
const declared: Declared[] = crawl.map((r) => ({ name: r.cookie.name, site: r.pageUrl, label: r.label }));
const ceiling = nameCeiling(declared);
const summary = {
  crawlRows: crawl.length,
  sites: sites.length,
  folds: FOLDS,
  openCookieDatabaseRows: ocd.length,
  catalogueEntries: data.entries.length,
  agreementBefore: round(agreement(before)),
  agreementAfter: round(agreement(after)),
  agreementCatalogueHits: round(agreement(catalogueScored)),
  agreementFallback: round(agreement(fallbackScored)),
  fallbackRows: fallbackScored.length,
  agreementModel: round(agreement(modelScored)),
  modelRows: modelScored.length,
  agreementTrackerDomain: round(agreement(domainScored)),
  trackerDomainRows: domainScored.length,
  temperature,
  ece: round(ece(reliability(modelScored))),
  fit: describeOptions(finalChoice.options, finalChoice.domainRule),
  nameCeilingInSample: round(ceiling.inSample),
  otherSitesAgree: round(ceiling.othersAgree),
};
const file = toFile(finalModel, {
  temperature,
  bestGuessBelow: BEST_GUESS_BELOW,
  domainRule: finalChoice.domainRule,
  trainedOn: summary,
});
const json = `${JSON.stringify(file)}\n`;
if (!process.argv.includes('--dry-run')) writeFileSync(MODEL_OUT, json);

const out: string[] = [];
out.push(
  `Training data: ${crawl.length} declared cookies from ${sites.length} sites (consent crawl), ${ocd.length} Open Cookie Database rows, ${data.entries.length} catalogue entries`,
);
out.push(
  `By-site cross-validation: ${FOLDS} folds of whole sites (seed ${FOLD_SEED}); 4 classes (preferences = functional)`,
);
out.push('');
out.push(`Agreement with the sites' own declarations, unseen sites:`);
out.push(`  today's classifier (${baseline.commit})  ${pct(agreement(before))}`);
out.push(`  new classifier                  ${pct(agreement(after))}`);
out.push(`    catalogue (and vendor id format) ${pct(agreement(catalogueScored))} of ${catalogueScored.length}`);
const beforeOn = (keep: (i: number) => boolean) => pct(agreement(before.filter((_, i) => keep(i))));
out.push(
  `    names nobody listed              ${pct(agreement(fallbackScored))} of ${fallbackScored.length} (today's on the same cookies: ${beforeOn((i) => decides[i] === true)})`,
);
out.push(
  `      decided by the tracker-domain table ${pct(agreement(domainScored))} of ${domainScored.length}; by the learned model ${pct(agreement(modelScored))} of ${modelScored.length}`,
);
out.push('');
out.push('Per fold (today → new):');
for (let k = 0; k < FOLDS; k++) {
  const b = before.filter((x) => x.fold === k);
  const a = after.filter((x) => x.fold === k);
  out.push(
    `  fold ${k}: ${String(a.length).padStart(3)} cookies  ${pct(agreement(b)).padStart(7)} → ${pct(agreement(a)).padStart(7)}`,
  );
}
out.push('');
out.push('Per class        precision  recall   (today: precision  recall)   declared');
const pb = perClass(before);
perClass(after).forEach((c, i) => {
  const o = pb[i] as (typeof pb)[number];
  out.push(
    `  ${c.cls.padEnd(12)} ${pct(c.precision).padStart(9)} ${pct(c.recall).padStart(8)}   (${pct(o.precision).padStart(9)} ${pct(o.recall).padStart(8)})   ${c.n}`,
  );
});
out.push('');
out.push('Confusion, new classifier (all folds):');
for (const line of formatConfusion(confusion(after))) out.push(line);
out.push('');
out.push("Learned fallback hyper-parameters, chosen by cross-validation inside each fold's training sites:");
chosen.forEach((c, k) => {
  out.push(`  fold ${k}: ${describeOptions(c.options, c.domainRule)}  (inner: ${pct(c.accuracy)} of ${c.n})`);
});
out.push(
  `  shipped model: ${describeOptions(finalChoice.options, finalChoice.domainRule)}  (inner: ${pct(finalChoice.accuracy)} of ${finalChoice.n})`,
);
out.push('');
out.push("How far the sites agree with each other (the labels' own noise):");
out.push(
  `  ${ceiling.namesOnSeveralSites} names declared on more than one site, ${ceiling.namesDeclaredDifferently} of them in different classes`,
);
out.push(
  `  ${ceiling.seenElsewhere} cookies whose name other sites also declared: the other sites' most common class agrees ${pct(ceiling.othersAgree)}`,
);
out.push(`  one verdict per name, the best possible on these very rows: ${pct(ceiling.inSample)}`);
out.push('');
out.push('Wrong verdicts by source (what the other sites declared for the same name):');
const wrongBy = new Map<string, Map<string, number>>();
crawl.forEach((_, i) => {
  const a = after[i] as Scored;
  const src = sourceOf[i] as string;
  const m = wrongBy.get(src) ?? new Map<string, number>([['right', 0]]);
  wrongBy.set(src, m);
  if (a.predicted === a.label) m.set('right', (m.get('right') as number) + 1);
  else {
    const why = otherSitesSay(declared[i] as Declared, a.predicted, declared);
    m.set(why, (m.get(why) ?? 0) + 1);
  }
});
for (const [src, m] of wrongBy) {
  const total = [...m.values()].reduce((x, y) => x + y, 0);
  const wrong = total - (m.get('right') as number);
  const parts = [...m].filter(([k]) => k !== 'right').map(([k, v]) => `${v} ${k}`);
  out.push(
    `  ${src.padEnd(17)} ${String(wrong).padStart(3)} wrong of ${String(total).padStart(3)}: ${parts.join(', ')}`,
  );
}
out.push('');
const tRange = foldTemperature.slice().sort((a, b) => a - b);
out.push(
  `Calibration of the learned model (out-of-fold; temperature fitted on the other folds: ${tRange[0]}–${tRange[tRange.length - 1]}; shipped ${temperature}):`,
);
out.push('  confidence     cookies  mean conf.  right');
for (const b of reliability(modelScored)) {
  if (b.n === 0) continue;
  out.push(
    `  ${b.from.toFixed(1)}–${b.to.toFixed(1)}  ${String(b.n).padStart(10)}  ${pct(b.meanConfidence).padStart(9)}  ${pct(b.accuracy).padStart(7)}`,
  );
}
out.push(`  expected calibration error ${pct(ece(reliability(modelScored)))}`);
out.push('Calibration of every verdict (catalogue confidences as written):');
for (const b of reliability(after)) {
  if (b.n === 0) continue;
  out.push(
    `  ${b.from.toFixed(1)}–${b.to.toFixed(1)}  ${String(b.n).padStart(10)}  ${pct(b.meanConfidence).padStart(9)}  ${pct(b.accuracy).padStart(7)}`,
  );
}
out.push('');
out.push(
  `Model: ${MODEL_OUT.slice(ROOT.length + 1)}  ${(json.length / 1024).toFixed(0)} KB, ${(gzipSync(json).length / 1024).toFixed(0)} KB gzip`,
);
console.log(out.join('\n'));

if (process.argv.includes('--errors')) {
  console.log('\nWrong verdicts (declared → said, source, cookie, domain, site, what other sites declared):');
  for (const src of ['catalogue entry', 'vendor id format', 'learned fallback']) {
    crawl.forEach((r, i) => {
      const a = after[i] as Scored;
      if (a.predicted === a.label || sourceOf[i] !== src) return;
      const others = otherSitesSay(declared[i] as Declared, a.predicted, declared);
      console.log(
        `${r.label}\t→ ${a.predicted}\t${src}\t${r.cookie.name}\t${r.cookie.domain}\t${r.pageSite}\t${others}`,
      );
    });
  }
}

function fitTemperature(rows: readonly { z: number[]; label: string }[]): number {
  let best = 1;
  let bestNll = Number.POSITIVE_INFINITY;
  for (let t = 0.5; t <= 6.001; t += 0.05) {
    let nll = 0;
    for (const m of rows) nll -= Math.log(softmax(m.z, t)[CLASSES4.indexOf(m.label)] as number);
    if (nll < bestNll) {
      bestNll = nll;
      best = Number(t.toFixed(2));
    }
  }
  return best;
}

function fold4(category: string): string {
  return category === 'preferences' ? 'functional' : category;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
