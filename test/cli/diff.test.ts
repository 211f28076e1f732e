import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { Cookie } from '../../src/core/types';
import { fakeIo } from './fake-io';

const DAY = 86_400;
const NOW = Date.UTC(2025, 2, 1, 12);

function c(overrides: Partial<Cookie> & Pick<Cookie, 'name'>): Cookie {
  return {
    value: 'v',
    domain: 'www.example.com',
    hostOnly: true,
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'lax',
    session: true,
    storeId: '0',
    ...overrides,
  };
}

/** Real reports: the CLI's own `audit --format json` over two jars, as a person would make them. */
async function report(cookies: Cookie[], pageUrl?: string): Promise<string> {
  const { io, out } = fakeIo({ 'jar.json': JSON.stringify(cookies) }, NOW);
  const args = ['audit', 'jar.json', '--format', 'json', ...(pageUrl ? ['--page-url', pageUrl] : [])];
  expect(await main(args, io)).toBe(0);
  return out.stdout;
}

async function diff(oldText: string, newText: string, ...flags: string[]) {
  const { io, out } = fakeIo({ 'old.json': oldText, 'new.json': newText }, NOW);
  const code = await main(['diff', 'old.json', 'new.json', ...flags], io);
  return { code, ...out };
}

const before = [
  c({ name: 'sid' }),
  c({ name: 'pref', domain: '.example.com', hostOnly: false, session: false, expirationDate: NOW / 1000 + DAY }),
  c({ name: 'old_one' }),
];
const after = [
  c({ name: 'sid' }),
  c({ name: 'pref', domain: '.example.com', hostOnly: false, session: false, expirationDate: NOW / 1000 + 30 * DAY }),
  // A new tracker: new cookie, and findings that were not there before.
  c({
    name: '_fbp',
    domain: '.example.com',
    hostOnly: false,
    httpOnly: false,
    sameSite: 'no_restriction',
    session: false,
    expirationDate: NOW / 1000 + 500 * DAY,
  }),
];

describe('cookie-auditor diff', () => {
  it('lists new, gone and changed cookies with their new findings, and exits 1 when something is new', async () => {
    const r = await diff(await report(before), await report(after), '--format', 'json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.kind).toBe('report-diff');
    expect(json.counts).toEqual({
      newSites: 0,
      goneSites: 0,
      newCookies: 1,
      goneCookies: 1,
      changed: 1,
      newFindings: 3,
    });
    const [site] = json.sites;
    expect(site.site).toBe('example.com');
    expect(site.newCookies.map((x: { name: string; category: string }) => [x.name, x.category])).toEqual([
      ['_fbp', 'marketing'],
    ]);
    expect(site.goneCookies.map((x: { name: string }) => x.name)).toEqual(['old_one']);
    expect(site.changed).toEqual([
      expect.objectContaining({
        name: 'pref',
        changes: [{ field: 'lifespan', from: '24 hours', to: '30 days' }],
      }),
    ]);
    expect(
      site.newFindings.map((f: { ruleId: string; cookie: { name: string } }) => [f.cookie.name, f.ruleId]),
    ).toEqual([
      ['_fbp', 'long-lived'],
      ['_fbp', 'samesite-none-tracker'],
      ['_fbp', 'longer-than-expected'],
    ]);
  });

  it('exits 0 and says so when nothing is new (gone cookies only, or the same report)', async () => {
    const same = await report(before);
    const r = await diff(same, same);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No differences.');
    const gone = await diff(await report(before), await report([c({ name: 'sid' })]));
    expect(gone.code).toBe(0);
    expect(gone.stdout).toMatch(/gone\s+old_one www\.example\.com/);
  });

  it('reports category and flag changes of the same cookie', async () => {
    const a = JSON.parse(await report([c({ name: 'x' })], 'https://www.example.com/'));
    const b = structuredClone(a);
    b.cookies[0].classification.category = 'marketing';
    b.cookies[0].secure = false;
    const r = await diff(JSON.stringify(a), JSON.stringify(b));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('x www.example.com [marketing]: category necessary → marketing; secure true → false');
  });

  it('compares all-sites reports with single-site ones: a new site is new', async () => {
    const one = await report([c({ name: 'sid' })], 'https://www.example.com/');
    const two = await report([c({ name: 'sid' }), c({ name: 'IDE', domain: '.doubleclick.net', hostOnly: false })]);
    const r = await diff(one, two, '--format', 'md');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('## doubleclick.net (new site)');
    expect(r.stdout).toContain('| new | IDE .doubleclick.net \\[marketing\\] |');
  });

  it('escapes hostile names in every format', async () => {
    const hostile = '<img src=x onerror=alert(1)>|*\u001b[31m\u202e';
    const r0 = await report([c({ name: 'sid' })], 'https://www.example.com/');
    const r1 = await report([c({ name: 'sid' }), c({ name: hostile })], 'https://www.example.com/');
    const html = await diff(r0, r1, '--format', 'html');
    expect(html.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html.stdout).not.toContain('<img');
    expect(html.stdout).not.toMatch(/<script/i);
    expect(html.stdout).toContain(
      'content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;"',
    );
    const table = await diff(r0, r1);
    expect(table.stdout).not.toContain('\u001b');
    expect(table.stdout).not.toContain('\u202e');
    const md = await diff(r0, r1, '--format', 'md');
    expect(md.stdout).toContain('| new | &lt;img src=x onerror=alert(1)&gt;\\|\\*');
  });

  it('refuses what is not a report with exit 2 and the field at fault', async () => {
    const good = await report(before);
    const notJson = await diff('{', good);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/old\.json: not JSON/);
    const bad = JSON.parse(good);
    bad.sites[0].cookies[1].classification.category = 'tasty';
    const badCategory = await diff(good, JSON.stringify(bad));
    expect(badCategory.code).toBe(2);
    expect(badCategory.stderr).toContain('new.json: sites[0].cookies[1].classification.category: unknown category');
    const wrongKind = await diff('[]', good);
    expect(wrongKind.stderr).toContain('old.json: the report is not an object');
  });

  it('checks its arguments', async () => {
    expect((await diff('{}', '{}', '--format', 'csv')).stderr).toContain('unknown format "csv" for diff');
    expect((await diff('{}', '{}', '--include-values')).code).toBe(2);
    const { io, out } = fakeIo({}, NOW);
    expect(await main(['diff', 'old.json'], io)).toBe(2);
    expect(out.stderr).toContain('diff needs two reports');
  });

  it('writes to --out', async () => {
    const text = await report(before);
    const { io, out } = fakeIo({ 'a.json': text, 'b.json': text }, NOW);
    expect(await main(['diff', 'a.json', 'b.json', '--out', 'd.txt'], io)).toBe(0);
    expect(out.written.get('d.txt')).toContain('No differences.');
  });
});
