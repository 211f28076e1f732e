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
});
