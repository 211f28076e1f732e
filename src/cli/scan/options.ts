import { strictArgs, UsageError } from '../parse-args';
import { FAIL_ON, type FailOn, PHASES, type Phase, SCAN_FORMATS, type ScanFormat } from './types';

export interface ScanOptions {
  urls: string[];
  /** --urls FILE: one URL a line, # comments. Read by the runner. */
  urlsFile: string | null;
  sitemap: string | null;
  phases: Phase[];
  pages: number;
  waitMs: number;
  formats: ScanFormat[];
  outDir: string;
  failOn: FailOn;
  baseline: string | null;
  allow: string | null;
  /** --overrides FILE: the user's category corrections (cookie-auditor/overrides), as `audit` reads them. */
  overrides: string | null;
  concurrency: number;
  shard: { index: number; count: number } | null;
  chrome: string | null;
  chromeArgs: string[];
  allowThirdPartyCookies: boolean;
  includeValues: boolean;
  quiet: boolean;
  headed: boolean;
}

export const SCAN_DEFAULTS = {
  pages: 2,
  waitMs: 1500,
  outDir: 'cookie-scan',
  failOn: 'high' as FailOn,
  concurrency: 2,
};

/** `cookie-auditor scan ...` arguments (after the word "scan") into options; a mistake throws UsageError. */
export function parseScanArgs(argv: readonly string[]): ScanOptions {
  const { values: v, positionals } = parse(argv);
  const urls = positionals.map(checkUrl);
  if (urls.length === 0 && v.urls === undefined && v.sitemap === undefined) {
    throw new UsageError('nothing to scan: give URL..., --urls FILE or --sitemap URL');
  }
  const options: ScanOptions = {
    urls,
    urlsFile: nonEmpty(v.urls, '--urls'),
    sitemap: v.sitemap === undefined ? null : checkUrl(v.sitemap),
    phases: list(v.phases ?? PHASES.join(','), PHASES, '--phases'),
    pages: count(v.pages, SCAN_DEFAULTS.pages, '--pages', 0),
    waitMs: count(v.wait, SCAN_DEFAULTS.waitMs, '--wait', 0),
    formats: list(v.format ?? SCAN_FORMATS.join(','), SCAN_FORMATS, '--format'),
    outDir: nonEmpty(v.out, '--out') ?? SCAN_DEFAULTS.outDir,
    failOn: one(v['fail-on'] ?? SCAN_DEFAULTS.failOn, FAIL_ON, '--fail-on'),
    baseline: nonEmpty(v.baseline, '--baseline'),
    allow: nonEmpty(v.allow, '--allow'),
    overrides: nonEmpty(v.overrides, '--overrides'),
    concurrency: count(v.concurrency, SCAN_DEFAULTS.concurrency, '--concurrency', 1),
    shard: v.shard === undefined ? null : parseShard(v.shard),
    chrome: nonEmpty(v.chrome, '--chrome'),
    chromeArgs: v['chrome-arg'] ?? [],
    allowThirdPartyCookies: v['allow-third-party-cookies'] ?? false,
    includeValues: v['include-values'] ?? false,
    quiet: v.quiet ?? false,
    headed: v.headed ?? false,
  };
  if (options.failOn === 'new' && options.baseline === null) {
    throw new UsageError('--fail-on new needs --baseline FILE (a report.json of an earlier scan)');
  }
  return options;
}

function parse(argv: readonly string[]) {
  return strictArgs(argv, {
    urls: { type: 'string' },
    sitemap: { type: 'string' },
    phases: { type: 'string' },
    pages: { type: 'string' },
    wait: { type: 'string' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    'fail-on': { type: 'string' },
    baseline: { type: 'string' },
    allow: { type: 'string' },
    overrides: { type: 'string' },
    concurrency: { type: 'string', short: 'j' },
    shard: { type: 'string' },
    chrome: { type: 'string' },
    'chrome-arg': { type: 'string', multiple: true },
    'allow-third-party-cookies': { type: 'boolean' },
    'include-values': { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    headed: { type: 'boolean' },
  });
}

export function checkUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`"${raw}" is not a URL (for example https://example.com/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`"${raw}" must be an http(s) URL, not ${url.protocol}`);
  }
  return url.href;
}

function nonEmpty(value: string | undefined, flag: string): string | null {
  if (value === undefined) return null;
  if (value === '') throw new UsageError(`${flag} needs a value`);
  return value;
}

function list<T extends string>(raw: string, allowed: readonly T[], flag: string): T[] {
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length === 0) throw new UsageError(`${flag} needs at least one of ${allowed.join(', ')}`);
  for (const item of items) one(item, allowed, flag);
  // Canonical order whatever order they were typed in: reports read none, reject, accept.
  return allowed.filter((a) => items.includes(a));
}

/** One of `allowed`, or a UsageError naming the flag and what it takes (also `merge --fail-on`). */
export function one<T extends string>(raw: string, allowed: readonly T[], flag: string): T {
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new UsageError(`${flag}: unknown value "${raw}" (use ${allowed.join(', ')})`);
  }
  return raw as T;
}

function count(raw: string | undefined, fallback: number, flag: string, min: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new UsageError(`${flag} needs a whole number, not "${raw}"`);
  const n = Number(raw);
  if (n < min) throw new UsageError(`${flag} must be at least ${min}`);
  return n;
}

/** `I/N` with 1 <= I <= N: the I-th of N deterministic slices (1-based, as CI matrices count). */
export function parseShard(raw: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(raw);
  const index = Number(m?.[1]);
  const total = Number(m?.[2]);
  if (!m || total < 1 || index < 1 || index > total) {
    throw new UsageError(`--shard needs I/N with 1 <= I <= N (for example 2/4), not "${raw}"`);
  }
  return { index, count: total };
}
