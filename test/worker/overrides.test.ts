import { describe, expect, it, vi } from 'vitest';
import { type fakeBrowser, settleWorker, startWorker } from './fake-browser';

vi.setConfig({ testTimeout: 60_000 });

const start = startWorker;

const settle = settleWorker;

function categoryOf(view: Awaited<ReturnType<ReturnType<typeof fakeBrowser>['send']>>, name: string) {
  const c = (
    view as {
      audit?: { cookies: { cookie: { name: string }; classification: { category: string; source: string } }[] };
    }
  ).audit?.cookies.find((x) => x.cookie.name === name);
  return c ? `${c.classification.category}/${c.classification.source}` : 'missing';
}

describe('category corrections in the worker', () => {
  it('moves a cookie, survives a restart from storage.local, exports, imports and clears', async () => {
    const { fb, worker } = await start();
    fb.openTab(1);
    fb.navigate(1, 'https://www.shop.test/');
    fb.setCookie({ name: '_ga', domain: '.shop.test', value: 'GA1.1.1.2' });
    await settle(fb, worker);
    expect(categoryOf(await fb.send('get-tab-view', { tabId: 1 }), '_ga')).toBe('analytics/catalogue');

    const target = { name: '_ga', cookieSite: 'shop.test', site: 'shop.test' };
    const list = await fb.send('set-override', { override: { ...target, category: 'necessary' } });
    expect(list).toHaveLength(1);
    expect(categoryOf(await fb.send('get-tab-view', { tabId: 1 }), '_ga')).toBe('necessary/override');
    expect([...fb.local.data.keys()]).toContain('overrides:v1');

    fb.stopWorker();
    await start(fb);
    expect(categoryOf(await fb.send('get-tab-view', { tabId: 1 }), '_ga')).toBe('necessary/override');

    const file = (await fb.send('export-overrides', {})) as { filename: string; body: string };
    expect(file.filename).toBe('cookie-auditor-overrides.json');
    expect(JSON.parse(file.body).overrides[0]).toMatchObject({ ...target, category: 'necessary' });

    await fb.send('clear-override', { override: target });
    expect(categoryOf(await fb.send('get-tab-view', { tabId: 1 }), '_ga')).toBe('analytics/catalogue');

    expect(await fb.send('import-overrides', { text: file.body })).toEqual({ imported: 1, total: 1 });
    expect(categoryOf(await fb.send('get-tab-view', { tabId: 1 }), '_ga')).toBe('necessary/override');
  });

  it('rejects a bad correction or file with words', async () => {
    const { fb } = await start();
    await expect(
      fb.send('set-override', { override: { name: '_ga', cookieSite: '', site: '*', category: 'tasty' as never } }),
    ).rejects.toThrow(/"category" must be one of/);
    await expect(fb.send('import-overrides', { text: '{"format":"nope"}' })).rejects.toThrow(/not an overrides file/);
  });

  it('caps the merged list: repeated imports cannot grow it past what a start reads back, nor fill storage', async () => {
    const { fb } = await start();
    const file = (from: number, n: number, name = (i: number) => `c${i}`) =>
      JSON.stringify({
        format: 'cookie-auditor/overrides',
        version: 1,
        overrides: Array.from({ length: n }, (_, i) => ({
          name: name(from + i),
          cookieSite: '',
          site: '*',
          category: 'necessary',
        })),
      });
    expect(await fb.send('import-overrides', { text: file(0, 3000) })).toEqual({ imported: 3000, total: 3000 });
    // Each file is within the file limit; together they are not: refused whole, with words, the list as it was.
    await expect(fb.send('import-overrides', { text: file(3000, 3000) })).rejects.toThrow(
      'too many corrections: the list would hold 6,000 (at most 5,000). Clear some first, or import a smaller file.',
    );
    expect(await fb.send('get-overrides', {})).toHaveLength(3000);
    // One at a time too, at the limit.
    expect(await fb.send('import-overrides', { text: file(3000, 1999) })).toEqual({ imported: 1999, total: 4999 });
    expect(
      await fb.send('set-override', { override: { name: 'last', cookieSite: '', site: '*', category: 'necessary' } }),
    ).toHaveLength(5000);
    await expect(
      fb.send('set-override', { override: { name: 'one-more', cookieSite: '', site: '*', category: 'necessary' } }),
    ).rejects.toThrow(/too many corrections: the list would hold 5,001/);
    // Replacing a correction still works at the limit.
    expect(
      await fb.send('set-override', { override: { name: 'last', cookieSite: '', site: '*', category: 'analytics' } }),
    ).toHaveLength(5000);
    // What was saved is read back whole after a restart.
    fb.stopWorker();
    await start(fb);
    expect(await fb.send('get-overrides', {})).toHaveLength(5000);

    // Long names: the byte budget holds before the row count does.
    await fb.local.area.remove(['overrides:v1']);
    fb.stopWorker();
    await start(fb);
    const long = (i: number) => `${i}-${'n'.repeat(4000)}`;
    expect(await fb.send('import-overrides', { text: file(0, 200, long) })).toMatchObject({ total: 200 });
    await expect(fb.send('import-overrides', { text: file(200, 100, long) })).rejects.toThrow(
      /would take 1\.\d MB of storage \(at most 1 MB\)/,
    );
    expect(JSON.stringify(fb.local.data.get('overrides:v1')).length).toBeLessThan(1024 * 1024);
  });
});
