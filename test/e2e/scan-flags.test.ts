import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteResult } from '../../src/cli/scan/types';
import { LOOPBACK_ARGS, runCli } from './harness/run-cli';
import { type RunningScanSites, startScanSites } from './harness/scan-sites';

interface Report {
  sites: SiteResult[];
  chromium: { thirdPartyCookies: string };
  options: { overrides?: { file: string; count: number } | null };
}

const out = mkdtempSync(join(tmpdir(), 'scan-flags-e2e-'));
const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;
let sites: RunningScanSites;

beforeAll(async () => {
  sites = await startScanSites();
}, 60_000);

afterAll(async () => {
  await sites?.close();
});

/** Flags that change what the browser or the engine does, each proven on a real run over the fixture sites. */
describe('cookie-auditor scan flags', () => {
  it('--allow-third-party-cookies: the report says so, and tb_uid is set rather than blocked', async () => {
    const dir = join(out, 'third-party');
    const run = await runCli([
      'scan',
      sites.url('www.site-a.test'),
      '--phases',
      'none',
      '--format',
      'json',
      '--out',
      dir,
      '--allow-third-party-cookies',
      ...LOOPBACK_ARGS,
      '--wait',
      '1500',
    ]);
    expect([0, 1], run.stderr).toContain(run.code);
    const report = read(dir);
    expect(report.chromium.thirdPartyCookies).toBe('allowed');
    const phase = report.sites[0]?.phases[0];
    expect(phase?.status).toBe('ok');
    // The same page under Chrome's default blocks tb_uid (scan-parity asserts "tb_uid: Chrome: UserPreferences").
    const tbUid = phase?.audit?.cookies.find((c) => c.name === 'tb_uid');
    expect(tbUid?.party, JSON.stringify(phase?.audit?.blocked)).toBe('third');
    expect(phase?.audit?.blocked.map((b) => b.name)).not.toContain('tb_uid');
    expect(phase?.chromeBlocked.map((b) => b.name)).not.toContain('tb_uid');
  }, 180_000);

  it('--overrides FILE: a cookie the file corrects changes category, and the refusal verdict with it', async () => {
    const file = join(out, 'overrides.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'cookie-auditor/overrides',
        version: 1,
        overrides: [{ name: '_fbp', cookieSite: '', site: '*', category: 'necessary' }],
      }),
    );
    const dir = join(out, 'overrides');
    const run = await runCli([
      'scan',
      sites.url('www.leaky-news.test'),
      '--phases',
      'reject',
      '--format',
      'json,md',
      '--out',
      dir,
      '--overrides',
      file,
      ...LOOPBACK_ARGS,
    ]);
    expect([0, 1], run.stderr).toContain(run.code);
    const report = read(dir);
    expect(report.options.overrides).toEqual({ file, count: 1 });
    const site = report.sites[0] as SiteResult;
    const fbp = site.phases[0]?.audit?.cookies.find((c) => c.name === '_fbp');
    // Without the file _fbp is marketing and "set despite refusal" (scan.test.ts); corrected, it is necessary.
    expect(fbp?.classification.category).toBe('necessary');
    expect(site.diff.find((r) => r.name === '_fbp')?.verdict).toBe('necessary');
    expect(site.phases[0]?.findings.filter((f) => f.cookieName === '_fbp' && f.violation)).toEqual([]);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('your category corrections from');
  }, 180_000);

  it('--overrides with a file that is not an overrides file: exit 2, naming the file', async () => {
    const file = join(out, 'not-overrides.json');
    writeFileSync(file, '{"allow": []}');
    const run = await runCli(['scan', sites.url('www.plain-blog.test'), '--overrides', file, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file}: not an overrides file`);
  });
});
