/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { artifactPath, popupRows, waitFor } from './harness/extension';
import { useExtension } from './harness/setup';

describe('reports: export from the popup and the all-sites page', () => {
  const env = useExtension();

  async function download(page: import('playwright-core').Page, click: () => Promise<void>) {
    const [file] = await Promise.all([page.waitForEvent('download'), click()]);
    const path = artifactPath(`download-${file.suggestedFilename()}`);
    await file.saveAs(path);
    return { name: file.suggestedFilename(), body: readFileSync(path, 'utf8'), path };
  }

  it('downloads a JSON report whose cookies equal what the popup shows, without values unless asked', async () => {
    const page = await env.h.context.newPage();
    await page.goto(env.sites.https('www.site-a.test'));
    await page.waitForFunction(() => document.documentElement.dataset.trackerRan === 'yes');
    await page.goto(env.sites.https('www.site-a.test', '/hostile'));
    await page.waitForFunction(() => document.documentElement.dataset.cookiesSet === 'yes');
    const tabId = await env.h.tabIdOf(page);
    const popup = await env.h.openPopup(tabId);
    await waitFor(async () => ((await popupRows(popup)).length >= 20 ? true : null), 'cookies listed');
    const shown = (await popupRows(popup)).map((r) => r.name).sort();

    await popup.locator('[data-testid="export"] summary').click();
    await popup.locator('[data-testid="export-format"]').selectOption('json');
    const json = await download(popup, () => popup.locator('[data-testid="export-download"]').click());
    const today = new Date().toISOString().slice(0, 10);
    expect(json.name).toBe(`cookies-site-a.test-${today}.json`);
    const report = JSON.parse(json.body) as { schemaVersion: number; cookies: { name: string; value?: string }[] };
    expect(report.schemaVersion).toBe(1);
    expect(report.cookies.map((c) => c.name).sort()).toEqual(shown);
    expect(json.body).not.toContain('sk-ant-sid01');

    await popup.locator('[data-testid="export-values"]').check();
    const withValues = await download(popup, () => popup.locator('[data-testid="export-download"]').click());
    expect(withValues.body).toContain('sk-ant-sid01');

    await popup.locator('[data-testid="export-values"]').uncheck();
    await popup.locator('[data-testid="export-format"]').selectOption('csv');
    const csv = await download(popup, () => popup.locator('[data-testid="export-download"]').click());
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.body.split('\r\n').filter((l) => l !== '').length).toBeGreaterThanOrEqual(shown.length + 1);

    await popup.locator('[data-testid="export-format"]').selectOption('html');
    const html = await download(popup, () => popup.locator('[data-testid="export-download"]').click());
    expect(html.body).not.toContain('<script>alert(1)</script>');

    // Render the HTML report in Chromium: the hostile name shows as text and no script runs.
    const viewer = await env.h.context.newPage();
    let dialogs = 0;
    viewer.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await viewer.goto(`file://${html.path}`);
    expect(await viewer.locator('body').innerText()).toContain('<script>alert(1)</script>');
    expect(await viewer.locator('script').count()).toBe(0);
    expect(await viewer.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    await viewer.screenshot({ path: artifactPath('report-html.png'), fullPage: true });
    expect(dialogs).toBe(0);
    await Promise.all([viewer.close(), popup.close(), page.close()]);
  });

  it('lists every site seen on the reports page and exports them all', async () => {
    const d = await env.h.context.newPage();
    await d.goto(env.sites.https('other-d.test'));
    const reports = await env.h.context.newPage();
    await reports.goto(`chrome-extension://${env.h.extensionId}/src/reports/index.html`);
    await reports.waitForSelector('[data-testid="sites"]');
    const listed = await reports.$$eval('tr[data-site]', (rows) => rows.map((r) => r.getAttribute('data-site')));
    expect(listed).toEqual(expect.arrayContaining(['site-a.test', 'other-d.test']));
    await reports.screenshot({ path: artifactPath('reports-page.png'), fullPage: true });

    await reports.locator('[data-testid="reports-format"]').selectOption('json');
    const all = await download(reports, () => reports.locator('[data-testid="export-all"]').click());
    const parsed = JSON.parse(all.body) as { schemaVersion: number; sites: { site: string }[] };
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.sites.map((s) => s.site)).toEqual(expect.arrayContaining(['site-a.test', 'other-d.test']));

    await reports.locator('[data-testid="reports-format"]').selectOption('csv');
    const csv = await download(reports, () => reports.locator('[data-testid="export-all"]').click());
    expect(csv.body).toContain('other-d.test');
    expect(csv.body).toContain('od_session');

    // The limits are set here and the rules use them.
    await reports.locator('input[name="session"]').fill('7');
    await reports.locator('[data-testid="settings-save"]').click();
    await reports.waitForSelector('text=Saved.');
    const saved = await env.h.inWorker(
      async () => (await chrome.storage.local.get('settings:v1'))['settings:v1'],
      null,
    );
    expect(saved).toMatchObject({ maxSessionLifetimeDays: 7 });
    await Promise.all([reports.close(), d.close()]);
  });
});
