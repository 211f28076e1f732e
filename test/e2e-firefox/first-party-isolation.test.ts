import { describe, expect, it } from 'vitest';
import { waitFor } from '../e2e/harness/extension';
import { FIRST_PARTY_SCRIPT_COOKIES, FIRST_PARTY_SERVER_COOKIES } from '../e2e/harness/sites';
import { popupRows } from './harness/firefox';
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
});
