import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strictArgs, UsageError } from './parse-args';
import { one } from './scan/options';
import type { ScanMeta } from './scan/report-meta';
import { FILE_NAMES, ScanInputError, writeReports } from './scan/run-scan';
import { FAIL_ON, type FailOn, SCAN_FORMATS, type ScanFormat, type SiteResult } from './scan/types';

export interface MergeOptions {
  dirs: string[];
  outDir: string;
  formats: ScanFormat[] | null;
  failOn: FailOn | null;
  quiet: boolean;
}

export function parseMergeArgs(argv: readonly string[]): MergeOptions {
  const { values: v, positionals } = parse(argv);
  if (positionals.length === 0) throw new UsageError('merge needs at least one DIR holding a scan report.json');
  const formats = v.format?.split(',').map((f) => f.trim());
  for (const f of formats ?? []) {
    if (!(SCAN_FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format: unknown value "${f}"`);
  }
  return {
    dirs: positionals,
    outDir: v.out ?? 'cookie-scan',
    formats: formats ? SCAN_FORMATS.filter((f) => formats.includes(f)) : null,
    failOn: v['fail-on'] === undefined ? null : one(v['fail-on'], FAIL_ON, '--fail-on'),
    quiet: v.quiet ?? false,
  };
}

function parse(argv: readonly string[]) {
  return strictArgs(argv, {
    out: { type: 'string', short: 'o' },
    format: { type: 'string', short: 'f' },
    'fail-on': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  });
}

type OptionKeys =
  | 'phases'
  | 'formats'
  | 'pages'
  | 'waitMs'
  | 'failOn'
  | 'shard'
  | 'baseline'
  | 'allowList'
  | 'overrides';

interface ShardReport extends Omit<ScanMeta, OptionKeys> {
  kind: string;
  options: Pick<ScanMeta, Exclude<OptionKeys, 'overrides'>> & Partial<Pick<ScanMeta, 'overrides'>>;
  sites: SiteResult[];
}

/**
 * `cookie-auditor merge DIR...`: joins the report.json of each shard into one set of reports, sites in shard
 * order then their own, with the exit code the whole scan would have had. One shard's sites are in memory at a time.
 */
export async function runMerge(
  options: MergeOptions,
  argv: readonly string[],
  stderr: (t: string) => void,
): Promise<number> {
  const reports: { path: string; head: ShardReport }[] = [];
  for (const dir of options.dirs) {
    const path = join(dir, FILE_NAMES.json);
    const head = await readShard(path);
    reports.push({ path, head: { ...head, sites: [] } });
  }
  const first = reports[0]?.head as ShardReport;
  const valuesIncluded = reports.some((r) => r.head.valuesIncluded);
  const meta: ScanMeta = {
    tool: first.tool,
    catalogueVersion: first.catalogueVersion,
    chromium: first.chromium,
    startedAt: reports.map((r) => r.head.startedAt).sort()[0] ?? first.startedAt,
    commandLine: ['cookie-auditor', 'merge', ...argv],
    phases: first.options.phases,
    formats: options.formats ?? first.options.formats,
    pages: first.options.pages,
    waitMs: first.options.waitMs,
    failOn: options.failOn ?? first.options.failOn,
    shard: null,
    baseline: first.options.baseline,
    allowList: first.options.allowList,
    // Absent in a report.json written before --overrides existed.
    overrides: first.options.overrides ?? null,
    valuesIncluded,
  };
  let count = 0;
  for (const r of reports) count += (await readShard(r.path)).sites.length;
  let index = 0;
  const sites = async function* () {
    index = 0;
    for (const r of reports) {
      const shard = await readShard(r.path);
      for (const site of shard.sites) yield { ...site, index: index++ };
    }
  };
  const say = options.quiet ? () => undefined : stderr;
  return writeReports(
    sites,
    count,
    meta,
    { outDir: options.outDir, formats: meta.formats, failOn: meta.failOn, includeValues: valuesIncluded },
    say,
  );
}

async function readShard(path: string): Promise<ShardReport> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new ScanInputError(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  let data: ShardReport;
  try {
    data = JSON.parse(text) as ShardReport;
  } catch (e) {
    throw new ScanInputError(`${path}: not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (data?.kind !== 'scan' || !Array.isArray(data.sites)) throw new ScanInputError(`${path}: not a scan report.json`);
  return data;
}
