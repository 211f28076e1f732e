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
import { type FallbackModel, logits, softmax } from '../../src/core/catalogue/learned/model';
import { shippedCatalogueData } from '../../src/core/catalogue/shipped-data';
import { classify } from '../../src/core/classify';
import { catalogueExample, crawlExample, nameWordExamples, ocdExample } from './examples';
import { type Example, FIT_DEFAULTS, fitModel, toFile } from './fit';
import { CRAWL_EPOCH_S, type CrawlRow, loadCrawl } from './load-crawl';
import { loadOcd } from './load-ocd';
import { agreement, ece, pct, perClass, reliability, type Scored } from './metrics';
import { seeded, shuffle } from './random';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const TRAINING = process.env.TRAINING_DIR ?? resolve(ROOT, '../shared/training');
const MODEL_OUT = join(ROOT, 'src/core/catalogue/learned/fallback-model.json');
const FOLDS = 8;
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
const after: Scored[] = new Array(crawl.length);
const modelRows: { i: number; z: number[]; label: string }[] = [];
for (let k = 0; k < FOLDS; k++) {
  const train = [...weak, ...crawlExamples.filter((_, i) => fold(crawl[i] as CrawlRow) !== k)];
  const model = fitModel(train, FIT_DEFAULTS);
  crawl.forEach((r, i) => {
    if (fold(r) !== k) return;
    const c = classify(r.cookie, { pageSite: r.pageSite, catalogue, model, now });
    after[i] = { label: r.label, predicted: fold4(c.category), confidence: c.confidence, fold: k };
    if (c.source === 'model') {
      const z = Array.from(logits(model, (crawlExamples[i] as Example).features));
      modelRows.push({ i, z, label: r.label });
    }
  });
}

// Temperature scaling (Guo et al., "On Calibration of Modern Neural Networks", 2017) on out-of-fold logits.
const CLASSES4 = ['necessary', 'functional', 'analytics', 'marketing'];
let temperature = 1;
let bestNll = Number.POSITIVE_INFINITY;
for (let t = 0.5; t <= 6.001; t += 0.05) {
  let nll = 0;
  for (const m of modelRows) nll -= Math.log(softmax(m.z, t)[CLASSES4.indexOf(m.label)] as number);
  if (nll < bestNll) {
    bestNll = nll;
    temperature = Number(t.toFixed(2));
  }
}
for (const m of modelRows) {
  const p = softmax(m.z, temperature);
  (after[m.i] as Scored).confidence = Math.max(...p);
}
const modelScored = modelRows.map((m) => after[m.i] as Scored);
const catalogueScored = after.filter((_, i) => !modelRows.some((m) => m.i === i));

const finalModel: FallbackModel = fitModel([...weak, ...crawlExamples], FIT_DEFAULTS);
const summary = {
  crawlRows: crawl.length,
  sites: sites.length,
  folds: FOLDS,
  openCookieDatabaseRows: ocd.length,
  catalogueEntries: data.entries.length,
  agreementBefore: round(agreement(before)),
  agreementAfter: round(agreement(after)),
  agreementCatalogueHits: round(agreement(catalogueScored)),
  agreementModelFallback: round(agreement(modelScored)),
  modelRows: modelScored.length,
  temperature,
  ece: round(ece(reliability(modelScored))),
};
const file = toFile(finalModel, { temperature, bestGuessBelow: BEST_GUESS_BELOW, trainedOn: summary });
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
out.push(
  `    learned fallback verdicts     ${pct(agreement(modelScored))} of ${modelScored.length} (today's on the same cookies: ${pct(agreement(modelRows.map((m) => before[m.i] as Scored)))})`,
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
out.push(`Calibration of the learned fallback (out-of-fold, temperature ${temperature}):`);
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
  crawl.forEach((r, i) => {
    const a = after[i] as Scored;
    if (a.predicted === a.label) return;
    const c = classify(r.cookie, { pageSite: r.pageSite, catalogue, now });
    console.log(`${r.label}\t${a.predicted}\t${r.cookie.name}\t${r.cookie.domain}\t${r.pageSite}\t${c.reason}`);
  });
}

function fold4(category: string): string {
  return category === 'preferences' ? 'functional' : category;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
