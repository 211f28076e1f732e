/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import { artifactPath, popupRows, waitFor } from './harness/extension';
import { useExtension } from './harness/setup';
import { FIRST_PARTY_SCRIPT_COOKIES, FIRST_PARTY_SERVER_COOKIES } from './harness/sites';

const serverNames = FIRST_PARTY_SERVER_COOKIES.map((c) => c.slice(0, c.indexOf('=')));

describe('the extension in real Chromium (third-party cookies blocked, the default)', () => {
  const env = useExtension();

  it('lists the fixture site cookies in the popup of the right tab, and keeps them after the worker stops', async () => {
    const page = await env.h.context.newPage();
    await page.goto(env.sites.https('www.site-a.test'));
    await page.waitForFunction(() => document.documentElement.dataset.cookiesSet === 'yes');
    await page.waitForFunction(() => document.documentElement.dataset.trackerRan === 'yes');
    const tabId = await env.h.tabIdOf(page);

    const popup = await env.h.openPopup(tabId);
    const expected = [...serverNames, ...FIRST_PARTY_SCRIPT_COOKIES];
    const rows = await waitFor(async () => {
      const r = await popupRows(popup);
      return expected.every((n) => r.some((row) => row.name === n)) ? r : null;
    }, 'every fixture cookie in the popup');
    // Only this page's cookies: the other site's never leak in.
    expect(rows.map((r) => r.name)).not.toContain('od_session');

    const session = rows.find((r) => r.name === 'sessionKey');
    expect(session?.text).toContain('www.site-a.test');
    expect(session?.text).toMatch(/30 days|1 month/);
    expect(session?.text).toContain('HttpOnly');
    expect(session?.text).toContain('Secure');
    expect(session?.text).toContain('SameSite=Lax');
    expect(rows.find((r) => r.name === 'activitySessionId')?.text).toMatch(/12 hours/);
    expect(rows.find((r) => r.name === '__cf_bm')?.text).toMatch(/30 minutes/);
    expect(rows.find((r) => r.name === '__cf_bm')?.text).toContain('SameSite=None');
    expect(rows.find((r) => r.name === 'lastActiveOrg')?.text).toMatch(/12 months|1 year/);
    // Values are not on screen.
    expect(await popup.locator('body').innerText()).not.toContain('sk-ant-sid01');
    await popup.screenshot({ path: artifactPath('foundation-popup.png'), fullPage: true });

    const before = (await popupRows(popup)).map((r) => r.name).sort();
    await env.h.stopWorker();
    await popup.reload();
    await popup.waitForSelector('[data-testid="app"]');
    const after = await waitFor(async () => {
      const names = (await popupRows(popup)).map((r) => r.name).sort();
      return names.length >= before.length ? names : null;
    }, 'popup after the worker restarted');
    expect(after).toEqual(before);
    await popup.close();
  });

  it('shows a clear empty state for pages that cannot have cookies', async () => {
    const { page, tabId } = await env.h.openTab('chrome://version');
    const popup = await env.h.openPopup(tabId);
    await popup.waitForSelector('[data-testid="state-unsupported"]');
    expect(await popup.locator('[data-testid="state-unsupported"]').innerText()).toMatch(/browser page or a new tab/);

    const { page: blank, tabId: blankId } = await env.h.openTab('about:blank');
    const popup2 = await env.h.openPopup(blankId);
    expect(await popup2.locator('[data-testid="state-unsupported"]').innerText()).toMatch(/browser page or a new tab/);

    const { page: file, tabId: fileId } = await env.h.openTab(`file://${process.cwd()}/package.json`);
    const popup3 = await env.h.openPopup(fileId);
    expect(await popup3.locator('[data-testid="state-unsupported"]').innerText()).toMatch(
      /Local files cannot hold cookies/,
    );
    await Promise.all([file.close(), popup3.close()]);
    await Promise.all([page.close(), blank.close(), popup.close(), popup2.close()]);
  });

  it('records cookie changes per site in storage that outlives the worker', async () => {
    const stored = await env.h.inWorker(async () => {
      // One storage key per site, plus an index of the sites.
      const got = await chrome.storage.local.get(['site-index:v2', 'site:v2:site-a.test']);
      const site = got['site:v2:site-a.test'] as { cookies: Record<string, { name: string }> } | undefined;
      const index = (got['site-index:v2'] ?? []) as [string][];
      if (!index.some(([name]) => name === 'site-a.test')) return [];
      return Object.values(site?.cookies ?? {}).map((c) => c.name);
    }, null);
    expect(stored).toEqual(expect.arrayContaining(['sessionKey', '_fbp', '__stripe_mid']));
  });
});
