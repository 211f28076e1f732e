/**
 * Large input: one site with 100,000 cookies, each with 8 findings (a session cookie that breaks every rule it
 * can), audited by the built CLI in every format, each run in its own process so its peak RSS is its own.
 * Targets (issue 13): every format completes, peak RSS ≤ 400 MB, and RSS grows less than linearly from 10,000 to
 * 100,000 cookies (the reports stream; what grows is the parsed file and the audit, not the output).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const cli = join(repo, 'dist-cli', 'cli.js');
const FORMATS = ['json', 'csv', 'html', 'md', 'table'] as const;
const SIZES = [10_000, 100_000] as const;
const NOW_S = Math.floor(Date.now() / 1000);

function b64(o: object): string {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}

/**
 * `__Secure-sessionid_<i>` on .big-site.test: readable by scripts, not Secure (so the prefix is misused), SameSite=None,
 * five years long, Domain wider than needed, and a JWT with `alg: none` expiring decades later: 8 findings each.
 */
export function largeJar(n: number): object[] {
  const jwt = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'u1', exp: 4102444800 })}.`;
  return Array.from({ length: n }, (_, i) => ({
    name: `__Secure-sessionid_${i}`,
    value: jwt,
    domain: '.big-site.test',
    hostOnly: false,
    path: '/',
    secure: false,
    httpOnly: false,
    sameSite: 'no_restriction',
    session: false,
    expirationDate: NOW_S + 5 * 365 * 86400,
    storeId: '0',
  }));
}

interface Run {
  format: string;
  cookies: number;
  seconds: number;
  peakRssMb: number;
  outputMb: number;
  code: number | null;
  error: string;
}

function runCli(dir: string, jar: string, format: string, cookies: number): Run {
  // A wrapper reports the child's own peak RSS (getrusage ru_maxrss) as it exits.
  const wrapper = join(dir, 'rss.mjs');
  writeFileSync(
    wrapper,
    `process.on('exit', () => process.stderr.write('\\nPEAK_RSS_KB ' + process.resourceUsage().maxRSS + '\\n'));\n` +
      `await import(${JSON.stringify(new URL(`file://${cli}`).href)});\n`,
  );
  const out = join(dir, `out.${format}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [wrapper, 'audit', jar, '--format', format, '--out', out], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  const kb = Number(/PEAK_RSS_KB (\d+)/.exec(r.stderr)?.[1] ?? Number.NaN);
  const outputMb = existsSync(out) ? statSync(out).size / 1e6 : 0;
  rmSync(out, { force: true });
  const error = r.status === 0 ? '' : (r.stderr.split('\n').find((l) => l.startsWith('cookie-auditor')) ?? r.stderr);
  return { format, cookies, seconds, peakRssMb: kb / 1024, outputMb, code: r.status, error };
}

export async function runLargeInputBench(): Promise<void> {
  console.log('\n## Large input: one site, N cookies × 8 findings, built CLI, one process per run');
  if (!existsSync(cli)) {
    const built = spawnSync(process.execPath, [join(repo, 'scripts', 'build-cli.js')], { cwd: repo, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('could not build the CLI');
  }
  const dir = mkdtempSync(join(tmpdir(), 'cookie-auditor-large-'));
  try {
    const runs: Run[] = [];
    for (const n of SIZES) {
      const jar = join(dir, `jar-${n}.json`);
      writeFileSync(jar, JSON.stringify(largeJar(n)));
      console.log(`jar of ${n.toLocaleString('en-US')} cookies: ${(statSync(jar).size / 1e6).toFixed(1)} MB`);
      for (const format of FORMATS) {
        const r = runCli(dir, jar, format, n);
        runs.push(r);
        console.log(
          `${format.padEnd(6)} ${n.toLocaleString('en-US').padStart(7)} cookies: ${r.seconds.toFixed(1)} s, ` +
            `peak RSS ${r.peakRssMb.toFixed(0)} MB, output ${r.outputMb.toFixed(1)} MB` +
            (r.code === 0 ? '' : `  FAILED (exit ${r.code}): ${r.error}`),
        );
      }
    }
    console.log('RSS growth from 10,000 to 100,000 cookies (10× the input; < 10× is less than linear):');
    for (const format of FORMATS) {
      const small = runs.find((r) => r.format === format && r.cookies === SIZES[0]);
      const large = runs.find((r) => r.format === format && r.cookies === SIZES[1]);
      if (!small || !large) continue;
      const ok = large.code === 0 && large.peakRssMb <= 400;
      console.log(
        `${format.padEnd(6)} ×${(large.peakRssMb / small.peakRssMb).toFixed(2)} ` +
          `(${small.peakRssMb.toFixed(0)} → ${large.peakRssMb.toFixed(0)} MB)  ${ok ? 'within 400 MB' : 'OVER TARGET'}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
