/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactPath, waitFor } from './harness/extension';
import { useExtension } from './harness/setup';

interface RowState {
  name: string;
  rules: string[];
  marked: boolean;
}

/** Reopens the popup until `ready` accepts what it shows (the view follows cookie events and history writes). */
async function popupWhen(
  popup: Page,
  what: string,
  ready: (strip: string, rows: RowState[]) => boolean,
): Promise<{ strip: string; rows: RowState[] }> {
  return waitFor(
    async () => {
      await popup.reload();
      await popup.waitForSelector('[data-testid="app"]');
      const strip = (await popup.locator('[data-testid="consent-strip"]').allInnerTexts()).join('\n');
      const rows = await popup.$$eval('[data-testid="cookie-row"]', (els) =>
        els.map((el) => ({
          name: el.getAttribute('data-name') ?? '',
          rules: [] as string[],
          marked: el.querySelector('[data-testid="consent-mark"]') !== null,
        })),
      );
      // Finding ids are in the details panel: open every marked row once to read them.
      for (const row of rows) {
        const loc = popup.locator(`[data-testid="cookie-row"][data-name="${row.name}"]`).first();
        await loc.locator('.row').click();
        row.rules = await loc
          .locator('[data-rule]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule') ?? ''));
        await loc.locator('.row').click();
      }
      return ready(strip, rows) ? { strip, rows } : null;
    },
    what,
    20_000,
  );
}

const consentRules = (rows: RowState[]) =>
  rows.flatMap((r) => r.rules.filter((id) => id.startsWith('consent-') && !id.startsWith('consent-record-')));

describe('consent audit in Chromium', () => {
  const env = useExtension({ allowThirdPartyCookies: true });

  it('(1) OneTrust "Reject all", then _fbp and _ga written anyway: both flagged, the strip reads the refusal', async () => {
    const { page, tabId } = await env.h.openTab(env.sites.https('www.shop-onetrust.test'));
    await page.click('#reject');
    await page.waitForSelector('html[data-answered="yes"]');
    const popup = await env.h.openPopup(tabId);
    const { strip, rows } = await popupWhen(popup, 'both tags flagged', (_s, r) =>
      ['_ga', '_fbp'].every((n) => r.find((x) => x.name === n)?.rules.includes('consent-set-despite-refusal')),
    );
    expect(strip).toContain('analytics: refused, marketing: refused');
    expect(strip).toMatch(/recorded \d+ seconds? ago by OneTrust/);
    // This Chromium runs without GPC: its requests carry no Sec-GPC, and the strip says so.
    expect(strip).toContain('GPC in this browser: off');
    expect(rows.find((r) => r.name === '_fbp')?.marked).toBe(true);
    expect(rows.find((r) => r.name === '_ga')?.marked).toBe(true);
    expect(rows.find((r) => r.name === 'OptanonConsent')?.marked).toBe(false);
    const fbp = popup.locator('[data-testid="cookie-row"][data-name="_fbp"]');
    await fbp.locator('.row').click();
    expect(await fbp.innerText()).toMatch(/written (less than a second|\d+ seconds?) after the refusal/);
    await popup.screenshot({ path: artifactPath('consent-1-onetrust-reject.png'), fullPage: true });
    // "Only with findings" keeps them; the badge counts them.
    const badge = await env.h.inWorker((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(Number(badge)).toBeGreaterThanOrEqual(2);
    await popup.close();
    await page.close();
  });

  it('(2) a TCF string refusing purpose 1 while a third-party ad frame sets its id: flagged', async () => {
    const { page, tabId } = await env.h.openTab(env.sites.https('www.news-tcf.test'));
    // Second visit: the ad frame's request now carries its cookie, after the refusal.
    await page.reload();
    const popup = await env.h.openPopup(tabId);
    const { strip, rows } = await popupWhen(popup, 'ad id flagged', (_s, r) =>
      (r.find((x) => x.name === 'ad_id')?.rules ?? []).includes('consent-set-despite-refusal'),
    );
    expect(strip).toContain('marketing: refused');
    expect(strip).toContain('IAB TCF via Quantcast Choice (CMP 10)');
    const ad = rows.find((r) => r.name === 'ad_id');
    expect(ad?.rules).toEqual(expect.arrayContaining(['consent-set-despite-refusal', 'consent-refused-but-sent']));
    expect(ad?.marked).toBe(true);
    await popup.screenshot({ path: artifactPath('consent-2-tcf-ad-frame.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it('(3) _ga written on load while the banner is unanswered: "set before consent"', async () => {
    const { page, tabId } = await env.h.openTab(env.sites.https('www.blog-early.test'));
    await page.waitForSelector('html[data-tags-ran="yes"]');
    const popup = await env.h.openPopup(tabId);
    const { strip, rows } = await popupWhen(popup, '_ga set before consent', (_s, r) =>
      (r.find((x) => x.name === '_ga')?.rules ?? []).includes('consent-set-before-consent'),
    );
    expect(strip).toContain('no consent record found, although the OneTrust banner script was loaded');
    // No choice exists, so the findings are not "against this choice".
    expect(strip).not.toContain('against this choice');
    expect(strip).toContain('set before any consent was given');
    expect(rows.find((r) => r.name === '_ga')?.marked).toBe(true);
    await popup.screenshot({ path: artifactPath('consent-3-before-consent.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it('(4) a compliant site: nothing set before or after "Reject all", no consent findings', async () => {
    const { page, tabId } = await env.h.openTab(env.sites.https('www.fair-shop.test'));
    await page.click('#reject');
    await page.waitForSelector('html[data-answered="yes"]');
    const popup = await env.h.openPopup(tabId);
    const { strip, rows } = await popupWhen(popup, 'the refusal recorded', (s) => s.includes('analytics: refused'));
    expect(consentRules(rows)).toEqual([]);
    expect(rows.some((r) => r.marked)).toBe(false);
    expect(strip).not.toContain('findings against this choice');
    await popup.screenshot({ path: artifactPath('consent-4-compliant.png'), fullPage: true });
    await popup.close();
    await page.close();
  });
});

describe('consent audit in Chromium with Global Privacy Control on', () => {
  const env = useExtension({ allowThirdPartyCookies: true, globalPrivacyControl: true });

  it("(5) the page's requests carry Sec-GPC: 1, and the strip says GPC is on in this browser", async () => {
    const { page, tabId } = await env.h.openTab(env.sites.https('www.shop-onetrust.test'));
    expect(await page.evaluate(() => (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl)).toBe(
      true,
    );
    await page.click('#reject');
    await page.waitForSelector('html[data-answered="yes"]');
    const popup = await env.h.openPopup(tabId);
    const { strip } = await popupWhen(popup, 'the refusal recorded', (s) => s.includes('analytics: refused'));
    expect(strip).toContain('GPC in this browser: on');
    await popup.screenshot({ path: artifactPath('consent-5-browser-gpc.png'), fullPage: true });
    await popup.close();
    await page.close();
  });
});
