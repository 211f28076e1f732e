import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { classify } from '../../src/core/classify';
import { serialiseOverrides } from '../../src/core/overrides/overrides-file';
import { fakeIo } from './fake-io';

describe('cookie-auditor explain', () => {
  it('prints the verdict, the reason the popup shows, and the evidence', async () => {
    const { io, out } = fakeIo();
    const code = await main(
      ['explain', 'lidc', '--domain', '.linkedin.com', '--page-url', 'https://shop.example/'],
      io,
    );
    expect(code).toBe(0);
    const reason = classify(
      {
        name: 'lidc',
        value: '',
        domain: '.linkedin.com',
        hostOnly: false,
        path: '/',
        secure: false,
        httpOnly: false,
        sameSite: 'unspecified',
        session: true,
        storeId: '0',
      },
      { pageSite: 'shop.example' },
    ).reason;
    expect(out.stdout).toContain(`  why          ${reason}\n`);
    expect(out.stdout).toContain('category     marketing · LinkedIn');
    expect(out.stdout).toContain('decided by   the catalogue');
    expect(out.stdout).toMatch(/catalogue note\s+Routing cookie/);
    expect(out.stdout).toMatch(
      /learned model\s+necessary \d+%, functional \d+%, analytics \d+%, marketing \d+% \(not used/,
    );
  });

  it('says when the learned model decided, and how sure it is', async () => {
    const { io, out } = fakeIo();
    expect(await main(['explain', 'qz_pref_theme_x', '--page-url', 'https://shop.example/'], io)).toBe(0);
    expect(out.stdout).toContain('decided by   the learned model');
    expect(out.stdout).toMatch(/why {10}not in the catalogue; (learned|best guess) from similar cookies \(\d+% /);
    expect(out.stdout).toContain('not given: the model judged the name and domain alone');
  });

  it('cannot be fed terminal escapes through the name', async () => {
    const { io, out } = fakeIo();
    expect(await main(['explain', 'a\u001b[2Jb\nc'], io)).toBe(0);
    expect(out.stdout).not.toContain('\u001b');
    expect(out.stdout.split('\n')[0]).not.toBe('a');
  });

  it('applies an overrides file and rejects a bad one', async () => {
    const file = serialiseOverrides([
      { name: '_ga', cookieSite: 'shop.example', site: 'shop.example', category: 'necessary' },
    ]);
    const { io, out } = fakeIo({ 'mine.json': file, 'bad.json': '{"format":"x"}' });
    expect(await main(['explain', '_ga', '--page-url', 'https://shop.example/', '--overrides', 'mine.json'], io)).toBe(
      0,
    );
    expect(out.stdout).toContain('category     necessary');
    expect(out.stdout).toContain('decided by   your correction');
    expect(out.stdout).toMatch(/your corrections\s+necessary \(shop\.example\)/);
    expect(await main(['explain', '_ga', '--overrides', 'bad.json'], io)).toBe(2);
    expect(out.stderr).toContain('bad.json: not an overrides file');
  });

  it('refuses options that belong to audit', async () => {
    const { io, out } = fakeIo();
    expect(await main(['explain', '_ga', '--format', 'json'], io)).toBe(2);
    expect(out.stderr).toContain('--format belongs to "audit"');
  });
});

describe('cookie-auditor audit --overrides', () => {
  const jar = JSON.stringify([
    {
      name: '_ga',
      value: 'GA1.1.1.2',
      domain: '.shop.example',
      hostOnly: false,
      path: '/',
      secure: false,
      httpOnly: false,
      sameSite: 'unspecified',
      session: true,
      storeId: '0',
    },
  ]);

  it('marks the corrected cookie "set by you" in the JSON report', async () => {
    const file = serialiseOverrides([{ name: '_ga', cookieSite: '', site: '*', category: 'functional' }]);
    const { io, out } = fakeIo({ 'jar.json': jar, 'o.json': file });
    expect(await main(['audit', 'jar.json', '--format', 'json', '--overrides', 'o.json'], io)).toBe(0);
    const report = JSON.parse(out.stdout);
    const text = JSON.stringify(report);
    expect(text).toContain('"category":"functional"');
    expect(text).toContain('"source":"override"');
    expect(text).toContain('set by you for all sites; the classifier says analytics');
    // Without the file the catalogue verdict stands.
    const plain = fakeIo({ 'jar.json': jar });
    await main(['audit', 'jar.json', '--format', 'json'], plain.io);
    expect(JSON.stringify(JSON.parse(plain.out.stdout))).toContain('"category":"analytics"');
  });
});
