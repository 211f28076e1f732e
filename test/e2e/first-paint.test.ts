import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactPath, popupRows, waitFor } from './harness/extension';
import { useExtension } from './harness/setup';

const KEY = (tabId: number) => `first-screen:v1:${tabId}`;

interface Recorded {
  /** #root as the first paint left it, and its toolbar's values (properties, which innerHTML does not show). */
  html: string;
  controls: (string | boolean)[];
  /** main.tsx had started (its mark) when the first paint landed. */
  appStarted: boolean;
  firstPaintMark: boolean;
  /** Changes that made a difference to the page after the first paint, until the worker's live view. */
  changes: string[];
  /** Preact mounted (main.tsx's mark) before the live view came. */
  mountedBeforeLive: boolean;
  liveSeen: boolean;
}

/**
 * Installed before the page's scripts. Keeps #root as the first paint left it, then every mutation that changes
 * something until the worker's live view changes <main>: Preact's mount adopts the painted elements, so it must
 * change nothing. Allowed: the rows the next frame adds (the first frame holds 12), and the remaining-lifetime texts,
 * which count from now.
 */
function recordFirstPaint(): void {
  const w = window as unknown as { __fp?: Recorded };
  const marked = (name: string) => performance.getEntriesByName(`cookie-auditor:${name}`).length > 0;
  new MutationObserver((records) => {
    const root = document.getElementById('root');
    const main = root?.querySelector(':scope > main');
    if (!root || !main) return;
    if (!w.__fp) {
      if (main.getAttribute('data-testid') !== 'app-preview') return;
      w.__fp = {
        html: root.innerHTML,
        controls: [
          ...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('.toolbar input, .toolbar select'),
        ].map((e) => (e instanceof HTMLInputElement && e.type === 'checkbox' ? e.checked : e.value)),
        appStarted: marked('start'),
        firstPaintMark: marked('first-paint'),
        changes: [],
        mountedBeforeLive: false,
        liveSeen: false,
      };
      return;
    }
    const fp = w.__fp;
    if (fp.liveSeen) return;
    for (const r of records) {
      // Preact renders into #root; the parser still adds the page's last text nodes to <body> meanwhile.
      if (!root.contains(r.target)) continue;
      const el = r.target instanceof Element ? r.target : r.target.parentElement;
      const where = `${el?.tagName.toLowerCase()}.${el?.className}`;
      if (r.type === 'attributes') {
        const now = (r.target as Element).getAttribute(r.attributeName ?? '');
        if (now === r.oldValue) continue;
        if (r.target === main && marked('data')) {
          fp.liveSeen = true;
          fp.mountedBeforeLive = marked('mounted');
          return;
        }
        fp.changes.push(`${where} [${r.attributeName}] ${r.oldValue} -> ${now}`);
      } else if (r.type === 'characterData') {
        if ((r.target as CharacterData).data === r.oldValue || el?.classList.contains('life')) continue;
        fp.changes.push(`${where} text ${r.oldValue} -> ${(r.target as CharacterData).data}`);
      } else {
        for (const n of r.removedNodes) fp.changes.push(`${where} lost ${n.nodeName}`);
        for (const n of r.addedNodes) {
          if (!(n instanceof HTMLLIElement && n.matches('li.cookie'))) fp.changes.push(`${where} got ${n.nodeName}`);
        }
      }
    }
  }).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeOldValue: true,
    characterData: true,
    characterDataOldValue: true,
  });
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

  it('paints hostile names as text before the app runs; Preact adopts that page unchanged, then the live view', async () => {
    const { page, tabId } = await env.h.openTab(env.sites.https('www.site-a.test', '/hostile'));
    await page.waitForFunction(() => document.documentElement.dataset.cookiesSet === 'yes');
    await summaryReady(tabId, '<script>alert(1)</script>');
    // A stopped worker answers late, so the paint and Preact's mount both come before its answer.
    await env.h.stopWorker();
    const popup = await openWith(tabId, recordFirstPaint);
    const early = await popup.evaluate(() => (window as unknown as { __fp?: Recorded }).__fp ?? null);
    if (!early) throw new Error('no first paint recorded');

    // The first paint came before the app's module ran, from the summary.
    expect(early.firstPaintMark).toBe(true);
    expect(early.appStarted).toBe(false);
    // Preact mounted over it before the live view and changed nothing: the markup is the same, to the attribute.
    expect(early.liveSeen).toBe(true);
    expect(early.mountedBeforeLive).toBe(true);
    expect(early.changes).toEqual([]);
    // The controls kept their values (the search box empty, the filters at their defaults).
    const controls = await popup.$$eval('#root .toolbar input, #root .toolbar select', (els) =>
      els.map((e) =>
        e instanceof HTMLInputElement && e.type === 'checkbox' ? e.checked : (e as HTMLInputElement).value,
      ),
    );
    expect(controls).toEqual(early.controls);

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
    const searched = await openWith(tabId, recordFirstPaint);
    expect(await searched.evaluate(() => performance.getEntriesByName('cookie-auditor:first-paint').length)).toBe(0);
    expect(await searched.evaluate(() => (window as unknown as { __fp?: Recorded }).__fp ?? null)).toBeNull();
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
