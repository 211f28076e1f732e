import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lazyLibraryModule } from '../../scripts/vite-lazy-libraries';
import { fflateLibrary } from '../../src/core/libraries/fflate';
import { gppLibrary } from '../../src/core/libraries/iab-gpp';
import { tcfLibrary } from '../../src/core/libraries/iab-tcf';
import { tldtsLibrary } from '../../src/core/libraries/tldts';
import { gppString, tcString } from '../core/consent/strings';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'lazy-libraries-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The module the extension build ships for a library file, written out and imported. */
async function built<T>(file: string, name: string): Promise<Record<string, () => T>> {
  const out = join(dir, `${name}-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(out, await lazyLibraryModule(resolve(root, file), 'chrome120'));
  return (await import(pathToFileURL(out).href)) as Record<string, () => T>;
}

describe('lazyLibraryModule (the extension build of src/core/libraries/*.ts)', () => {
  it('evaluates the library on the first call, once, and not when the module is imported', async () => {
    const g = globalThis as { lazyLibraryEvaluations?: number };
    g.lazyLibraryEvaluations = 0;
    const mod = await built<{ answer: number }>('test/fixtures/lazy-library/counting.ts', 'counting');
    expect(g.lazyLibraryEvaluations).toBe(0);
    const first = mod.countingLibrary?.();
    expect(first).toEqual({ answer: 42 });
    expect(g.lazyLibraryEvaluations).toBe(1);
    expect(mod.countingLibrary?.()).toBe(first);
    expect(g.lazyLibraryEvaluations).toBe(1);
  });

  it('refuses a file that does not export exactly one function', async () => {
    await expect(
      lazyLibraryModule(resolve(root, 'test/fixtures/lazy-library/two-functions.ts'), 'chrome120'),
    ).rejects.toThrow(/exactly one function/);
  });

  it('gives tldts with the same answers as the library itself', async () => {
    const lazy = (
      await built<ReturnType<typeof tldtsLibrary>>('src/core/libraries/tldts.ts', 'tldts')
    ).tldtsLibrary?.();
    const eager = tldtsLibrary();
    const hosts = [
      'www.example.co.uk',
      'a.b.c.example.com',
      'user.github.io',
      'foo.blogspot.com',
      'city.kawasaki.jp',
      'www.city.kawasaki.jp',
      'xn--fiqs8s.xn--fiqz9s',
      'sub.例子.中国',
      'localhost',
      '192.168.0.1',
      '__proto__',
      'uk',
      'test.ck',
      'www.ck',
    ];
    for (const host of hosts) {
      expect(lazy?.getDomain(host)).toBe(eager.getDomain(host));
      expect(lazy?.parse(host, { allowPrivateDomains: true })).toEqual(
        eager.parse(host, { allowPrivateDomains: true }),
      );
    }
    expect(lazy?.getHostname('https://a.example.com:8443/x?y')).toBe('a.example.com');
  });

  it('gives fflate that inflates what the library deflates', async () => {
    const lazy = (
      await built<ReturnType<typeof fflateLibrary>>('src/core/libraries/fflate.ts', 'fflate')
    ).fflateLibrary?.();
    const text = new TextEncoder().encode('cookie '.repeat(1000));
    const packed = fflateLibrary().deflateSync(text);
    expect(lazy?.inflateSync(packed)).toEqual(text);
    expect(fflateLibrary().inflateSync(lazy?.deflateSync(text) as Uint8Array)).toEqual(text);
  });

  it('gives the IAB GPP and TCF libraries that decode the same strings', async () => {
    const gpp = (await built<ReturnType<typeof gppLibrary>>('src/core/libraries/iab-gpp.ts', 'gpp')).gppLibrary?.();
    const text = gppString({ saleOptOut: 1, targetedOptOut: 2, tcfPurposes: [1, 3] });
    const eager = new (gppLibrary().GppModel)(text);
    const lazy = gpp ? new gpp.GppModel(text) : undefined;
    expect(lazy?.getFieldValue('usnat', 'SaleOptOut')).toBe(1);
    expect(lazy?.getFieldValue('usnat', 'SaleOptOut')).toBe(eager.getFieldValue('usnat', 'SaleOptOut'));
    expect(lazy?.getFieldValue('tcfeuv2', 'PurposeConsents')).toEqual(
      eager.getFieldValue('tcfeuv2', 'PurposeConsents'),
    );
    expect(gpp?.Sections.SECTION_ID_NAME_MAP.get(7)).toBe('usnat');

    const tcf = (await built<ReturnType<typeof tcfLibrary>>('src/core/libraries/iab-tcf.ts', 'tcf')).tcfLibrary?.();
    const tc = tcString({ purposes: [1, 2, 7], vendors: [755] });
    expect([...(tcf?.TCString.decode(tc).purposeConsents.values() ?? [])]).toEqual([
      ...tcfLibrary().TCString.decode(tc).purposeConsents.values(),
    ]);
    expect(() => tcf?.TCString.decode('not a tc string')).toThrow();
  });
});
