import { describe, expect, it } from 'vitest';
import { waitFor } from '../e2e/harness/extension';
import { FIRST_PARTY_SCRIPT_COOKIES, FIRST_PARTY_SERVER_COOKIES } from '../e2e/harness/sites';
import { gotoExtensionPage, popupRows } from './harness/firefox';
import { useFirefox } from './harness/setup';

const FIRST_PARTY = [
  ...FIRST_PARTY_SERVER_COOKIES.map((l) => l.slice(0, l.indexOf('='))),
  ...FIRST_PARTY_SCRIPT_COOKIES,
];

describe('Firefox with first-party isolation (privacy.firstparty.isolate)', () => {
  const env = useFirefox({ firstPartyIsolate: true });

  it('lists cookies keyed to a first-party domain and deletes one of them', async () => {
    const { page, tabId } = await env.ff.openTab(env.sites.https('www.site-a.test'));
    await page.waitForFunction(() => document.documentElement.dataset.trackerRan === 'yes');
    const jar = () =>
      env.ff.inExtension(
        async (api) =>
          (await api.cookies.getAll({ firstPartyDomain: null })).map(
            (c: { name: string; firstPartyDomain: string }) => ({
              name: c.name,
              firstPartyDomain: c.firstPartyDomain,
            }),
          ) as { name: string; firstPartyDomain: string }[],
        null,
      );
    // The browser keys them to the page's site: a query without firstPartyDomain would throw here.
    expect((await jar()).find((c) => c.name === 'sessionKey')).toEqual({
      name: 'sessionKey',
      firstPartyDomain: 'site-a.test',
    });

    const popup = await env.ff.openPopup(tabId);
    await waitFor(async () => ((await popupRows(popup)).length >= FIRST_PARTY.length ? true : null), 'rows listed');
    const shown = (await popupRows(popup)).map((r) => r.name);
    for (const name of FIRST_PARTY) expect(shown, name).toContain(name);

    // Deleting needs the cookie's firstPartyDomain too, or Firefox refuses.
    await popup.click('[data-testid="cookie-row"][data-name="_ttclid"] .row');
    await popup.waitForSelector('[data-testid="cookie-row"][data-name="_ttclid"] [data-testid="delete-one"]');
    await popup.click('[data-testid="cookie-row"][data-name="_ttclid"] [data-testid="delete-one"]');
    await popup.waitForSelector('[data-testid="confirm-ok"]');
    await popup.click('[data-testid="confirm-ok"]');
    await waitFor(
      async () => (!(await popupRows(popup)).some((r) => r.name === '_ttclid') ? true : null),
      'row gone from the popup',
    );
    expect((await jar()).map((c) => c.name)).not.toContain('_ttclid');
    expect((await jar()).map((c) => c.name)).toContain('sessionKey');
    await popup.close();
    await page.close();
  });

  it("shows each of two sites embedding the same tracker only its own copy of the tracker's cookie", async () => {
    const a = await env.ff.openTab(env.sites.https('www.site-a.test'));
    await a.page.waitForFunction(() => document.documentElement.dataset.trackerRan === 'yes');
    const d = await env.ff.openTab(env.sites.https('other-d.test', '/embeds-tracker'));
    // goto waited for the load event, so the pixel has been answered (its Set-Cookie with it).
    expect(await d.page.evaluate(() => document.documentElement.dataset.pixelAnswered)).toBe('yes');
    // Firefox holds two tb_uid, one keyed to each first party; a query with firstPartyDomain: null returns both.
    const copies = await waitFor(async () => {
      const keys = (await env.ff.inExtension(
        async (api) =>
          (
            await api.cookies.getAll({ name: 'tb_uid', firstPartyDomain: null })
          )
            .map((c: { firstPartyDomain: string }) => c.firstPartyDomain)
            .sort(),
        null,
      )) as string[];
      return keys.length >= 2 ? keys : null;
    }, 'both copies of tb_uid');
    expect(copies).toEqual(['other-d.test', 'site-a.test']);

    for (const [tab, own] of [
      [a, 'sessionKey'],
      [d, 'od_session'],
    ] as const) {
      const popup = await env.ff.openPopup(tab.tabId);
      await waitFor(async () => ((await popupRows(popup)).some((r) => r.name === own) ? true : null), own);
      await waitFor(async () => ((await popupRows(popup)).some((r) => r.name === 'tb_uid') ? true : null), 'tb_uid');
      const names = (await popupRows(popup)).map((r) => r.name);
      // One row: the tab's own copy. The other site's copy would be a second tb_uid row.
      expect(names.filter((n) => n === 'tb_uid')).toHaveLength(1);
      expect(names).not.toContain(own === 'sessionKey' ? 'od_session' : 'sessionKey');
      await popup.close();
    }

    // The All-sites page lists the two sites, each with its copy; the tracker, never visited, is not a site of its own.
    const reports = await env.ff.browser.newPage();
    await gotoExtensionPage(reports, env.ff.extensionUrl('src/reports/index.html'));
    const listed = () => reports.$$eval('tr[data-site]', (rows) => rows.map((r) => r.getAttribute('data-site')));
    await waitFor(async () => {
      const sites = await listed();
      return sites.includes('site-a.test') && sites.includes('other-d.test') ? true : null;
    }, 'both sites listed');
    expect(await listed()).not.toContain('tracker-b.test');
    await Promise.all([reports.close(), a.page.close(), d.page.close()]);
  });
});
