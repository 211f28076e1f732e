/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import { artifactPath, popupRows, waitFor } from './harness/extension';
import { useExtension } from './harness/setup';

describe('a person corrects a category', () => {
  const env = useExtension();

  it('moves the cookie, keeps it across reopening and a worker restart, reports it, and clearing restores it', async () => {
    const page = await env.h.context.newPage();
    await page.goto(env.sites.https('www.site-a.test'));
    await page.waitForFunction(() => document.documentElement.dataset.trackerRan === 'yes');
    const tabId = await env.h.tabIdOf(page);
    let popup = await env.h.openPopup(tabId);
    await waitFor(async () => ((await popupRows(popup)).length >= 17 ? true : null), 'all cookies listed');

    const sectionOf = async (name: string) =>
      (await popupRows(popup)).find((r) => r.name === name)?.section ?? 'missing';
    const before = await sectionOf('_ttclid');
    expect(before).toBe('marketing');

    // "This is really …" necessary, on this site.
    let row = popup.locator('[data-testid="cookie-row"][data-name="_ttclid"]');
    await row.locator('.row').click();
    await row.locator('[data-testid="correct-category"]').selectOption('necessary');
    await row.locator('[data-testid="correct-save"]').click();
    await expect.poll(() => sectionOf('_ttclid')).toBe('necessary');
    row = popup.locator('[data-testid="cookie-row"][data-name="_ttclid"]');
    expect(await row.locator('[data-testid="set-by-you"]').innerText()).toBe('set by you');
    await popup.screenshot({ path: artifactPath('popup-correction.png'), fullPage: true });

    // Survives reopening the popup.
    await popup.close();
    popup = await env.h.openPopup(tabId);
    await waitFor(async () => ((await popupRows(popup)).length >= 17 ? true : null), 'listed after reopening');
    expect(await sectionOf('_ttclid')).toBe('necessary');

    // Survives a worker restart (the correction is in storage.local).
    await popup.close();
    await env.h.stopWorker();
    popup = await env.h.openPopup(tabId);
    await waitFor(async () => ((await popupRows(popup)).length >= 17 ? true : null), 'listed after a restart');
    expect(await sectionOf('_ttclid')).toBe('necessary');

    // The JSON report says "set by you".
    const report = await popup.evaluate(async (id: number) => {
      const reply = await chrome.runtime.sendMessage({
        type: 'tab-report',
        tabId: id,
        format: 'json',
        includeValues: false,
      });
      return (reply as { ok: boolean; value: { body: string } }).value.body;
    }, tabId);
    const cookies = JSON.parse(report).cookies as {
      name: string;
      classification: { category: string; source: string; reason: string };
    }[];
    const ttclid = cookies.find((c) => c.name === '_ttclid')?.classification;
    expect(ttclid).toMatchObject({ category: 'necessary', source: 'override' });
    expect(ttclid?.reason).toMatch(/^set by you for site-a\.test; the classifier says marketing/);

    // Clearing restores the catalogue's verdict.
    row = popup.locator('[data-testid="cookie-row"][data-name="_ttclid"]');
    await row.locator('.row').click();
    await row.locator('[data-testid="clear-override"]').click();
    await expect.poll(() => sectionOf('_ttclid')).toBe('marketing');
    expect(
      await popup.locator('[data-testid="cookie-row"][data-name="_ttclid"] [data-testid="set-by-you"]').count(),
    ).toBe(0);
    await popup.close();
    await page.close();
  });
});
