import { describe, expect, it } from 'vitest';
import { artifactPath, waitFor } from '../e2e/harness/extension';
import { gotoExtensionPage, popupRows } from './harness/firefox';
import { useFirefox } from './harness/setup';

/** Firefox's built-in "Work" container (Personal, Work, Banking, Shopping exist in every profile). */
const WORK = 'firefox-container-2';

describe('Firefox containers', () => {
  const env = useFirefox();

  it("shows a container tab only its own container's cookies, and the default tab none of them", async () => {
    const { page, tabId } = await env.ff.openTab(env.sites.https('www.site-a.test'));
    await page.waitForFunction(() => document.documentElement.dataset.trackerRan === 'yes');
    // The same site in the Work container, on the page that sets the hostile cookies instead.
    const workTab = await env.ff.openInContainer(env.sites.https('www.site-a.test', '/hostile'), WORK);
    const workJar = await waitFor(
      () =>
        env.ff.inExtension(async (api, storeId: string) => {
          const names = (await api.cookies.getAll({ storeId, domain: 'site-a.test' })).map(
            (c: { name: string }) => c.name,
          );
          return names.includes('huge_value') && names.includes('<img src') ? (names as string[]) : null;
        }, WORK),
      'cookies in the Work container',
    );
    expect(workJar).not.toContain('sessionKey');

    const workPopup = await env.ff.openPopup(workTab);
    await waitFor(async () => ((await popupRows(workPopup)).length > 0 ? true : null), 'Work popup rows');
    const inWork = (await popupRows(workPopup)).map((r) => r.name).sort();
    expect(inWork).toEqual([...workJar].sort());
    // The header names the container in its Firefox colour (Work is orange, #ff9f00).
    expect(await workPopup.$eval('[data-testid="container-name"]', (e) => e.textContent)).toBe('Work');
    expect(
      await workPopup.$eval('[data-testid="container"] .container-dot', (e) => getComputedStyle(e).backgroundColor),
    ).toBe('rgb(255, 159, 0)');
    await workPopup.screenshot({ path: artifactPath('firefox-container-popup.png') });

    const defaultPopup = await env.ff.openPopup(tabId);
    await waitFor(async () => ((await popupRows(defaultPopup)).length >= 21 ? true : null), 'default popup rows');
    const inDefault = (await popupRows(defaultPopup)).map((r) => r.name);
    expect(inDefault).toContain('sessionKey');
    expect(inDefault).not.toContain('huge_value');
    expect(await defaultPopup.$('[data-testid="container"]')).toBeNull();

    // The All-sites page filters by container: in Work, site-a.test holds only the three cookies set there.
    const reports = await env.ff.browser.newPage();
    await gotoExtensionPage(reports, env.ff.extensionUrl('src/reports/index.html'));
    await reports.waitForSelector('[data-testid="reports-container"]');
    const cookiesOf = (site: string) =>
      reports.$$eval(
        `tr[data-site="${site}"] td[data-testid="cookies-now"]`,
        (cells) => (cells[0] as HTMLElement | undefined)?.innerText ?? null,
      );
    await waitFor(async () => Number(await cookiesOf('site-a.test')) >= 21 || null, 'default store listing');
    await reports.select('[data-testid="reports-container"]', WORK);
    await waitFor(async () => (await cookiesOf('site-a.test')) === '3' || null, 'Work container listing');
    await reports.screenshot({ path: artifactPath('firefox-reports-container.png') });
    await Promise.all([reports.close(), workPopup.close(), defaultPopup.close(), page.close()]);
  });
});
