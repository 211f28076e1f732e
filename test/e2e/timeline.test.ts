/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactPath, waitFor } from './harness/extension';
import { useExtension } from './harness/setup';

interface Row {
  kind: string;
  name: string;
  setBy: string;
  text: string;
}

/** The Timeline tab's rows as a person reads them, newest first. */
async function timelineRows(popup: Page): Promise<Row[]> {
  return popup.$$eval('[data-testid="timeline-event"]', (rows) =>
    rows.map((r) => ({
      kind: r.getAttribute('data-kind') ?? '',
      name: r.getAttribute('data-name') ?? '',
      setBy: r.getAttribute('data-set-by') ?? '',
      text: (r as HTMLElement).innerText,
    })),
  );
}

describe('the timeline of a site', () => {
  const env = useExtension();

  it('shows set, overwritten (expiry) and deleted by the site in order with who set each, across a worker stop', async () => {
    const url = (path = '/') => env.sites.https('shop-f.test', path);
    const { page, tabId } = await env.h.openTab(url());
    // The consent button: a response sets `consent`.
    await page.click('#accept');
    await page.waitForFunction(() => document.body.dataset.done === 'accept');
    // Long enough for the batch to be written (≤ 1 s), then the worker is stopped between events.
    await page.waitForTimeout(1500);
    await env.h.stopWorker();
    // What was recorded before the stop is all there when the popup wakes the worker (checked below). The popup's
    // message wakes it before "Reject": a worker woken by the response itself can see the cookie change before
    // the Set-Cookie response (Chrome does not order the two event kinds), and then names page script instead.
    await (await env.h.openPopup(tabId)).close();
    // "Reject" makes a response delete `consent`.
    await page.click('#reject');
    await page.waitForFunction(() => document.body.dataset.done === 'reject');
    await page.waitForTimeout(1500);
    // The revisit: the site gives basket_pref 30 days instead of 1.
    await page.goto(url('/?age=2592000'));
    await page.waitForTimeout(1500);

    const popup = await env.h.openPopup(tabId);
    // "Changed since your last visit" marks the changed cookie in the cookie list.
    await popup.waitForSelector('[data-testid="cookie-row"][data-name="basket_pref"] [data-testid="since-mark"]');

    await popup.click('[data-testid="pane-timeline"]');
    await popup.waitForSelector('[data-testid="timeline"]');
    const rows = await waitFor(async () => {
      const r = await timelineRows(popup);
      return r.length >= 4 ? r : null;
    }, 'four timeline rows');
    const origin = url().replace(/\/$/, '');
    expect(rows.map((r) => [r.kind, r.name, r.setBy])).toEqual([
      ['overwritten', 'basket_pref', `${origin}/`],
      ['deleted-by-site', 'consent', `${origin}/api/reject`],
      ['set', 'consent', `${origin}/api/accept`],
      ['set', 'basket_pref', `${origin}/`],
    ]);
    expect(rows[0]?.text).toMatch(/overwritten \(expiry\)/);
    // The visit URL keeps no query.
    expect(await popup.locator('[data-testid="timeline-visit"] h3').first().innerText()).not.toContain('age=');
    const since = popup.locator('[data-testid="since-change"][data-name="basket_pref"]');
    expect(await since.getAttribute('data-kind')).toBe('changed');
    expect(await since.innerText()).toMatch(/lifespan: 24 hours → 30 days/);
    expect(await popup.locator('[data-testid="timeline-chart"] [data-testid="chart-bar"]').count()).toBe(2);

    await popup.screenshot({ path: artifactPath('timeline-light.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: artifactPath('timeline-dark.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'light' });

    // The exported JSON timeline holds what the popup shows, in the same order.
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.click('[data-testid="export-timeline-json"]'),
    ]);
    const path = artifactPath(`download-${download.suggestedFilename()}`);
    await download.saveAs(path);
    const report = JSON.parse(readFileSync(path, 'utf8'));
    const exported = report.timeline.events.map((e: { kind: string; name: string; setBy: { url?: string } | null }) => [
      e.kind,
      e.name,
      e.setBy?.url ?? (e.setBy ? 'script' : ''),
    ]);
    expect(exported).toEqual(rows.map((r) => [r.kind, r.name, r.setBy]));
    expect(JSON.stringify(report.timeline)).not.toContain('"value"');
  });

  it('puts consent choices on the same line of time: the rows, the chart marker and the JSON export', async () => {
    // The fixture's OneTrust banner (the consent e2e's site) writes OptanonConsent from page script.
    const { page, tabId } = await env.h.openTab(env.sites.https('www.fair-shop.test'));
    await page.click('#reject');
    await page.waitForSelector('html[data-answered="yes"]');
    // Changing one's mind later: the same record cookie, now accepting everything.
    await page.evaluate(() => (window as unknown as { otAnswer(accept: boolean): void }).otAnswer(true));
    await page.waitForTimeout(1500);

    const popup = await env.h.openPopup(tabId);
    await popup.click('[data-testid="pane-timeline"]');
    await popup.waitForSelector('[data-testid="timeline"]');
    const consent = await waitFor(async () => {
      const r = (await timelineRows(popup)).filter((x) => x.kind === 'consent');
      if (r.length >= 2) return r;
      await popup.reload();
      await popup.click('[data-testid="pane-timeline"]');
      await popup.waitForSelector('[data-testid="timeline"]');
      return null;
    }, 'two consent rows');
    // Newest first: the acceptance, then the refusal, each in words with the platform, set by page script.
    expect(consent.map((r) => [r.name, r.setBy])).toEqual([
      ['OptanonConsent', 'script'],
      ['OptanonConsent', 'script'],
    ]);
    expect(consent[0]?.text).toContain('consent: accepted all — OneTrust');
    expect(consent[1]?.text).toContain(
      'consent: analytics refused, marketing refused, preferences refused, functional refused — OneTrust',
    );
    expect(await popup.locator('[data-testid="chart-consent"]').count()).toBe(1);
    await popup.screenshot({ path: artifactPath('timeline-consent-light.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: artifactPath('timeline-consent-dark.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'light' });

    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.click('[data-testid="export-timeline-json"]'),
    ]);
    const path = artifactPath(`download-consent-${download.suggestedFilename()}`);
    await download.saveAs(path);
    const report = JSON.parse(readFileSync(path, 'utf8'));
    const exported = report.timeline.events
      .filter((e: { kind: string }) => e.kind === 'consent')
      .map((e: { consent: string }) => e.consent);
    expect(exported).toEqual([
      'consent: accepted all — OneTrust',
      'consent: analytics refused, marketing refused, preferences refused, functional refused — OneTrust',
    ]);
    await popup.close();
    await page.close();
  });
});
