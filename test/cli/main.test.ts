import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { VERSION } from '../../src/cli/version';
import { fakeIo } from './fake-io';

const DAY = 86_400;
const NOW = Date.UTC(2025, 2, 1, 12);

const jar = JSON.stringify([
  {
    name: '_ga',
    value: 'GA1.1.1.2',
    domain: '.example.com',
    hostOnly: false,
    path: '/',
    secure: false,
    httpOnly: false,
    sameSite: 'unspecified',
    session: false,
    storeId: '0',
    expirationDate: NOW / 1000 + 400 * DAY,
  },
  {
    name: 'sid',
    value: 'secret-session',
    domain: 'www.example.com',
    hostOnly: true,
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'lax',
    session: true,
    storeId: '0',
  },
  {
    name: 'IDE',
    value: 'x',
    domain: '.doubleclick.net',
    hostOnly: false,
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'no_restriction',
    session: false,
    storeId: '0',
    expirationDate: NOW / 1000 + 300 * DAY,
  },
]);

const netscape = [
  '# Netscape HTTP Cookie File',
  ['.example.org', 'TRUE', '/', 'TRUE', String(NOW / 1000 + 30 * DAY), 'pref', 'dark'].join('\t'),
  ['#HttpOnly_example.org', 'FALSE', '/', 'TRUE', '0', 'session', 'abc'].join('\t'),
  '',
].join('\n');

async function run(argv: string[], files: Record<string, string> = { 'jar.json': jar, 'cookies.txt': netscape }) {
  const { io, out } = fakeIo(files, NOW);
  const code = await main(argv, io);
  return { code, ...out };
}

describe('cookie-auditor CLI', () => {
  it('prints help and version', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: cookie-auditor audit FILE \[options\]/);
    expect(help.stdout).toContain('--format FORMAT       table (default), json, csv, md or html');
    expect(await run(['-v'])).toMatchObject({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    [[], 'missing command: cookie-auditor audit FILE'],
    [['frobnicate', 'x'], 'unknown command "frobnicate" (use audit, scan, merge, diff or explain)'],
    [['audit'], 'missing FILE: cookie-auditor audit FILE'],
    [['audit', 'a', 'b'], 'unexpected argument "b" (one FILE at a time)'],
    [['audit', 'jar.json', '--format', 'xml'], 'unknown format "xml" (use table, json, csv, md, html)'],
    [
      ['audit', 'jar.json', '--page-url', 'example.com'],
      '--page-url "example.com" is not a URL (for example https://example.com/)',
    ],
    [['audit', 'jar.json', '--page-url', 'ftp://example.com/'], '--page-url must be an http(s) URL, not ftp:'],
    [
      ['audit', 'jar.json', '--page-url', `https://${'a'.repeat(64)}.test/`],
      '--page-url: the host has a label of 64 characters; a label has at most 63',
    ],
    [['audit', 'jar.json', '--colour'], "Unknown option '--colour'"],
    [['audit', 'jar.json', '--format'], "Option '-f, --format <value>' argument missing"],
  ])('rejects %j with exit code 2', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`cookie-auditor: ${message}\nRun "cookie-auditor --help" for usage.\n`);
  });

  it('names the cookie or line at fault in a malformed file, exit code 2, no stack', async () => {
    const files = {
      'bad.json': '[{"name":"a","domain":"x.test"},{"name":"b","domain":"x.test","secure":"yes"}]',
      'bad.txt': `# Netscape HTTP Cookie File\n\nexample.com\tTRUE\t/\n`,
      'syntax.json': '[\n  {"name":"a","domain":"x"},\n]\n',
    };
    expect(await run(['audit', 'bad.json'], files)).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'cookie-auditor: bad.json: cookie at index 1, field "secure": expected true or false, found the string "yes"\n',
    });
    const txt = await run(['audit', 'bad.txt'], files);
    expect(txt.code).toBe(2);
    expect(txt.stderr).toBe(
      'cookie-auditor: bad.txt: line 3: expected 7 tab-separated fields (domain, includeSubdomains, path, secure, expiry, name, value), found 3\n',
    );
    const syntax = await run(['audit', 'syntax.json'], files);
    expect(syntax.stderr).toBe("cookie-auditor: syntax.json: line 3, column 1: not valid JSON: Unexpected token ']'\n");
    expect(await run(['audit', 'missing.json'], files)).toMatchObject({
      code: 2,
      stderr: 'cookie-auditor: cannot read missing.json: no such file\n',
    });
  });

  it('lists each cookie with its classification and findings, one block per site', async () => {
    const r = await run(['audit', 'jar.json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const blocks = r.stdout.split('\n\n');
    expect(blocks[0]).toMatch(
      /^doubleclick\.net {2}\(https:\/\/doubleclick\.net\/\)\n1 cookie: 1 first party, 0 third party; /,
    );
    expect(r.stdout).toContain('\nexample.com  (https://example.com/)\n2 cookies: 2 first party, 0 third party; ');
    for (const name of [
      '_ga  .example.com  first party, 13 months',
      'sid  www.example.com  first party, session',
      'IDE  .doubleclick.net',
    ]) {
      expect(r.stdout).toContain(`  ${name}`);
    }
    // Each cookie's second line: category · vendor · confidence · reason.
    expect(r.stdout).toMatch(/\n {6}\w+ · .+ · confidence [01]\.\d\d · .+\n/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^2 sites, 3 cookies, \d+ findings?$/);
    expect(r.stdout).not.toContain('secret-session');
  });

  it('audits every cookie against --page-url as one site report', async () => {
    const r = await run(['audit', 'jar.json', '--page-url', 'https://www.example.com/shop', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      schemaVersion: 1,
      kind: 'site',
      site: 'example.com',
      pageUrl: 'https://www.example.com/shop',
    });
    expect(report.generatedAt).toBe('2025-03-01T12:00:00.000Z');
    expect(report.cookies.map((c: { name: string; party: string }) => [c.name, c.party])).toEqual([
      ['_ga', 'first'],
      ['sid', 'first'],
      ['IDE', 'third'],
    ]);
    expect(report.valuesIncluded).toBe(false);
  });

  it('emits every site in one JSON document without --page-url, values on request', async () => {
    const r = await run(['audit', 'jar.json', '--format', 'json', '--include-values']);
    const all = JSON.parse(r.stdout);
    expect(all.kind).toBe('all-sites');
    expect(all.valuesIncluded).toBe(true);
    expect(all.sites.map((s: { site: string }) => s.site)).toEqual(['doubleclick.net', 'example.com']);
    expect(all.sites[1].cookies.find((c: { name: string }) => c.name === 'sid').value).toBe('secret-session');
  });

  it('writes CSV with the site first, one row per cookie', async () => {
    const r = await run(['audit', 'jar.json', '--format', 'csv']);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]?.startsWith('site,name,domain,')).toBe(true);
    expect(lines.slice(1, -1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      'doubleclick.net,IDE',
      'example.com,_ga',
      'example.com,sid',
    ]);
  });

  it('writes Markdown and HTML with one section per site', async () => {
    const md = await run(['audit', 'jar.json', '--format', 'md']);
    expect(md.stdout.split('\n')[0]).toBe('# Cookie report: 2 sites');
    expect(md.stdout.match(/^## Cookies on /gm)).toEqual(['## Cookies on ', '## Cookies on ']);
    const html = await run(['audit', 'jar.json', '--format', 'html']);
    expect(html.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(html.stdout.match(/<section class="site">/g)?.length).toBe(2);
  });

  it('reads a Netscape file', async () => {
    const r = await run(['audit', 'cookies.txt', '--format', 'json', '--page-url', 'https://example.org/']);
    const report = JSON.parse(r.stdout);
    expect(
      report.cookies.map((c: { name: string; httpOnly: boolean; session: boolean }) => [c.name, c.httpOnly, c.session]),
    ).toEqual([
      ['pref', false, false],
      ['session', true, true],
    ]);
  });

  it('writes --out to the file and says so on stderr', async () => {
    const { io, out } = fakeIo({ 'jar.json': jar }, NOW);
    expect(await main(['audit', 'jar.json', '-o', 'report.html', '--format', 'html', '--include-values'], io)).toBe(0);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe('Wrote 3 cookies from 2 sites to report.html (includes cookie values: treat as secret).\n');
    expect(out.written.get('report.html')).toContain('Includes cookie values: treat as secret.');
  });

  it('keeps terminal escapes in cookie names out of the listing', async () => {
    const hostile = JSON.stringify([{ name: '\u001b[2J\u001b]0;owned\u0007', value: '\u001b[31m', domain: 'x.test' }]);
    const r = await run(['audit', 'h.json', '--include-values'], { 'h.json': hostile });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('\\u001b[2J\\u001b]0;owned\\u0007');
  });

  it('reports an unexpected failure with exit code 1 and no stack', async () => {
    const { io, out } = fakeIo({ 'jar.json': jar }, NOW);
    io.now = () => {
      throw new Error('the clock went away');
    };
    expect(await main(['audit', 'jar.json'], io)).toBe(1);
    expect(out.stderr).toBe('cookie-auditor: unexpected error: the clock went away\n');
  });

  it('says a failed write in words, exit code 2 (a full disk, /dev/full)', async () => {
    const { io, out } = fakeIo({ 'jar.json': jar }, NOW);
    io.openOutput = async () => ({
      write: () => Promise.reject(Object.assign(new Error('ENOSPC: write'), { code: 'ENOSPC' })),
      close: async () => {},
    });
    expect(await main(['audit', 'jar.json', '--format', 'json', '--out', 'r.json'], io)).toBe(2);
    expect(out.stderr).toBe('cookie-auditor: cannot write r.json: no space left on the device\n');
    expect(await main(['audit', 'jar.json'], io)).toBe(2);
    expect(out.stderr).toContain('cookie-auditor: cannot write standard output: no space left on the device\n');
  });

  it('asks for a 0600 file only when values are included', async () => {
    const { io, out } = fakeIo({ 'jar.json': jar }, NOW);
    await main(['audit', 'jar.json', '--out', 'plain.csv', '--format', 'csv'], io);
    await main(['audit', 'jar.json', '--out', 'secret.csv', '--format', 'csv', '--include-values'], io);
    expect(out.secret.get('plain.csv')).toBe(false);
    expect(out.secret.get('secret.csv')).toBe(true);
  });

  it('says so for an empty jar', async () => {
    const r = await run(['audit', 'empty.json'], { 'empty.json': '[]' });
    expect(r).toMatchObject({ code: 0, stdout: '0 sites, 0 cookies, 0 findings\n' });
  });
});

describe('cookie-auditor scan through main: exit code 2 before any browser starts', () => {
  const scan = async (argv: string[], env: NodeJS.ProcessEnv = {}) => {
    const { io, out } = fakeIo({}, NOW);
    io.env = env;
    const code = await main(['scan', 'https://www.example.com/', ...argv], io);
    return { code, ...out };
  };
  // Any file that exists stands in for a browser: each of these stops before launching it.
  const someFile = process.execPath;

  it('for a bad flag, with the usage hint', async () => {
    expect(await scan(['--bogus'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `cookie-auditor scan: Unknown option '--bogus'\nRun "cookie-auditor scan --help" for usage.\n`,
    });
  });

  it('for a missing browser, naming how to give one', async () => {
    expect(await scan(['--chrome', '/nope/chromium'])).toMatchObject({
      code: 2,
      stderr: 'cookie-auditor scan: --chrome /nope/chromium: no such file\n',
    });
    expect(await scan([], { CHROME_PATH: '/nope/chrome' })).toMatchObject({
      code: 2,
      stderr: 'cookie-auditor scan: CHROME_PATH=/nope/chrome: no such file\n',
    });
  });

  it('for an --allow or --overrides file that does not exist, saying it must', async () => {
    expect(await scan(['--chrome', someFile, '--allow', '/nope/allow.json'])).toMatchObject({
      code: 2,
      stderr:
        'cookie-auditor scan: allow-list /nope/allow.json does not exist: the file given to --allow must exist (create one with {"allow": []}, or drop the flag)\n',
    });
    expect(await scan(['--chrome', someFile, '--overrides', '/nope/mine.json'])).toMatchObject({
      code: 2,
      stderr: 'cookie-auditor scan: overrides file /nope/mine.json does not exist\n',
    });
  });
});
