import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactPath, popupRows, waitFor } from './harness/extension';
import { useExtension } from './harness/setup';

const KEY = (tabId: number) => `first-screen:v1:${tabId}`;

interface FirstPaint {
  preview: string | null;
  names: string[];
  texts: string[];
  counts: string[];
  /** The header's cookie total. */
  total: string;
  /** performance.now() at the first paint of rows, and when the worker's answer arrived (mark), if it had. */
  at: number;
  dataAt: number | null;
}

/** Records what the popup shows the first time cookie rows are in the DOM (installed before the page's scripts). */
function recordFirstPaint(): void {
  const w = window as unknown as { __firstPaint?: FirstPaint };
  new MutationObserver(() => {
    if (w.__firstPaint) return;
    const rows = [...document.querySelectorAll('[data-testid="cookie-row"]')];
    if (rows.length === 0) return;
    const data = performance.getEntriesByName('cookie-auditor:data')[0];
    w.__firstPaint = {
      preview: document.querySelector('main.app')?.getAttribute('data-preview') ?? null,
      names: rows.map((r) => r.getAttribute('data-name') ?? ''),
      // textContent: layout (innerText) may not have run yet inside the observer's callback.
      texts: rows.map((r) => r.querySelector('.row')?.textContent ?? ''),
      counts: [...document.querySelectorAll('[data-testid^="section-"] .section-head .count')].map(
        (e) => e.textContent ?? '',
      ),
      total: document.querySelector('[data-testid="totals"] strong')?.textContent ?? '',
      at: performance.now(),
      dataAt: data ? data.startTime : null,
    };
  }).observe(document, { childList: true, subtree: true });
}

describe('the popup paints its first screen from the summary in storage.session', () => {
  const env = useExtension();

  const summaryNames = (tabId: number) =>
    env.h.inWorker(async (key) => {
      const got = await chrome.storage.session.get(key);
      const s = got[key] as { rows: { cookie: { name: string } }[] } | undefined;
      return s ? s.rows.map((r) => r.cookie.name).sort() : null;
    }, KEY(tabId));

  const rowTexts = (popup: Page) =>
    popup.$$eval('[data-testid="cookie-row"] .row', (rows) => rows.map((r) => r.textContent ?? ''));

  /** Opens the popup for the tab with the first-paint recorder; waits for the worker's live view to replace all. */
  async function openRecorded(tabId: number): Promise<{ popup: Page; first: FirstPaint }> {
    const popup = await env.h.context.newPage();
    await popup.addInitScript(recordFirstPaint);
    await env.h.openPopup(tabId, popup);
    await popup.waitForSelector('[data-testid="app"]:not([data-preview])', { timeout: 15_000 });
    const first = await waitFor(
      () => popup.evaluate(() => (window as unknown as { __firstPaint?: FirstPaint }).__firstPaint ?? null),
      'first paint recorded',
    );
    return { popup, first };
  }

  it('shows the right rows with the worker stopped, then the live view; a change made while closed is right next time', async () => {
    const page = await env.h.context.newPage();
    await page.goto(env.sites.https('www.site-a.test'));
    const tabId = await env.h.tabIdOf(page);

    // The live view, as the worker answers it (the summary is written once the tab's events settle).
    const live = await env.h.openPopup(tabId);
    await live.waitForSelector('[data-testid="cookie-row"]');
    const liveRows = await popupRows(live);
    const liveTexts = await rowTexts(live);
    const liveCounts = await live.$$eval('[data-testid^="section-"] .section-head .count', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    await live.close();
    const names = liveRows.map((r) => r.name).sort();
    await waitFor(
      async () => (JSON.stringify(await summaryNames(tabId)) === JSON.stringify(names) ? true : null),
      'summary of the live rows in storage.session',
    );

    // Worker stopped: the popup paints the summary first, before the woken worker's answer, with the same rows.
    await env.h.stopWorker();
    const { popup, first } = await openRecorded(tabId);
    expect(first.preview).toBe('summary');
    expect(first.dataAt === null || first.dataAt > first.at).toBe(true);
    // The first render holds the rows a 600 px popup shows (at least 10), the live view's first ones.
    expect(first.texts.length).toBeGreaterThanOrEqual(Math.min(10, liveTexts.length));
    expect(first.names).toEqual(liveRows.slice(0, first.names.length).map((r) => r.name));
    expect(first.texts).toEqual(liveTexts.slice(0, first.texts.length));
    expect(first.counts).toEqual(liveCounts);
    await popup.screenshot({ path: artifactPath('first-screen-live-after-summary.png') });
    // Then the live view: the same rows, and delete works again.
    expect(await popupRows(popup)).toEqual(liveRows);
    expect(await popup.locator('[data-testid^="delete-"]').first().isDisabled()).toBe(false);
    await popup.close();

    // A cookie set while the popup is closed, opened at once (before the summary caught up): the live view has it.
    await page.evaluate(() => {
      // biome-ignore lint/suspicious/noDocumentCookie: a page script writing a cookie is the event under test.
      document.cookie = 'e2e_added=1; Path=/; Secure; SameSite=Lax; Max-Age=3600';
    });
    const { popup: again } = await openRecorded(tabId);
    await waitFor(
      async () => ((await popupRows(again)).some((r) => r.name === 'e2e_added') ? true : null),
      'the new cookie in the live view',
    );
    await again.close();

    // The summary follows the change; with the worker stopped, the next open paints the new cookie from it.
    await waitFor(
      async () => ((await summaryNames(tabId))?.includes('e2e_added') ? true : null),
      'the new cookie in the summary',
    );
    await env.h.stopWorker();
    const { popup: third, first: thirdFirst } = await openRecorded(tabId);
    expect(thirdFirst.preview).toBe('summary');
    const total = await third.$eval('[data-testid="totals"] strong', (e) => e.textContent ?? '');
    expect(Number(total)).toBe(Number(first.total) + 1);
    expect(thirdFirst.total).toBe(total);
    expect(thirdFirst.counts).toEqual(
      await third.$$eval('[data-testid^="section-"] .section-head .count', (els) =>
        els.map((e) => e.textContent ?? ''),
      ),
    );
    expect(thirdFirst.texts).toEqual((await rowTexts(third)).slice(0, thirdFirst.texts.length));
    await third.close();
  });

  it('is not painted for a tab that left the page it describes, and leaves with its tab', async () => {
    const { page, tabId } = await env.h.openTab(env.sites.https('other-d.test'));
    await waitFor(async () => ((await summaryNames(tabId)) !== null ? true : null), 'summary of other-d.test');
    // The summary is now about a page the tab no longer shows: the popup must not paint it.
    await env.h.stopWorker();
    await page.goto(env.sites.https('app.risky-e.test'));
    const { popup, first } = await openRecorded(tabId);
    // Either nothing from a summary, or the new page's own (when the woken worker already wrote it): never the old one.
    expect(first.preview === null || first.texts.every((t) => !t.includes('other-d.test'))).toBe(true);
    expect(first.texts.every((t) => !t.includes('other-d.test'))).toBe(true);
    expect((await popupRows(popup)).every((r) => !r.text.includes('other-d.test'))).toBe(true);
    await popup.close();

    await page.close();
    await waitFor(async () => ((await summaryNames(tabId)) === null ? true : null), 'summary removed with its tab');
  });
});
