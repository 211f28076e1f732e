/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import { popupRows, waitFor } from './harness/extension';
import { useExtension } from './harness/setup';

describe('incognito tabs', () => {
  const env = useExtension({ allowIncognito: true });

  it('are audited from the incognito cookie store and never written to storage', async () => {
    const url = env.sites.https('other-d.test');
    const incognito = await env.h.inWorker(async (u: string) => {
      const allowed = await chrome.extension.isAllowedIncognitoAccess();
      const win = await chrome.windows.create({ incognito: true, url: u });
      return { allowed, tabId: win?.tabs?.[0]?.id ?? -1 };
    }, url);
    expect(incognito.allowed).toBe(true);
    const { tabId } = incognito;
    // The page loads and sets od_session in the incognito store only.
    const store = await waitFor(
      () =>
        env.h.inWorker(async (id: number) => {
          const stores = await chrome.cookies.getAllCookieStores();
          const s = stores.find((x) => x.tabIds.includes(id));
          if (!s) return null;
          const cookies = await chrome.cookies.getAll({ storeId: s.id, domain: 'other-d.test' });
          return cookies.some((c) => c.name === 'od_session') ? s.id : null;
        }, tabId),
      'incognito cookie set',
    );
    expect(store).not.toBe('0');
    expect(
      await env.h.inWorker(async () => (await chrome.cookies.getAll({ domain: 'other-d.test' })).length, null),
    ).toBe(0);

    const popup = await env.h.openPopup(tabId);
    await waitFor(
      async () => ((await popupRows(popup)).some((r) => r.name === 'od_session') ? true : null),
      'popup row',
    );
    await popup.close();

    // Wait past the write batches, then check that nothing of the incognito tab reached storage.
    await new Promise((r) => setTimeout(r, 1500));
    const stored = await env.h.inWorker(
      async (id: number) => ({
        tab: `tab:v2:${id}` in (await chrome.storage.session.get(`tab:v2:${id}`)),
        site: Object.keys(await chrome.storage.local.get(null)).some((k) => k.includes('other-d.test')),
        // storage.session is shared with normal windows ("spanning"): no first-screen summary of a private tab.
        summary: JSON.stringify(await chrome.storage.session.get(null)).includes('od_session'),
      }),
      tabId,
    );
    expect(stored).toEqual({ tab: false, site: false, summary: false });
  });
});
