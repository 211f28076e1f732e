/**
 * The main job in one command (`npm run demo`): builds the extension, serves the local fixture sites, launches
 * Chromium with the extension loaded (headless unless --headed), visits the first-party site, opens the popup for
 * that tab, and writes a screenshot and a printout of what the popup shows.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, waitFor } from '../test/e2e/harness/extension';
import { startSites } from '../test/e2e/harness/site-server';

const headed = process.argv.includes('--headed');
const outDir = resolve(process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? 'demo-output');
mkdirSync(outDir, { recursive: true });

/**
 * A full-page shot of what a person scrolling the popup sees. Rows below the fold use `content-visibility: auto` and
 * are never painted into a plain full-page screenshot, so the viewport is made as tall as the page first.
 */
async function scrolledShot(popup: Page, path: string): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    await popup.setViewportSize({ width: 560, height: Math.min(height, 16_000) });
  }
  await popup.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await popup.screenshot({ path });
  await popup.setViewportSize({ width: 560, height: 600 });
}

const sites = await startSites();
const h = await launchWithExtension({ headed });
try {
  const url = sites.https('www.site-a.test');
  const page = await h.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.trackerRan === 'yes');
  const tabId = await h.tabIdOf(page);
  const popup = await h.openPopup(tabId);
  await waitFor(async () => ((await popup.$$('[data-testid="cookie-row"]')).length >= 15 ? true : null), 'cookies');
  // Open the first risky cookie so the screenshot shows a finding and its fix.
  await popup.locator('[data-testid="cookie-row"] .row').first().click();
  const shot = join(outDir, 'popup.png');
  await scrolledShot(popup, shot);
  // What the toolbar popup shows at its real size (560 × 600), before scrolling.
  await popup.screenshot({ path: join(outDir, 'popup-viewport.png') });
  await popup.emulateMedia({ colorScheme: 'dark' });
  const darkShot = join(outDir, 'popup-dark.png');
  await scrolledShot(popup, darkShot);
  const text = await popup.locator('body').innerText();
  const printout = join(outDir, 'popup.txt');
  writeFileSync(printout, `${text}\n`);
  console.log(text);
  console.log(`\nVisited ${url} in Chromium with the extension loaded (tab ${tabId}).`);
  console.log(`Popup screenshot: ${shot}\nDark theme:       ${darkShot}\nPopup text:       ${printout}`);
} finally {
  await h.close();
  await sites.close();
}
