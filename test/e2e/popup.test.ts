/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import { artifactPath, popupRows, waitFor } from './harness/extension';
import { useExtension } from './harness/setup';

describe('the popup a person uses', () => {
  const env = useExtension();

  async function siteATab() {
    const page = await env.h.context.newPage();
    await page.goto(env.sites.https('www.site-a.test'));
    await page.waitForFunction(() => document.documentElement.dataset.trackerRan === 'yes');
    const tabId = await env.h.tabIdOf(page);
    const popup = await env.h.openPopup(tabId);
    await waitFor(async () => ((await popupRows(popup)).length >= 17 ? true : null), 'all cookies listed');
    return { page, tabId, popup };
  }

  const jarNames = (url: string) =>
    env.h.inWorker(async (u: string) => (await chrome.cookies.getAll({ url: u })).map((c) => c.name), url);

  it('groups by category with counts, opens details by keyboard, reveals a masked value, searches and filters', async () => {
    const { page, popup } = await siteATab();
    // Section counts match the header chips.
    for (const section of await popup.locator('section[data-testid^="section-"]').all()) {
      const cat = ((await section.getAttribute('data-testid')) ?? '').replace('section-', '');
      const rows = await section.locator('[data-testid="cookie-row"]').count();
      const chip = await popup.locator(`[data-testid="count-${cat}"]`).innerText();
      expect(chip).toContain(String(rows));
    }

    // Keyboard: focus the first row's button and press Enter to open its details.
    const row = popup.locator('[data-testid="cookie-row"][data-name="sessionKey"]');
    await row.locator('.row').focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => row.locator('.row').getAttribute('aria-expanded')).toBe('true');
    const details = row.locator('[data-testid="details"]');
    expect(await details.innerText()).toMatch(/Why this category/);
    // Masked by default, length shown; revealed on click.
    expect(await details.locator('[data-testid="value-masked"]').innerText()).toMatch(/hidden \(\d+ characters\)/);
    expect(await popup.locator('body').innerText()).not.toContain('sk-ant-sid01');
    await details.locator('[data-testid="reveal"]').click();
    expect(await details.locator('[data-testid="value"]').innerText()).toContain('sk-ant-sid01');
    await popup.screenshot({ path: artifactPath('popup-details-light.png'), fullPage: true });

    // Search by name.
    await popup.locator('input[type="search"]').fill('intercom');
    await expect
      .poll(async () => (await popupRows(popup)).map((r) => r.name).sort())
      .toEqual(['intercom-device-id-abc123', 'intercom-session-abc123']);
    await popup.locator('input[type="search"]').fill('');

    // Filter: only cookies with findings.
    await popup.locator('[data-testid="only-findings"]').check();
    const withFindings = await popupRows(popup);
    expect(withFindings.length).toBeGreaterThan(0);
    expect(withFindings.length).toBeLessThan(17);
    // The filter survives reopening the popup.
    await popup.reload();
    await popup.waitForSelector('[data-testid="app"]');
    await expect.poll(() => popup.locator('[data-testid="only-findings"]').isChecked()).toBe(true);
    expect((await popupRows(popup)).length).toBe(withFindings.length);
    await popup.locator('[data-testid="only-findings"]').uncheck();

    // Filter: third party only (the partitioned widget cookie).
    await popup.locator('[data-testid="filter-party"]').selectOption('third');
    await expect.poll(async () => (await popupRows(popup)).map((r) => r.name)).toEqual(['wc_session']);
    await popup.locator('[data-testid="filter-party"]').selectOption('all');
    await popup.close();
    await page.close();
  });

  it('deletes one cookie and a whole category, from the browser too, after saying what will happen', async () => {
    const { page, popup } = await siteATab();
    const url = env.sites.https('www.site-a.test');
    expect(await jarNames(url)).toContain('_ttclid');

    const row = popup.locator('[data-testid="cookie-row"][data-name="_ttclid"]');
    await row.locator('.row').click();
    await row.locator('[data-testid="delete-one"]').click();
    expect(await popup.locator('[data-testid="confirm"]').innerText()).toContain('_ttclid');
    await popup.locator('[data-testid="confirm-ok"]').click();
    await expect.poll(async () => (await popupRows(popup)).map((r) => r.name)).not.toContain('_ttclid');
    expect(await jarNames(url)).not.toContain('_ttclid');

    // Delete the category holding the login cookie: the confirmation warns about being signed out.
    const section = popup
      .locator('[data-testid="cookie-row"][data-name="sessionKey"]')
      .locator('xpath=ancestor::section');
    const category = ((await section.getAttribute('data-testid')) ?? '').replace('section-', '');
    const count = await section.locator('[data-testid="cookie-row"]').count();
    const names = (await popupRows(popup)).filter((r) => r.section === category).map((r) => r.name);
    await popup.locator(`[data-testid="delete-${category}"]`).click();
    const dialog = await popup.locator('[data-testid="confirm"]').innerText();
    expect(dialog).toContain(`Delete ${count} cookies`);
    expect(await popup.locator('[data-testid="confirm-warning"]').innerText()).toMatch(/signed out/);
    await popup.screenshot({ path: artifactPath('popup-confirm-delete.png') });
    await popup.locator('[data-testid="confirm-ok"]').click();
    await expect.poll(() => popup.locator(`[data-testid="section-${category}"]`).count()).toBe(0);
    const jar = await jarNames(url);
    for (const n of names) expect(jar).not.toContain(n);
    await popup.close();
    await page.close();
  });

  it('renders hostile cookie names and huge values as text, clipped, without breaking anything', async () => {
    const page = await env.h.context.newPage();
    let alerted = false;
    page.on('dialog', (d) => {
      alerted = true;
      void d.dismiss();
    });
    await page.goto(env.sites.https('www.site-a.test', '/hostile'));
    await page.waitForFunction(() => document.documentElement.dataset.cookiesSet === 'yes');
    const tabId = await env.h.tabIdOf(page);
    const popup = await env.h.openPopup(tabId);
    popup.on('dialog', (d) => {
      alerted = true;
      void d.dismiss();
    });
    await popup.waitForSelector('[data-testid="cookie-row"][data-name="<script>alert(1)</script>"]');
    const text = await popup.locator('body').innerText();
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src');
    // No element was injected from a cookie name.
    expect(await popup.locator('main img, main script').count()).toBe(0);
    const huge = popup.locator('[data-testid="cookie-row"][data-name="huge_value"]');
    await huge.locator('.row').click();
    await huge.locator('[data-testid="reveal"]').click();
    const box = await huge.locator('[data-testid="value"]').boundingBox();
    expect(box?.height).toBeLessThanOrEqual(130);
    const width = await popup.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(560);
    expect(alerted).toBe(false);
    await popup.screenshot({ path: artifactPath('popup-hostile.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it('is readable in dark mode too', async () => {
    const { page, popup } = await siteATab();
    await popup.emulateMedia({ colorScheme: 'dark' });
    const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const fg = await popup.evaluate(() => getComputedStyle(document.body).color);
    expect(bg).toBe('rgb(22, 24, 28)');
    expect(fg).toBe('rgb(232, 234, 237)');
    await popup.locator('[data-testid="cookie-row"] .row').first().click();
    await popup.screenshot({ path: artifactPath('popup-dark.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await popup.screenshot({ path: artifactPath('popup-light.png'), fullPage: true });
    await popup.close();
    await page.close();
  });
});
