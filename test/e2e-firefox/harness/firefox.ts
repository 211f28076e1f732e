import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../scripts/manifest-variant';
import { waitFor } from '../../e2e/harness/extension';

export const DIST_FIREFOX = resolve(import.meta.dirname, '../../../dist-firefox');

/**
 * The moz-extension:// host Firefox gives the extension. Firefox picks a random UUID per profile unless the pref
 * `extensions.webextensions.uuids` maps the add-on id to one, which we set before launch.
 */
export const EXTENSION_UUID = '6f1c3d2a-8b4e-4c5f-9a1d-2e3f4a5b6c7d';

/** Debian's firefox-esr, or FIREFOX_PATH. Under CI a missing browser is a failure, never a skip. */
export function findFirefox(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  return null;
}

export interface FirefoxOptions {
  /** privacy.firstparty.isolate: every cookie keyed to the first-party site it was set under. */
  firstPartyIsolate?: boolean;
}

/** The `browser` global of an extension page, as far as the tests use it (typed loosely: it is Firefox's API). */
// biome-ignore lint/suspicious/noExplicitAny: the page-side WebExtension API, reached only inside page.evaluate
export type ExtensionApi = any;

export interface FirefoxHarness {
  browser: Browser;
  downloads: string;
  extensionUrl(path: string): string;
  /** Runs `fn` in an extension page with the `browser` API (Firefox's background page is not a target). */
  inExtension<T, A>(fn: (api: ExtensionApi, arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Opens `url` in a new tab of the default store and returns the page and its tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens `url` in a tab of a container (created by the extension, as a person does from the menu). */
  openInContainer(url: string, cookieStoreId: string): Promise<number>;
  /** The popup, as a page of its own for a tab (`?tab=ID`), once it has rendered. */
  openPopup(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

/**
 * puppeteer's BiDi navigation never reports a moz-extension:// load as finished: start it, then wait for the
 * document itself.
 */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url, { timeout: 60_000 }).catch(() => undefined);
  await waitFor(
    async () => page.evaluate((u) => location.href === u && document.readyState === 'complete', url),
    `extension page ${url}`,
  );
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxHarness> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found: install Debian package "firefox-esr" or set FIREFOX_PATH.');
  if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) {
    throw new Error('dist-firefox/ is not built: run npm run build:firefox first.');
  }
  const downloads = mkdtempSync(join(tmpdir(), 'cookie-auditor-ff-downloads-'));
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    // Every test hostname resolves to loopback, where test/e2e/harness serves the fixture sites.
    'network.dns.forceResolve': '127.0.0.1',
    // Downloads go straight to a folder the test reads, without a dialog.
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    // Containers on, as they are once any container add-on is installed.
    'privacy.userContext.enabled': true,
  };
  if (options.firstPartyIsolate) prefs['privacy.firstparty.isolate'] = true;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // The fixture certificate is self-signed.
    acceptInsecureCerts: true,
    // Firefox ESR 153.8 refuses a WebDriver BiDi navigation to a moz-extension:// page ("not allowed in this
    // context": remote/shared/BrowsingContextUtils isWebdriverSafeNavigationURL) unless the remote agent is started
    // with system access; the tests open the extension's own pages that way.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs,
  });
  const id = await browser.installExtension(DIST_FIREFOX);
  if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
  const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;

  // One extension page stays open to reach the WebExtension API from the test.
  const control = await browser.newPage();
  await gotoExtensionPage(control, extensionUrl('src/reports/index.html'));
  const inExtension = async <T, A>(fn: (api: ExtensionApi, arg: A) => T | Promise<T>, arg: A): Promise<T> =>
    // Sent as an expression: BiDi evaluates it as the debugger, so the page's CSP (no eval) does not apply.
    control.evaluate(`(${fn.toString()})(browser, ${JSON.stringify(arg ?? null)})`) as Promise<T>;

  // The background script may still be starting: wait until it answers a message (its listeners are registered
  // synchronously at the top level, so from then on no event is missed).
  await waitFor(
    () =>
      inExtension(async (api) => {
        const reply = (await api.runtime.sendMessage({ type: 'get-settings' })) as { ok?: boolean } | undefined;
        return reply?.ok === true;
      }, null),
    'background ready',
  );

  const listIds = (): Promise<number[]> =>
    inExtension(async (api) => (await api.tabs.query({})).map((t: { id: number }) => t.id), null);

  return {
    browser,
    downloads,
    extensionUrl,
    inExtension,
    async openTab(url) {
      const before = new Set(await listIds());
      const page = await browser.newPage();
      const tabId = await waitFor(async () => (await listIds()).find((i) => !before.has(i)) ?? null, 'new tab id');
      await page.goto(url);
      return { page, tabId };
    },
    async openInContainer(url, cookieStoreId) {
      return inExtension(
        async (api, a: { url: string; cookieStoreId: string }) => (await api.tabs.create(a)).id as number,
        { url, cookieStoreId },
      );
    },
    async openPopup(tabId) {
      const popup = await browser.newPage();
      await gotoExtensionPage(popup, extensionUrl(`src/popup/index.html?tab=${tabId}`));
      await popup.waitForSelector('[data-testid^="state-"]:not([data-testid="state-loading"]), [data-testid="app"]');
      return popup;
    },
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/**
 * Downloads Firefox has finished writing. While it writes, Firefox keeps the content in `NAME.part` and an empty
 * placeholder under the final name, so a file counts once its `.part` is gone and it has bytes (a test that read
 * the placeholder saw an empty report).
 */
export function finishedDownloads(dir: string): string[] {
  const names = new Set(readdirSync(dir));
  return [...names].filter((f) => !f.endsWith('.part') && !names.has(`${f}.part`) && statSync(join(dir, f)).size > 0);
}

/** Each cookie row of the popup: name, category section, and the rule ids of its findings once opened. */
export async function popupRows(popup: Page): Promise<{ name: string; section: string }[]> {
  return popup.$$eval('[data-testid="cookie-row"]', (rows) =>
    rows.map((r) => ({
      name: r.getAttribute('data-name') ?? '',
      section: r.closest('section')?.getAttribute('data-testid')?.replace('section-', '') ?? '',
    })),
  );
}

/** Opens a cookie row of the popup (closing any other) and returns the text of its details panel. */
export async function cookieDetails(popup: Page, name: string): Promise<string> {
  const row = `[data-testid="cookie-row"][data-name="${name}"]`;
  await popup.click(`${row} .row`);
  const details = await popup.waitForSelector(`${row} [data-testid="details"]`);
  if (!details) throw new Error(`no details panel for the cookie ${name}`);
  return details.evaluate((e) => (e as HTMLElement).innerText);
}
