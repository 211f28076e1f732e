/**
 * `cookie-auditor scan` figures on the loopback fixture sites: seconds per site per phase, and the peak memory
 * of the CLI process (VmHWM, Linux) for 4 and for 40 sites, both at --concurrency 4 with all three phases and
 * all six formats (4 sites already keep all 4 workers busy, so only the site count changes). Memory should stay
 * flat: each finished site goes to a file on disk, and every report (SARIF and JUnit included) is written from
 * it one site at a time. Chromium's own processes are not counted: they come and go per phase.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SiteResult } from '../src/cli/scan/types';
import { CLI, LOOPBACK_ARGS } from '../test/e2e/harness/run-cli';
import { startScanSites } from '../test/e2e/harness/scan-sites';

async function runMeasured(args: string[]): Promise<{ code: number | null; peakKb: number; seconds: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], { stdio: 'ignore' });
  let peakKb = 0;
  const poll = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peakKb = Math.max(peakKb, kb);
    } catch {
      // Gone between two polls: the last reading stands.
    }
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(poll);
  return { code, peakKb, seconds: (performance.now() - started) / 1000 };
}

export async function runScanBench(): Promise<void> {
  console.log('\n## cookie-auditor scan (loopback fixture sites, built CLI)');
  const sites = await startScanSites();
  const out = mkdtempSync(join(tmpdir(), 'scan-bench-'));
  try {
    const one = join(out, 'one');
    const hosts = ['www.fair-shop.test', 'www.leaky-news.test', 'www.plain-blog.test'];
    const perPhase = await runMeasured([
      'scan',
      ...hosts.map((h) => sites.url(h)),
      '--out',
      one,
      '--concurrency',
      '1',
      '--quiet',
      ...LOOPBACK_ARGS,
    ]);
    const report = JSON.parse(readFileSync(join(one, 'report.json'), 'utf8')) as { sites: SiteResult[] };
    console.log('| site | none | reject | accept |\n| --- | --- | --- | --- |');
    for (const s of report.sites) {
      const t = (phase: string) => {
        const p = s.phases.find((x) => x.phase === phase);
        return p ? `${(p.durationMs / 1000).toFixed(1)} s` : '—';
      };
      console.log(`| ${s.site} | ${t('none')} | ${t('reject')} | ${t('accept')} |`);
    }
    console.log(`3 sites × 3 phases, one at a time: ${perPhase.seconds.toFixed(1)} s wall`);

    const memory = async (count: number) => {
      const urls = Array.from({ length: count }, (_, i) => sites.url(hosts[i % hosts.length] as string, `/?n=${i}`));
      return runMeasured([
        'scan',
        ...urls,
        '--out',
        join(out, `mem-${count}`),
        '--concurrency',
        '4',
        '--quiet',
        ...LOOPBACK_ARGS,
      ]);
    };
    const few = await memory(4);
    const many = await memory(40);
    const mb = (kb: number) => (kb / 1024).toFixed(0);
    console.log(
      `peak memory of the CLI process (all phases and formats, --concurrency 4): 4 sites ${mb(few.peakKb)} MB (${few.seconds.toFixed(1)} s), 40 sites ${mb(many.peakKb)} MB (${many.seconds.toFixed(1)} s, ${(many.seconds / 40).toFixed(1)} s per site); ${((many.peakKb / few.peakKb - 1) * 100).toFixed(0)} % more for 10× the sites`,
    );
  } finally {
    await sites.close();
    rmSync(out, { recursive: true, force: true });
  }
}
