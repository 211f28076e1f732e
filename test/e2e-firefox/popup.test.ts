import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactPath, launchWithExtension, waitFor } from '../e2e/harness/extension';
import { FIRST_PARTY_SCRIPT_COOKIES, FIRST_PARTY_SERVER_COOKIES } from '../e2e/harness/sites';
import { cookieDetails, finishedDownloads, popupRows } from './harness/firefox';
import { readShownCookies, type ShownCookie } from './harness/popup-findings';
import { useFirefox } from './harness/setup';

const FIRST_PARTY = [
  ...FIRST_PARTY_SERVER_COOKIES.map((l) => l.slice(0, l.indexOf('='))),
  ...FIRST_PARTY_SCRIPT_COOKIES,
];

describe('Firefox: the popup and its report on the fixture site', () => {
  const env = useFirefox();

  it('lists the site cookies by category with the same findings as Chromium, and the partitioned third parties', async () => {
    const { page, tabId } = await env.ff.openTab(env.sites.https('www.site-a.test'));
    await page.waitForFunction(() => document.documentElement.dataset.trackerRan === 'yes');
    const popup = await env.ff.openPopup(tabId);
    await waitFor(async () => ((await popupRows(popup)).length >= 21 ? true : null), 'all cookies listed');
    await popup.screenshot({ path: artifactPath('firefox-popup.png') });
    const firefox = await popup.evaluate(readShownCookies);
    const byName = new Map(firefox.map((c) => [c.name, c]));
    for (const name of FIRST_PARTY) expect(byName.has(name), name).toBe(true);
    // Total Cookie Protection (Firefox's default) keeps third-party cookies in the site's partition instead of
    // refusing them as Chromium does: the popup lists them under the site, as it lists Chromium's CHIPS cookie.
    for (const name of ['tb_uid', 'tb_sync', 'wc_session', 'wc_pref']) expect(byName.has(name), name).toBe(true);
    expect(byName.get('tb_uid')?.section).toBe('marketing');
    // Firefox keeps the popup's first-screen summary in storage.session too (there since Firefox 115).
    const summary = await waitFor(
      () =>
        env.ff.inExtension(
          async (api, key: string) =>
            ((await api.storage.session.get(key))[key] as { rows: { cookie: { name: string } }[] } | undefined) ?? null,
          `first-screen:v1:${tabId}`,
        ),
      'first-screen summary in storage.session',
    );
    for (const r of summary.rows) expect(byName.has(r.cookie.name), r.cookie.name).toBe(true);
    expect(summary.rows.length).toBeGreaterThanOrEqual(Math.min(15, firefox.length));
    // Opened again, the first-paint script paints that summary before the app loads (Firefox's own `browser` API),
    // and the app takes over with the same rows.
    const again = await env.ff.openPopup(tabId);
    const paints = await again.evaluate(() => performance.getEntriesByName('cookie-auditor:first-paint').length);
    expect(paints).toBe(1);
    const want = JSON.stringify(firefox.map((c) => c.name).sort());
    await waitFor(
      async () => (JSON.stringify((await popupRows(again)).map((r) => r.name).sort()) === want ? true : null),
      'the same rows after the first paint',
    );
    await again.close();
    // Every section heading counts its rows.
    for (const section of new Set(firefox.map((c) => c.section))) {
      const chip = await popup.$eval(`[data-testid="count-${section}"]`, (e) => (e as HTMLElement).innerText);
      expect(chip).toContain(String(firefox.filter((c) => c.section === section).length));
    }

    // The same site in Chromium: every cookie both browsers hold is in the same category with the same findings.
    const chromium = await launchWithExtension();
    let inChromium: ShownCookie[];
    try {
      const cPage = await chromium.context.newPage();
      await cPage.goto(env.sites.https('www.site-a.test'));
      await cPage.waitForFunction(() => document.documentElement.dataset.trackerRan === 'yes');
      const cPopup = await chromium.openPopup(await chromium.tabIdOf(cPage));
      await waitFor(
        async () => ((await cPopup.locator('[data-testid="cookie-row"]').count()) >= 17 ? true : null),
        'Chromium popup rows',
      );
      inChromium = await cPopup.evaluate(readShownCookies);
    } finally {
      await chromium.close();
    }
    expect(inChromium.length).toBeGreaterThanOrEqual(FIRST_PARTY.length);
    // Every finding matches, 'consent-set-before-consent' included: Firefox times the Set-Cookie lines of one response
    // a millisecond or two apart, which the rule counts as one answer (SAME_ANSWER_MS).
    for (const c of inChromium) expect(byName.get(c.name) ?? c, c.name).toEqual(c);
    for (const c of inChromium) expect(byName.has(c.name), c.name).toBe(true);
    const withFindings = inChromium.filter((c) => c.rules.length > 0);
    expect(withFindings.length).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('sees Set-Cookie headers without extraHeaders, and tells Total Cookie Protection from CHIPS', async () => {
    const { page, tabId } = await env.ff.openTab(env.sites.https('www.site-a.test'));
    await page.waitForFunction(() => document.documentElement.dataset.trackerRan === 'yes');
    const popup = await env.ff.openPopup(tabId);
    await waitFor(async () => ((await popupRows(popup)).some((r) => r.name === 'tb_uid') ? true : null), 'tb_uid');
    // tb_uid comes from tracker-b's pixel response (Set-Cookie without Partitioned): only webRequest's response
    // headers can say so, and Firefox partitioned the cookie on its own.
    const tb = await cookieDetails(popup, 'tb_uid');
    expect(tb).toContain('set by a response (Set-Cookie)');
    expect(tb).toContain('partitioned under this site by the browser');
    expect(tb).not.toContain('CHIPS');
    expect(tb).not.toContain('from every site that embeds it');
    await (await popup.$('[data-testid="cookie-row"][data-name="tb_uid"]'))?.screenshot({
      path: artifactPath('firefox-popup-tb-uid-details.png'),
    });
    expect(
      await popup.$$(`[data-testid="cookie-row"][data-name="tb_uid"] [data-rule="samesite-none-tracker"]`),
    ).toEqual([]);
    // wc_session's Set-Cookie line says Partitioned: that one is CHIPS.
    const wc = await cookieDetails(popup, 'wc_session');
    expect(wc).toContain('set by a response (Set-Cookie)');
    expect(wc).toContain('partitioned (CHIPS) under this site');
    await (await popup.$('[data-testid="cookie-row"][data-name="wc_session"]'))?.screenshot({
      path: artifactPath('firefox-popup-wc-session-details.png'),
    });
    await Promise.all([popup.close(), page.close()]);
  });

  it('downloads the HTML report from the popup, shows hostile names as text and contains no script', async () => {
    const { page, tabId } = await env.ff.openTab(env.sites.https('www.site-a.test', '/hostile'));
    await page.waitForFunction(() => document.documentElement.dataset.cookiesSet === 'yes');
    const popup = await env.ff.openPopup(tabId);
    await popup.waitForSelector('[data-testid="cookie-row"][data-name="<script>alert(1)</script>"]');
    await popup.click('[data-testid="export"] summary');
    await popup.select('[data-testid="export-format"]', 'html');
    await popup.click('[data-testid="export-download"]');
    const [file] = await waitFor(async () => {
      const done = finishedDownloads(env.ff.downloads);
      return done.length > 0 ? done : null;
    }, 'the report in the downloads folder');
    expect(file).toMatch(/^cookies-site-a\.test-\d{4}-\d{2}-\d{2}\.html$/);
    const path = join(env.ff.downloads, file ?? '');
    const body = readFileSync(path, 'utf8');
    expect(body).not.toMatch(/<script/i);
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // Values stay out unless asked.
    expect(body).not.toContain('AAAAAAAAAA');

    // Opened in Firefox, the name reads as text and nothing runs.
    const viewer = await env.ff.browser.newPage();
    let dialogs = 0;
    viewer.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await viewer.goto(`file://${path}`);
    expect(await viewer.$eval('body', (b) => (b as HTMLElement).innerText)).toContain('<script>alert(1)</script>');
    expect(await viewer.$$eval('script, img', (els) => els.length)).toBe(0);
    await viewer.screenshot({ path: artifactPath('firefox-report-html.png') });
    expect(dialogs).toBe(0);
    await Promise.all([viewer.close(), popup.close(), page.close()]);
  });

  // Last in this file: the host access cannot be granted back without a person's click.
  it('explains in the popup when the host access was withdrawn in about:addons', async () => {
    const { page, tabId } = await env.ff.openTab(env.sites.https('other-d.test'));
    const removed = await env.ff.inExtension((api) => api.permissions.remove({ origins: ['<all_urls>'] }), null);
    expect(removed).toBe(true);
    const popup = await env.ff.openPopup(tabId);
    const text = await popup.$eval('[data-testid="state-unsupported"]', (e) => (e as HTMLElement).innerText);
    expect(text).toContain('Access your data for all websites');
    await popup.screenshot({ path: artifactPath('firefox-no-host-access.png') });
    await Promise.all([popup.close(), page.close()]);
  });
});
