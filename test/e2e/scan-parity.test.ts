/// <reference types="chrome" />
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteResult } from '../../src/cli/scan/types';
import type { TabView } from '../../src/core/messages';
import { popupRows, waitFor } from './harness/extension';
import { LOOPBACK_ARGS, runCli } from './harness/run-cli';
import { type RunningScanSites, startScanSites } from './harness/scan-sites';
import { useExtension } from './harness/setup';

/**
 * The scanner and the extension share one engine: scanning the extension's own fixture page (www.site-a.test,
 * with a tracker pixel and script, a widget iframe with a partitioned cookie, and script-written cookies) must
 * list the same cookies in the same categories with the same findings as the popup shows for that page.
 */
describe('scan parity with the popup', () => {
  const env = useExtension();
  let scanSites: RunningScanSites;
  let scanned: SiteResult;

  beforeAll(async () => {
    scanSites = await startScanSites();
    const out = mkdtempSync(join(tmpdir(), 'scan-parity-'));
    const run = await runCli([
      'scan',
      scanSites.url('www.site-a.test'),
      '--phases',
      'none',
      '--format',
      'json',
      '--out',
      out,
      ...LOOPBACK_ARGS,
      '--wait',
      '1500',
    ]);
    expect([0, 1], run.stderr).toContain(run.code);
    scanned = (JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { sites: SiteResult[] })
      .sites[0] as SiteResult;
  }, 300_000);

  afterAll(async () => {
    await scanSites?.close();
  });

  it('lists the same cookies, categories, findings and blocked attempts', async () => {
    const page = await env.h.context.newPage();
    await page.goto(env.sites.https('www.site-a.test'));
    await page.waitForFunction(() => document.documentElement.dataset.trackerRan === 'yes');
    await page.waitForFunction(() => document.documentElement.dataset.cookiesSet === 'yes');
    const tabId = await env.h.tabIdOf(page);
    const popup = await env.h.openPopup(tabId);
    await popup.waitForSelector('[data-testid="cookie-row"][data-name="_fbp"]');
    // Every category expanded so no row hides behind "Show more".
    for (const more of await popup.locator('button', { hasText: /show/i }).all()) await more.click().catch(() => {});
    const rows = await popupRows(popup);
    // What the popup rendered came from this view: its findings per cookie.
    const view = await waitFor(
      () =>
        popup.evaluate(async (id: number) => {
          const reply = (await chrome.runtime.sendMessage({ type: 'get-tab-view', tabId: id })) as {
            ok: boolean;
            value: TabView;
          };
          return reply.ok ? reply.value : null;
        }, tabId),
      'tab view',
    );

    const phase = scanned.phases[0];
    expect(phase?.status).toBe('ok');
    const scanCookies = (phase?.audit?.cookies ?? []).map((c) => `${c.name} ${c.classification.category}`).sort();
    const popupCookies = rows.map((r) => `${r.name} ${r.section}`).sort();
    expect(scanCookies).toEqual(popupCookies);
    expect(scanCookies.length).toBeGreaterThanOrEqual(15);

    const findingsOf = (list: { name: string; findings: { ruleId: string }[] }[]) =>
      list
        .map(
          (c) =>
            `${c.name}: ${c.findings
              .map((f) => f.ruleId)
              .sort()
              .join(',')}`,
        )
        .sort();
    expect(findingsOf(phase?.audit?.cookies ?? [])).toEqual(
      findingsOf((view.audit?.cookies ?? []).map((c) => ({ name: c.cookie.name, findings: c.findings }))),
    );
    expect((phase?.audit?.siteFindings ?? []).map((f) => f.ruleId).sort()).toEqual(
      (view.audit?.siteFindings ?? []).map((f) => f.ruleId).sort(),
    );
    const blocked = (list: { name: string; domain: string }[]) => list.map((b) => `${b.name}@${b.domain}`).sort();
    expect(blocked(phase?.audit?.blocked ?? [])).toEqual(blocked(view.audit?.blocked ?? []));

    // What only the scanner adds: Chrome's own reason for each refusal (CDP), and the script that wrote a cookie.
    expect(
      phase?.audit?.blocked.map((b) => `${b.name}: ${b.reason}`),
      JSON.stringify(phase?.chromeBlocked),
    ).toContain('tb_uid: Chrome: UserPreferences');
    const fbp = phase?.audit?.cookies.find((c) => c.name === '_fbp');
    expect(phase?.origins[fbp?.id ?? '']).toMatchObject({
      kind: 'script',
      url: scanSites.url('tracker-b.test', '/t.js'),
    });
  });
});
