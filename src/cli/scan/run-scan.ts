import { once } from 'node:events';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATALOGUE_VERSION } from '../../core/classify';
import { type OverrideSet, overrideSet } from '../../core/overrides/overrides';
import { OverridesFileError, parseOverrides } from '../../core/overrides/overrides-file';
import { hostOfUrl, siteOf } from '../../core/party';
import { exportUrl } from '../../core/report/export-url';
import { systemReason } from '../system-reason';
import { VERSION } from '../version';
import { type AllowEntry, AllowListError, applyAllowList, parseAllowList } from './allow-list';
import { type Baseline, BaselineError, compareWithBaseline, parseBaseline } from './baseline';
import { exportedArgs } from './exported-args';
import { countsForFailure } from './fail-on';
import { findChrome } from './find-chrome';
import { judgeSite } from './judge';
import { type LaunchSettings, launchFresh } from './launch';
import type { ScanOptions } from './options';
import { csvOutput } from './outputs/csv-output';
import { openSink } from './outputs/file-sink';
import { htmlOutput } from './outputs/html-output';
import { jsonOutput } from './outputs/json-output';
import { junitOutput } from './outputs/junit-output';
import { mdOutput } from './outputs/md-output';
import { sarifOutput } from './outputs/sarif-output';
import { allFindings } from './outputs/site-findings';
import { type ScanProgress, scanProgress } from './progress';
import type { OutputFile, ScanMeta, ScanTotals } from './report-meta';
import { runPhase } from './run-phase';
import { summaryTable } from './summary-table';
import type { ScanFormat, SiteResult } from './types';
import { parseSitemap, parseUrlList, shardUrls } from './url-list';

export interface ScanIo {
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** stderr is a terminal of this width (progress is one redrawn line), or null/absent (plain lines). */
  stderrTerminal?(): { columns: number } | null;
}

/** A problem with what the command named (a file, a browser): exit code 2 with this message. */
export class ScanInputError extends Error {
  override name = 'ScanInputError';
}

export const FILE_NAMES: Record<ScanFormat, string> = {
  json: 'report.json',
  html: 'report.html',
  md: 'report.md',
  csv: 'cookies.csv',
  sarif: 'report.sarif',
  junit: 'junit.xml',
};

/** A file the command line named; a missing one says so in words (with `hint`), not as a bare ENOENT. */
async function readInput(path: string, what: string, hint = ''): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ScanInputError(`${what} ${path} does not exist${hint ? `: ${hint}` : ''}`);
    }
    throw new ScanInputError(`cannot read ${what} ${path}: ${systemReason(e)}`);
  }
}

/** `cookie-auditor scan`: every site × phase in a fresh browser, results streamed to disk, then the reports. */
export async function runScan(options: ScanOptions, argv: readonly string[], io: ScanIo): Promise<number> {
  const startedAt = new Date();
  const executablePath = findChrome(options.chrome, io.env);
  const launch: LaunchSettings = {
    executablePath,
    headed: options.headed,
    allowThirdPartyCookies: options.allowThirdPartyCookies,
    chromeArgs: options.chromeArgs,
  };

  let allow: AllowEntry[] = [];
  if (options.allow) {
    try {
      allow = parseAllowList(
        await readInput(
          options.allow,
          'allow-list',
          'the file given to --allow must exist (create one with {"allow": []}, or drop the flag)',
        ),
      );
    } catch (e) {
      if (e instanceof AllowListError) throw new ScanInputError(`${options.allow}: ${e.message}`);
      throw e;
    }
  }
  let overrides: OverrideSet | undefined;
  if (options.overrides) {
    try {
      overrides = overrideSet(parseOverrides(await readInput(options.overrides, 'overrides file')));
    } catch (e) {
      if (e instanceof OverridesFileError) throw new ScanInputError(`${options.overrides}: ${e.message}`);
      throw e;
    }
  }
  let baseline: Baseline | null = null;
  if (options.baseline) {
    try {
      baseline = parseBaseline(await readInput(options.baseline, 'baseline'));
    } catch (e) {
      if (e instanceof BaselineError) throw new ScanInputError(`${options.baseline}: ${e.message}`);
      throw e;
    }
  }

  let urls = [...options.urls];
  if (options.urlsFile) for (const u of parseUrlList(await readInput(options.urlsFile, 'URL list'))) urls.push(u);
  if (options.sitemap) for (const u of await fetchSitemap(options.sitemap, launch)) urls.push(u);
  urls = shardUrls(urls, options.shard);

  mkdirSync(options.outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'cookie-scan-'));
  const ndjsonPath = join(work, 'sites.ndjson');
  const ndjson = createWriteStream(ndjsonPath);
  // Where each finished site sits in the temporary file: sites finish in any order, reports list them in input order.
  const offsets: { index: number; start: number; length: number }[] = [];
  let written = 0;
  let chromiumVersion: string | null = null;
  const terminal = io.stderrTerminal?.() ?? null;
  const progress = scanProgress(
    { write: io.stderr, isTTY: terminal !== null, columns: terminal?.columns },
    { total: urls.length, quiet: options.quiet },
  );

  try {
    progress.say(
      `Scanning ${urls.length} site(s), phases ${options.phases.join(', ')}, ${options.concurrency} at a time\n`,
    );
    let next = 0;
    const worker = async () => {
      while (next < urls.length) {
        const index = next++;
        const url = urls[index] as string;
        const result = await scanSite(index, url, { ...options, overrides }, launch, progress);
        chromiumVersion ??= result.browserVersion;
        judge(result.site, allow, baseline);
        progress.siteDone(index, summaryTable(result.site));
        const line = Buffer.from(`${JSON.stringify(result.site)}\n`, 'utf8');
        offsets.push({ index, start: written, length: line.length - 1 });
        written += line.length;
        if (!ndjson.write(line)) await once(ndjson, 'drain');
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency, Math.max(1, urls.length)) }, worker));
    await new Promise<void>((resolve) => ndjson.end(resolve));
    progress.finish();
    offsets.sort((a, b) => a.index - b.index);

    const meta: ScanMeta = {
      tool: { name: 'cookie-auditor', version: VERSION },
      catalogueVersion: CATALOGUE_VERSION,
      chromium: {
        version: chromiumVersion,
        path: executablePath,
        thirdPartyCookies: options.allowThirdPartyCookies ? 'allowed' : 'blocked',
        args: options.chromeArgs,
      },
      startedAt: startedAt.toISOString(),
      commandLine: ['cookie-auditor', 'scan', ...exportedArgs(argv, options.includeValues)],
      phases: options.phases,
      formats: options.formats,
      pages: options.pages,
      waitMs: options.waitMs,
      failOn: options.failOn,
      shard: options.shard,
      baseline: options.baseline,
      allowList: options.allow,
      overrides: options.overrides && overrides ? { file: options.overrides, count: overrides.size } : null,
      valuesIncluded: options.includeValues,
    };
    return await writeReports(() => sitesInOrder(ndjsonPath, offsets), offsets.length, meta, options, progress.say);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function judge(site: SiteResult, allow: readonly AllowEntry[], baseline: Baseline | null): void {
  if (site.status !== 'ok') return;
  const { findings, diff } = judgeSite(site.phases);
  site.findings = findings;
  site.diff = diff;
  for (const f of [site.findings, ...site.phases.map((p) => p.findings)]) applyAllowList(f, allow, site.site);
  if (baseline) site.baseline = compareWithBaseline(site, baseline);
}

async function scanSite(
  index: number,
  url: string,
  options: Omit<ScanOptions, 'overrides'> & { overrides: OverrideSet | undefined },
  launch: LaunchSettings,
  progress: ScanProgress,
): Promise<{ site: SiteResult; browserVersion: string | null }> {
  // The browser loads the URL as given; reports and progress lines (CI logs are often public) carry it without its
  // query and fragment unless values are included, as every other URL the scan records.
  const shown = exportUrl(url, options.includeValues);
  const site: SiteResult = {
    index,
    url: shown,
    site: siteOf(hostOfUrl(url)),
    status: 'ok',
    error: null,
    phases: [],
    diff: [],
    findings: [],
    baseline: null,
  };
  let browserVersion: string | null = null;
  for (const phase of options.phases) {
    progress.phaseStart(index, shown, phase);
    const run = await runPhase({
      url,
      phase,
      pages: options.pages,
      waitMs: options.waitMs,
      includeValues: options.includeValues,
      version: VERSION,
      launch,
      overrides: options.overrides,
    });
    browserVersion ??= run.browserVersion;
    site.phases.push(run.result);
    const r = run.result;
    progress.phaseDone(
      index,
      shown,
      phase,
      r.status === 'ok'
        ? `${r.audit?.cookies.length ?? 0} cookies, ${r.banner.detail} (${(r.durationMs / 1000).toFixed(1)} s)`
        : `failed: ${r.error}`,
      r.status !== 'ok',
    );
  }
  // A site none of whose phases loaded could not be scanned: reported as such, and the others still run.
  if (site.phases.every((p) => p.status === 'error')) {
    site.status = 'error';
    site.error = site.phases[0]?.error ?? 'no phase ran';
  }
  return { site, browserVersion };
}

async function* sitesInOrder(path: string, offsets: readonly { start: number; length: number }[]) {
  const file = await open(path, 'r');
  try {
    for (const o of offsets) {
      const buf = Buffer.alloc(o.length);
      await file.read(buf, 0, o.length, o.start);
      yield JSON.parse(buf.toString('utf8')) as SiteResult;
    }
  } finally {
    await file.close();
  }
}

/** The options the report writers read: the scan's own, or `merge`'s. */
export type ReportOptions = Pick<ScanOptions, 'outDir' | 'formats' | 'failOn' | 'includeValues'>;

/** Writes every requested report from sites read twice, in order, from `sites` (report.json last, with the others' SHA-256). */
export async function writeReports(
  sites: () => AsyncIterable<SiteResult>,
  count: number,
  meta: ScanMeta,
  options: ReportOptions,
  say: (text: string) => void,
): Promise<number> {
  mkdirSync(options.outDir, { recursive: true });
  const secret = options.includeValues;
  const path = (f: ScanFormat) => join(options.outDir, FILE_NAMES[f]);
  const want = (f: ScanFormat) => options.formats.includes(f);
  const sinks = {
    html: want('html') ? openSink(path('html'), secret) : null,
    md: want('md') ? openSink(path('md'), secret) : null,
    csv: want('csv') ? openSink(path('csv'), secret) : null,
    sarif: want('sarif') ? openSink(path('sarif'), secret) : null,
    junit: want('junit') ? openSink(path('junit'), secret) : null,
  };
  const html = sinks.html ? htmlOutput(sinks.html, meta) : null;
  const md = sinks.md ? mdOutput(sinks.md, meta) : null;
  const csv = sinks.csv ? csvOutput(sinks.csv, secret) : null;
  const sarif = sinks.sarif ? sarifOutput(sinks.sarif, meta) : null;
  const junit = sinks.junit ? junitOutput(sinks.junit, options.failOn) : null;

  const totals: ScanTotals = {
    finishedAt: '',
    sites: count,
    scanned: 0,
    failed: 0,
    findings: { high: 0, medium: 0, low: 0, info: 0 },
    violations: 0,
    allowed: 0,
    failing: 0,
    exitCode: 0,
  };
  await html?.begin();
  await md?.begin();
  await csv?.begin();
  await sarif?.begin();
  await junit?.begin();
  for await (const site of sites()) {
    if (site.status === 'ok') totals.scanned += 1;
    else totals.failed += 1;
    for (const f of allFindings(site)) {
      if (f.allowed !== null) totals.allowed += 1;
      else {
        totals.findings[f.severity] += 1;
        if (f.violation) totals.violations += 1;
      }
      if (countsForFailure(f, options.failOn)) totals.failing += 1;
    }
    await html?.site(site);
    await md?.site(site);
    await csv?.site(site);
    await sarif?.site(site);
    await junit?.site(site);
  }
  // 2 only when nothing at all could be scanned; otherwise unreachable sites are reported and the rest judged.
  totals.exitCode = totals.scanned === 0 ? 2 : totals.failing > 0 ? 1 : 0;
  totals.finishedAt = new Date().toISOString();
  await html?.end(totals);
  await md?.end(totals);
  await sarif?.end();
  await junit?.end();

  const files: OutputFile[] = [];
  const done = async (format: ScanFormat, sink: ReturnType<typeof openSink> | null) => {
    if (!sink) return;
    const { sha256, bytes } = await sink.close();
    files.push({ name: FILE_NAMES[format], sha256, bytes });
  };
  await done('html', sinks.html);
  await done('md', sinks.md);
  await done('csv', sinks.csv);
  await done('sarif', sinks.sarif);
  await done('junit', sinks.junit);
  files.sort((a, b) => a.name.localeCompare(b.name));
  if (want('json')) {
    const sink = openSink(path('json'), secret);
    const json = jsonOutput(sink, meta);
    await json.begin();
    for await (const site of sites()) await json.site(site);
    await json.end(totals, files);
    await sink.close();
  }

  say(
    `${totals.sites} site(s): ${totals.scanned} scanned, ${totals.failed} could not be; ${totals.findings.high} high, ${totals.findings.medium} medium findings, ${totals.violations} consent violation(s); ${totals.failing} failing under --fail-on ${options.failOn}. Reports in ${options.outDir}/${secret ? ' (include cookie values: treat as secret)' : ''}\n`,
  );
  return totals.exitCode;
}

/** The sitemap is fetched by Chromium itself, so --chrome-arg (host mapping, certificates) applies to it too. */
async function fetchSitemap(url: string, launch: LaunchSettings): Promise<string[]> {
  const browser = await launchFresh(launch);
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const response = await page.goto(url, { timeout: 30_000 });
    if (!response) throw new ScanInputError(`--sitemap ${url}: no response`);
    if (!response.ok()) throw new ScanInputError(`--sitemap ${url}: HTTP ${response.status()}`);
    return parseSitemap(await response.text());
  } catch (e) {
    if (e instanceof ScanInputError) throw e;
    throw new ScanInputError(`--sitemap ${url}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  } finally {
    await browser.close();
  }
}
