import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBuildOptions } from '../../scripts/cli-build-options.js';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../', import.meta.url));
/** The shared jars sit beside the repository (CI clones main with shared/ next to it). */
const sharedJar = join(repo, '..', 'shared', 'jars', 'jar-100.json');
/**
 * The bundle is built fresh for every run, from the same options as `npm run build:cli`, inside the repository so
 * its external imports (playwright-core, the report builders) resolve from node_modules as they do for dist-cli.
 * Never reuse a dist-cli left by an earlier build: it may predate the source under test.
 */
const cliDir = join(repo, 'node_modules', '.cache', 'cookie-auditor-cli-test');

let tmp = '';
let cli = '';
let jar = '';
let jarCookies = 0;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'cookie-auditor-cli-'));
  rmSync(cliDir, { recursive: true, force: true });
  cli = join(cliDir, 'cli.js');
  await build({ ...cliBuildOptions(repo, cli), logLevel: 'silent' });
  if (existsSync(sharedJar)) {
    jar = sharedJar;
    jarCookies = 100;
  } else {
    jar = join(tmp, 'jar.json');
    const cookies = Array.from({ length: 40 }, (_, i) => ({
      name: `c${i}`,
      value: `v${i}`,
      domain: i % 2 ? `.site${i % 5}.example` : `www.site${i % 5}.example`,
      hostOnly: i % 2 === 0,
      path: '/',
      secure: i % 3 === 0,
      httpOnly: false,
      sameSite: 'lax',
      session: i % 4 === 0,
      storeId: '0',
      ...(i % 4 === 0 ? {} : { expirationDate: 2_000_000_000 + i }),
    }));
    writeFileSync(jar, JSON.stringify(cookies));
    jarCookies = cookies.length;
  }
}, 60_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  rmSync(cliDir, { recursive: true, force: true });
});

describe('the built CLI', () => {
  it('audits a jar end to end in every format', async () => {
    const json = await run(process.execPath, [cli, 'audit', jar, '--format', 'json']);
    const all = JSON.parse(json.stdout);
    expect(all.kind).toBe('all-sites');
    const cookies = all.sites.reduce((n: number, s: { cookies: unknown[] }) => n + s.cookies.length, 0);
    expect(cookies).toBe(jarCookies);

    const table = await run(process.execPath, [cli, 'audit', jar]);
    expect(table.stdout).toMatch(new RegExp(`\\n\\d+ sites, ${jarCookies} cookies, \\d+ findings?\\n$`));

    const csv = await run(process.execPath, [cli, 'audit', jar, '--format', 'csv']);
    expect(csv.stdout.split('\r\n').length).toBe(jarCookies + 2);
  }, 60_000);

  it('exits 2 with the line at fault for a malformed Netscape file', async () => {
    const bad = join(tmp, 'bad.txt');
    writeFileSync(bad, '# Netscape HTTP Cookie File\nexample.com\tMAYBE\t/\tFALSE\t0\ta\tb\n');
    const err = await run(process.execPath, [cli, 'audit', bad]).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({
      code: 2,
      stderr: `cookie-auditor: ${bad}: line 2: includeSubdomains (field 2) must be TRUE or FALSE, found "MAYBE"\n`,
    });
  });

  it('the bin launcher asks for a build when dist-cli is missing', async () => {
    const fakeRepo = join(tmp, 'repo');
    mkdirSync(join(fakeRepo, 'bin'), { recursive: true });
    copyFileSync(join(repo, 'bin', 'cookie-auditor.js'), join(fakeRepo, 'bin', 'cookie-auditor.js'));
    writeFileSync(join(fakeRepo, 'package.json'), '{"type":"module"}');
    const err = await run(process.execPath, [join(fakeRepo, 'bin', 'cookie-auditor.js'), '--help']).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(err).toMatchObject({
      code: 1,
      stderr: 'cookie-auditor: the CLI is not built yet: run npm run build:cli first\n',
    });
  });
});
