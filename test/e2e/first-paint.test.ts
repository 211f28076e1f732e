import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactPath, popupRows, waitFor } from './harness/extension';
import { useExtension } from './harness/setup';

const KEY = (tabId: number) => `first-screen:v1:${tabId}`;

interface Snapshot {
  html: string;
  /** Form controls' live values (properties, which innerHTML does not show). */
  controls: (string | boolean)[];
  /** The app module had started (main.tsx's mark). */
  appStarted: boolean;
  firstPaintMark: boolean;
  testid: string | null;
}

/**
 * Installed before the page's scripts: snapshots #root each time a new <main> is put into it. The first is the
 * early first paint (first-paint.js); the second is Preact's first render when it takes the page over.
 */
function recordMains(): void {
  const w = window as unknown as { __mains?: Snapshot[] };
  w.__mains = [];
  const seen = new WeakSet<Node>();
  new MutationObserver(() => {
    const root = document.getElementById('root');
    const main = root?.querySelector(':scope > main');
    if (!root || !main || seen.has(main)) return;
    seen.add(main);
    w.__mains?.push({
      html: root.innerHTML,
      controls: [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].map((e) =>
        e instanceof HTMLInputElement && e.type === 'checkbox' ? e.checked : e.value,
      ),
      appStarted: performance.getEntriesByName('cookie-auditor:start').length > 0,
      firstPaintMark: performance.getEntriesByName('cookie-auditor:first-paint').length > 0,
      testid: main.getAttribute('data-testid'),
    });
  }).observe(document, { childList: true, subtree: true });
}

/** As a person typing into the painted search box before the app is there: "sess", at the first paint. */
function typeIntoFirstPaint(): void {
  new MutationObserver((_, observer) => {
    const input = document.querySelector<HTMLInputElement>('#root main[data-preview] input.search');
    if (!input || performance.getEntriesByName('cookie-auditor:start').length > 0) return;
    observer.disconnect();
    input.focus();
    input.value = 'sess';
  }).observe(document, { childList: true, subtree: true });
}

describe('the popup first paint: a classic script paints the summary before the app loads', () => {
  const env = useExtension();

  const summaryReady = (tabId: number, name: string) =>
    waitFor(
      () =>
        env.h.inWorker(
          async ([key, want]) => {
            const s = (await chrome.storage.session.get(key))[key] as
              | { rows: { cookie: { name: string } }[] }
              | undefined;
            return s?.rows.some((r) => r.cookie.name === want) ? true : null;
          },
          [KEY(tabId), name] as const,
        ),
      `${name} in the first-screen summary`,
    );

  async function openWith(tabId: number, init: () => void): Promise<Page> {
    const popup = await env.h.context.newPage();
    await popup.addInitScript(init);
    await env.h.openPopup(tabId, popup);
    await popup.waitForSelector('[data-testid="app"]:not([data-preview])', { timeout: 15_000 });
    return popup;
  }

  it('paints hostile names as text before the app runs, the same page Preact renders, then the live view', async () => {
    const { page, tabId } = await env.h.openTab(env.sites.https('www.site-a.test', '/hostile'));
    await page.waitForFunction(() => document.documentElement.dataset.cookiesSet === 'yes');
    await summaryReady(tabId, '<script>alert(1)</script>');
    // A stopped worker answers late, so the paint and Preact's takeover both come before its answer.
    await env.h.stopWorker();
    const popup = await openWith(tabId, recordMains);
    const mains = await popup.evaluate(() => (window as unknown as { __mains: Snapshot[] }).__mains);
    const [early, preact] = mains;
    if (!early || !preact) throw new Error(`expected the first paint and Preact's render, got ${mains.length}`);

    // The first paint came before the app's module ran, from the summary.
    expect(early.firstPaintMark).toBe(true);
    expect(early.appStarted).toBe(false);
    expect(early.testid).toBe('app-preview');
    // Preact's first render is the same page, to the attribute, with the same control values: nothing moves.
    expect(preact.appStarted).toBe(true);
    expect(preact.testid).toBe('app-preview');
    expect(preact.html).toBe(early.html);
    expect(preact.controls).toEqual(early.controls);

    // Hostile names are text in the first paint: no element came from a cookie name.
    const parsed = await popup.evaluate((html) => {
      const doc = new DOMParser().parseFromString(`<div id="r">${html}</div>`, 'text/html');
      const r = doc.getElementById('r') as HTMLElement;
      return {
        elements: r.querySelectorAll('script, img, iframe, object').length,
        names: [...r.querySelectorAll('[data-testid="cookie-row"]')].map((e) => e.getAttribute('data-name')),
        text: r.textContent ?? '',
      };
    }, early.html);
    expect(parsed.elements).toBe(0);
    expect(parsed.names).toContain('<script>alert(1)</script>');
    expect(parsed.text).toContain('<script>alert(1)</script>');

    // Then the live view, which acts: a row opens its details.
    const live = await popupRows(popup);
    // document.cookie = '<img src=x onerror=alert(1)>' names a cookie "<img src".
    expect(live.map((r) => r.name)).toContain('<img src');
    await popup.locator('[data-testid="cookie-row"] .row').first().click();
    await popup.waitForSelector('[data-testid="cookie-row"].open');
    await popup.screenshot({ path: artifactPath('first-paint-then-live.png') });
    await popup.close();
    await page.close();
  });

  it('keeps what was typed into the painted search box, and stays out under a saved search', async () => {
    const { page, tabId } = await env.h.openTab(env.sites.https('www.site-a.test'));
    await page.waitForFunction(() => document.documentElement.dataset.trackerRan === 'yes');
    await summaryReady(tabId, 'sessionKey');

    await env.h.stopWorker();
    const typed = await openWith(tabId, typeIntoFirstPaint);
    expect(await typed.evaluate(() => performance.getEntriesByName('cookie-auditor:first-paint').length)).toBe(1);
    expect(await typed.inputValue('input.search')).toBe('sess');
    // The search applies: only names, vendors or domains with "sess" are listed.
    const rows = await popupRows(typed);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.text.toLowerCase().includes('sess'))).toBe(true);
    await typed.close();

    // The search was saved with the filters: the summary's first rows are not that screen, so no first paint.
    const searched = await openWith(tabId, recordMains);
    expect(await searched.evaluate(() => performance.getEntriesByName('cookie-auditor:first-paint').length)).toBe(0);
    const mains = await searched.evaluate(() => (window as unknown as { __mains: Snapshot[] }).__mains);
    expect(mains.every((m) => m.testid !== 'app-preview')).toBe(true);
    expect(await searched.inputValue('input.search')).toBe('sess');
    await searched.fill('input.search', '');
    await waitFor(
      () =>
        env.h.inWorker(async () => {
          const ui = (await chrome.storage.local.get('popup-ui:v1'))['popup-ui:v1'] as { query?: string } | undefined;
          return ui?.query === '' ? true : null;
        }, null),
      'the cleared search saved',
    );
    await searched.close();
    await page.close();
  });
});
