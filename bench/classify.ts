/**
 * Classifier benchmark: catalogue index build time, catalogue size, cookies classified per second over a 3,300-cookie
 * jar, and per-cookie cost with a catalogue made 10× larger with synthetic entries (it should stay flat: lookups walk
 * the name's own prefixes and suffixes, never the list of patterns). Targets: ≥ 1 million cookies/s, build < 10 ms.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { DEFAULT_ENTRIES, DEFAULT_TRACKER_DOMAINS, DEFAULT_VENDORS } from '../src/core/catalogue/data/index';
import { buildCatalogue, type Catalogue } from '../src/core/catalogue/index';
import { decodeModel, type ModelFile } from '../src/core/catalogue/learned/model';
import type { CatalogueEntry } from '../src/core/catalogue/schema';
import { classify } from '../src/core/classify';
import type { Cookie } from '../src/core/types';
import { type BenchCookie, makeJar } from './make-jar';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/** Median wall time of `runs` calls to `fn`, in ms. */
function time(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** Cookies per second: repeat the jar for about `ms` per round, take the median of rounds. */
function throughput(jar: readonly BenchCookie[], catalogue: Catalogue, rounds = 7, ms = 300): number {
  let sink = 0;
  const pass = () => {
    for (const { cookie, pageSite } of jar) sink += classify(cookie, { pageSite, catalogue }).confidence;
  };
  for (let i = 0; i < 20; i++) pass(); // warm the JIT and the name/site memos, as a long-running worker would be
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const t0 = performance.now();
    let t = t0;
    while (t - t0 < ms) {
      pass();
      n += jar.length;
      t = performance.now();
    }
    rates.push((n / (t - t0)) * 1000);
  }
  if (sink < 0) console.log(sink);
  return median(rates);
}

/**
 * Nine synthetic entries per real one, built on the real keys so they crowd the same trie branches a real lookup
 * walks: exact names with a suffix, prefix patterns one character longer, suffix patterns.
 */
function synthetic(entries: readonly CatalogueEntry[], factor: number): CatalogueEntry[] {
  const out: CatalogueEntry[] = [];
  for (let k = 1; k < factor; k++) {
    entries.forEach((e, i) => {
      const key = (e.name ?? e.pattern ?? 'x').replaceAll('*', '');
      const base = {
        vendor: 'web-app-generic',
        category: 'functional' as const,
        tags: ['ui-state' as const],
        purpose: 'synthetic',
      };
      if (i % 3 === 0) out.push({ ...base, name: `${key}~syn${k}.${i}` });
      else if (i % 3 === 1) out.push({ ...base, pattern: `${key}${String.fromCharCode(97 + (k % 26))}${k}.${i}*` });
      else out.push({ ...base, pattern: `*~${key}${k}.${i}` });
    });
  }
  return out;
}

function loadJar(path: string): BenchCookie[] {
  const cookies = JSON.parse(readFileSync(path, 'utf8')) as Cookie[];
  // Shared jars carry no page URL: classify with an unknown page, the way the CLI does without --page-url.
  return cookies.map((cookie) => ({ cookie, pageSite: '' }));
}

export async function runClassifyBench(args: { jarPath?: string }): Promise<void> {
  const input = { entries: DEFAULT_ENTRIES, vendors: DEFAULT_VENDORS, domains: DEFAULT_TRACKER_DOMAINS };
  let catalogue = buildCatalogue(input);
  const buildMs = time(() => {
    catalogue = buildCatalogue(input);
  }, 15);
  // What the worker and the CLI pay on first use: the shipped data is validated at build and in a test, not again.
  const indexMs = time(() => {
    catalogue = buildCatalogue(input, undefined, { validated: true });
  }, 15);
  const { entries, names, patterns, vendors, domains } = catalogue.counts;
  console.log('classify');
  console.log(
    `  catalogue index build as shipped (validated before it ships), median of 15: ${indexMs.toFixed(2)} ms   (target < 10 ms); with validation: ${buildMs.toFixed(2)} ms`,
  );
  console.log(
    `  catalogue: ${entries} entries (${names} names, ${patterns} patterns), ${vendors} vendors, ${domains} tracker domains`,
  );

  // The learned fallback ships as JSON and is decoded on first use (worker and CLI): what that first use costs.
  const modelText = readFileSync(new URL('../src/core/catalogue/learned/fallback-model.json', import.meta.url), 'utf8');
  const loadMs = time(() => decodeModel(JSON.parse(modelText) as ModelFile), 15);
  console.log(
    `  fallback model: ${(modelText.length / 1024).toFixed(0)} KB JSON, ${(gzipSync(modelText).length / 1024).toFixed(0)} KB gzip, load (parse + decode) median of 15: ${loadMs.toFixed(2)} ms`,
  );

  const jar = args.jarPath ? loadJar(args.jarPath) : makeJar(3300);
  const source = args.jarPath ?? 'generated in-project (bench/make-jar.ts, seed 20261101)';
  const rate = throughput(jar, catalogue);
  console.log(`  jar: ${jar.length} cookies, ${source}`);
  console.log(
    `  throughput: ${(rate / 1e6).toFixed(2)} M cookies/s, ${(1e9 / rate).toFixed(0)} ns/cookie   (target ≥ 1 M/s)`,
  );

  const bigInput = { ...input, entries: [...DEFAULT_ENTRIES, ...synthetic(DEFAULT_ENTRIES, 10)] };
  const big = buildCatalogue(bigInput);
  const bigBuildMs = time(() => buildCatalogue(bigInput), 5);
  // Interleave rounds at 1× and 10× so JIT state, GC and clock drift hit both sides alike.
  const small: number[] = [];
  const large: number[] = [];
  for (let r = 0; r < 7; r++) {
    small.push(throughput(jar, catalogue, 1));
    large.push(throughput(jar, big, 1));
  }
  const smallNs = 1e9 / median(small);
  const largeNs = 1e9 / median(large);
  console.log(
    `  10× catalogue: ${big.counts.entries} entries (${big.counts.names} names, ${big.counts.patterns} patterns), build ${bigBuildMs.toFixed(1)} ms`,
  );
  console.log(
    `  per-cookie cost: ${smallNs.toFixed(0)} ns at 1× → ${largeNs.toFixed(0)} ns at 10× (ratio ${(largeNs / smallNs).toFixed(2)}; a linear scan would be ≈ 10)`,
  );
}
