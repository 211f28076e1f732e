import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import AjvDraft04 from 'ajv-draft-04';
import { parse as parseJunit } from 'junit2json';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteResult } from '../../src/cli/scan/types';
import { LOOPBACK_ARGS, runCli } from './harness/run-cli';
import { closedPort, type RunningScanSites, startScanSites } from './harness/scan-sites';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

interface Report {
  sites: SiteResult[];
  files: { name: string; sha256: string; bytes: number }[];
  totals: { exitCode: number; scanned: number; failed: number };
  chromium: { version: string | null; thirdPartyCookies: string };
}

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  ajv.addSchema(JSON.parse(read(ROOT, 'schema/site-report-v1.schema.json')));
  return ajv.compile(JSON.parse(read(ROOT, 'schema/scan-report-v1.schema.json')));
}

let sites: RunningScanSites;
let down: string;
const out = mkdtempSync(join(tmpdir(), 'scan-e2e-'));
const main = join(out, 'main');
let mainRun: Awaited<ReturnType<typeof runCli>>;
let report: Report;
const site = (host: string) => report.sites.find((s) => s.url.includes(host)) as SiteResult;

beforeAll(async () => {
  sites = await startScanSites();
  down = `https://down.test:${await closedPort()}/`;
  mainRun = await runCli([
    'scan',
    sites.url('www.fair-shop.test'),
    sites.url('www.leaky-news.test'),
    sites.url('www.plain-blog.test'),
    down,
    '--out',
    main,
    '--concurrency',
    '2',
    ...LOOPBACK_ARGS,
  ]);
  report = JSON.parse(read(main, 'report.json'));
}, 600_000);

afterAll(async () => {
  await sites?.close();
});

describe('cookie-auditor scan over fixture sites', () => {
  it('lists the sites in the order they were given, whichever finished first', () => {
    expect(report.sites.map((s) => s.url)).toEqual([
      sites.url('www.fair-shop.test'),
      sites.url('www.leaky-news.test'),
      sites.url('www.plain-blog.test'),
      down,
    ]);
    expect(report.sites.map((s) => s.index)).toEqual([0, 1, 2, 3]);
  });

  it('exits 1 because a site sets _fbp after "reject all", and still reports every other site', () => {
    expect(mainRun.code, mainRun.stderr).toBe(1);
    expect(report.totals).toMatchObject({ exitCode: 1, scanned: 3, failed: 1 });
    expect(report.chromium.version).toMatch(/^(Headless)?Chrom(e|ium)\/\d+/);
    expect(report.chromium.thirdPartyCookies).toBe('blocked');
    // One progress line per site and phase, and a summary table per site.
    for (const phase of ['none', 'reject', 'accept']) {
      expect(mainRun.stderr).toContain(`${sites.url('www.leaky-news.test')} ${phase}:`);
    }
    expect(mainRun.stderr).toMatch(/_fbp\s+set despite refusal \(marketing\)/);
  });

  it('operates a OneTrust-shaped and a Cookiebot-shaped banner through autoconsent', () => {
    const fair = site('fair-shop');
    const leaky = site('leaky-news');
    for (const s of [fair, leaky]) {
      const [none, reject, accept] = s.phases;
      expect(none?.banner.action).toBeNull();
      expect(reject?.banner).toMatchObject({ action: 'optOut', popupFound: true, succeeded: true, selfTest: true });
      expect(accept?.banner).toMatchObject({ action: 'optIn', popupFound: true, succeeded: true });
    }
    expect(fair.phases[1]?.banner.platform).toBe('Onetrust');
    expect(leaky.phases[1]?.banner.platform).toBe('Cybotcookiebot');
    // The platforms' own records, decoded by the core's consent readers.
    expect(fair.phases[1]?.consent.find((c) => c.cookie === 'OptanonConsent')?.state).toMatch(
      /^OneTrust: .*marketing refused/,
    );
    expect(leaky.phases[2]?.consent.find((c) => c.cookie === 'CookieConsent')?.state).toMatch(
      /^Cookiebot: .*marketing accepted/,
    );
  });

  it('judges the compliant site compliant: trackers only after accept', () => {
    const fair = site('fair-shop');
    const verdicts = Object.fromEntries(fair.diff.map((r) => [r.name, r.verdict]));
    expect(verdicts).toMatchObject({ _ga: 'after accept only', _fbp: 'after accept only', '__Host-sid': 'necessary' });
    expect([...fair.findings, ...fair.phases.flatMap((p) => p.findings)].filter((f) => f.violation)).toEqual([]);
  });

  it('records who set each cookie and when', () => {
    const reject = site('leaky-news').phases[1];
    const fbp = reject?.audit?.cookies.find((c) => c.name === '_fbp');
    const sid = reject?.audit?.cookies.find((c) => c.name === '__Host-sid');
    expect(reject?.origins[fbp?.id ?? '']).toMatchObject({
      kind: 'script',
      url: sites.url('www.leaky-news.test', '/pixel.js'),
    });
    expect(reject?.origins[sid?.id ?? '']).toMatchObject({ kind: 'response', url: sites.url('www.leaky-news.test') });
    expect(reject?.origins[sid?.id ?? '']?.atMs).toBeGreaterThanOrEqual(0);
    expect(reject?.pagesVisited).toEqual([
      sites.url('www.leaky-news.test'),
      sites.url('www.leaky-news.test'),
      sites.url('www.leaky-news.test', '/about'),
    ]);
    // Values stay out unless --include-values.
    expect(read(main, 'report.json')).not.toContain('fb.1.1700000000000.1234567890');
  });

  it('reports a site without a banner and a site that does not load, without stopping', () => {
    const blog = site('plain-blog');
    expect(blog.status).toBe('ok');
    expect(blog.findings.map((f) => f.ruleId)).toContain('scan/banner-not-found');
    const gone = site('down.test');
    expect(gone.status).toBe('error');
    expect(gone.error).toMatch(/ERR_CONNECTION_REFUSED/);
  });

  it('puts the _fbp refusal finding in every output format, once', async () => {
    // The Cookiebot record says marketing was refused, so the core's consent rule judges _fbp from the record; the
    // scan's phase-based verdict of the same kind is then left out rather than said twice.
    const onFbp = site('leaky-news').phases[1]?.findings.filter((f) => f.violation && f.cookieName === '_fbp') ?? [];
    const rule = 'consent-set-despite-refusal';
    const ids = onFbp.map((f) => f.ruleId);
    expect(ids).toContain(rule);
    expect(ids).not.toContain('scan/set-despite-refusal');
    expect(onFbp.find((f) => f.ruleId === rule)).toMatchObject({ severity: 'high', violation: true });
    expect(read(main, 'report.md')).toMatch(/\*\*high\*\* Set despite the visitor’s refusal \(reject\) `\\_fbp`/);
    expect(read(main, 'report.html')).toMatch(/high · Set despite the visitor’s refusal · <code>_fbp<\/code>/);
    expect(read(main, 'report.html')).not.toMatch(/<script/i);
    const csv = read(main, 'cookies.csv').split('\r\n');
    expect(csv.find((l) => l.includes(',reject,') && l.includes(',_fbp,'))).toContain(`${rule}:high`);
    const sarif = JSON.parse(read(main, 'report.sarif'));
    expect(
      sarif.runs[0].results.some(
        (r: { ruleId: string; level: string; locations: { logicalLocations?: { name: string }[] }[] }) =>
          r.ruleId === rule && r.level === 'error' && r.locations[0]?.logicalLocations?.[0]?.name === '_fbp',
      ),
    ).toBe(true);
    const junit = await parseJunit(read(main, 'junit.xml'));
    const suite = (
      junit as { testsuite?: { name?: string; testcase?: { name?: string; failure?: unknown[] }[] }[] }
    ).testsuite?.find((s) => s.name?.includes('leaky-news'));
    const failed = suite?.testcase?.filter((t) => t.failure).map((t) => t.name);
    expect(failed?.some((name) => name?.startsWith(rule))).toBe(true);
  });

  it('writes report.json to its schema, SARIF to the 2.1.0 schema, JUnit a consumer reads', async () => {
    const validate = validator();
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // The schema's own patterns predate the `u` flag ajv uses by default.
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S*$/i);
    ajv.addFormat('uri-reference', /^\S*$/);
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    const sarifSchema = JSON.parse(read(ROOT, 'test/cli/scan/fixtures/sarif-2.1.0-rtm.5.schema.json'));
    const sarifValid = ajv.compile(sarifSchema);
    const sarif = JSON.parse(read(main, 'report.sarif'));
    expect(sarifValid(sarif), JSON.stringify(sarifValid.errors?.slice(0, 3))).toBe(true);
    expect(sarif.version).toBe('2.1.0');
    // No JUnit XSD ships in node_modules: junit2json parses it, and the counts each consumer reads are checked here.
    const junit = (await parseJunit(read(main, 'junit.xml'))) as {
      testsuite?: {
        name: string;
        tests: number;
        failures: number;
        errors: number;
        testcase: { failure?: unknown; error?: unknown }[];
      }[];
    };
    // One suite per site, in input order; the site that did not load is one errored case.
    expect(junit.testsuite?.map((s) => s.name)).toEqual(report.sites.map((s) => s.url));
    for (const suite of junit.testsuite ?? []) {
      expect(Number(suite.tests)).toBe(suite.testcase.length);
      expect(Number(suite.failures)).toBe(suite.testcase.filter((c) => c.failure).length);
      expect(Number(suite.errors)).toBe(suite.testcase.filter((c) => c.error).length);
    }
    expect(junit.testsuite?.at(-1)?.testcase).toHaveLength(1);
  });

  it('lists the SHA-256 of every other file it wrote, and they match', () => {
    expect(report.files.map((f) => f.name)).toEqual([
      'cookies.csv',
      'junit.xml',
      'report.html',
      'report.md',
      'report.sarif',
    ]);
    for (const f of report.files) {
      const bytes = readFileSync(join(main, f.name));
      expect(createHash('sha256').update(bytes).digest('hex'), f.name).toBe(f.sha256);
      expect(bytes.length).toBe(f.bytes);
      expect(statSync(join(main, f.name)).mode & 0o777).toBe(0o644);
    }
  });

  it('exits 0 for the compliant site alone, and 2 when nothing could be scanned', async () => {
    const okDir = join(out, 'ok');
    const ok = await runCli([
      'scan',
      sites.url('www.fair-shop.test'),
      '--out',
      okDir,
      '--quiet',
      '--include-values',
      ...LOOPBACK_ARGS,
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toBe('');
    // With values in them the files are as secret as the cookies: owner-only.
    expect(read(okDir, 'cookies.csv')).toContain('GA1.1.1234567890.1700000000');
    for (const f of ['report.json', 'cookies.csv', 'report.html']) {
      expect(statSync(join(okDir, f)).mode & 0o777).toBe(0o600);
    }
    const none = await runCli(['scan', down, '--phases', 'none', '--out', join(out, 'down'), ...LOOPBACK_ARGS]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('0 scanned, 1 could not be');
  });

  it('keeps no URL query or fragment in any output file when values are left out', async () => {
    // Every URL the scan records on its own: a page reached by a link, a same-site response that sets a cookie, a
    // script that writes one, an inline script (its origin falls back to location.href), and a third-party
    // Set-Cookie that Chrome blocks. Each carries the secret in its query or fragment.
    const secret = 'SECRETtoken4242';
    const q = `?uid=${secret}#frag-${secret}`;
    sites.route('www.plain-blog.test', '/private', {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><title>Private</title><a href="/private-page${q}">Reset password</a>`,
    });
    sites.route('www.plain-blog.test', '/private-page', {
      type: 'text/html; charset=utf-8',
      body: ({ httpsPort }) =>
        `<!doctype html><title>Reset</title>
<img alt="" src="/private-px.gif${q}">
<img alt="" src="https://tracker-b.test:${httpsPort}/pixel.gif${q}">
<script src="/private.js?uid=${secret}"></script>
<script>document.cookie = 'inline_pref=1; path=/; max-age=3600; Secure; SameSite=Lax';</script>`,
    });
    sites.route('www.plain-blog.test', '/private-px.gif', {
      type: 'image/gif',
      setCookies: ['px_id=abc; Path=/; Max-Age=3600; Secure; SameSite=Lax'],
      body: '',
    });
    sites.route('www.plain-blog.test', '/private.js', {
      type: 'text/javascript',
      body: "document.cookie = 'script_pref=1; path=/; max-age=3600; Secure; SameSite=Lax';",
    });
    const dir = join(out, 'private');
    const run = await runCli([
      'scan',
      // The site itself is given with a secret too (a staging link's token): the command line and the site's URL
      // are written without it.
      `${sites.url('www.plain-blog.test', '/private')}?invite=${secret}#${secret}`,
      '--out',
      dir,
      '--phases',
      'none,reject',
      ...LOOPBACK_ARGS,
    ]);
    // 1: the blog has no banner to reject, a finding of its own; what matters here is that every file was written.
    expect(run.code, run.stderr).toBe(1);
    const r = JSON.parse(read(dir, 'report.json')) as Report;
    const reject = r.sites[0]?.phases[1];
    // The test reached every recorder: the page by its link, both cookies' origins, Chrome's refusal.
    expect(reject?.pagesVisited).toContain(sites.url('www.plain-blog.test', '/private-page'));
    const origin = (name: string) => reject?.origins[reject.audit?.cookies.find((c) => c.name === name)?.id ?? ''];
    expect(origin('px_id')).toMatchObject({
      kind: 'response',
      url: sites.url('www.plain-blog.test', '/private-px.gif'),
    });
    expect(origin('script_pref')).toMatchObject({
      kind: 'script',
      url: sites.url('www.plain-blog.test', '/private.js'),
    });
    expect(origin('inline_pref')?.url).toBe(sites.url('www.plain-blog.test', '/private-page'));
    expect(reject?.chromeBlocked.map((b) => b.url)).toContain(sites.url('tracker-b.test', '/pixel.gif'));
    const files = readdirSync(dir);
    expect(files).toEqual(
      expect.arrayContaining(['report.json', 'report.html', 'report.md', 'cookies.csv', 'report.sarif', 'junit.xml']),
    );
    for (const f of files) {
      const text = read(dir, f);
      expect(text.includes(secret), `${f} holds the secret`).toBe(false);
      expect(text.includes('frag-'), `${f} holds the fragment`).toBe(false);
    }
    // Progress lines and the summary table too (CI logs are often public).
    expect(run.stderr).toContain(sites.url('www.plain-blog.test', '/private'));
    expect(run.stderr.includes(secret), 'stderr holds the secret').toBe(false);
  });

  it('shows exactly the one cookie added since the baseline as new, and --fail-on new fails on it', async () => {
    const first = join(out, 'base-1');
    const second = join(out, 'base-2');
    const args = ['--phases', 'none', '--format', 'json', '--quiet', ...LOOPBACK_ARGS];
    expect((await runCli(['scan', sites.url('www.plain-blog.test'), '--out', first, ...args])).code).toBe(0);
    sites.route('www.plain-blog.test', '/', {
      type: 'text/html; charset=utf-8',
      setCookies: [
        '__Host-sid=Zk9hY3RpdmVTZXNzaW9u; Path=/; Max-Age=86400; Secure; HttpOnly; SameSite=Lax',
        '_gcl_au=1.1.1234567890.1700000000; Path=/; Max-Age=7776000; Secure; SameSite=Lax',
      ],
      body: '<!doctype html><title>Plain blog</title><p>Now with ads.</p>',
    });
    const run = await runCli([
      'scan',
      sites.url('www.plain-blog.test'),
      '--out',
      second,
      '--baseline',
      join(first, 'report.json'),
      '--fail-on',
      'new',
      ...args,
    ]);
    expect(run.code, run.stderr).toBe(1);
    const r = JSON.parse(read(second, 'report.json')) as Report;
    // Exactly one change: the added cookie, new in the one phase scanned.
    expect(r.sites[0]?.baseline?.map((c) => [c.phase, c.change, c.name, c.domain, c.details])).toEqual([
      ['none', 'new', '_gcl_au', 'www.plain-blog.test', []],
    ]);

    // Shards join back into one report with merge: both runs, in order, the exit code of the whole.
    const merged = join(out, 'merged');
    const m = await runCli(['merge', first, second, '--out', merged, '--fail-on', 'violation']);
    expect(m.code, m.stderr).toBe(1);
    const joined = JSON.parse(read(merged, 'report.json')) as Report;
    expect(joined.sites.map((s) => s.index)).toEqual([0, 1]);
    expect(validator()(joined)).toBe(true);
  });
});
