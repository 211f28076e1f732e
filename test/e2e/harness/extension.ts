/// <reference types="chrome" />
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const DIST = resolve(import.meta.dirname, '../../../dist');
/** The bench build (`vite build --mode bench`): the same extension plus timing hooks on the worker's global scope. */
export const DIST_BENCH = resolve(import.meta.dirname, '../../../dist-bench');
export const ARTIFACTS = resolve(import.meta.dirname, '../../../artifacts');

/** Debian's chromium, or CHROME_PATH. Under CI a missing browser is a failure, never a skip. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  return null;
}

export interface LaunchOptions {
  /** Chromium 156 blocks third-party cookies by default; `true` turns that off (toolchain notes, trap 1). */
  allowThirdPartyCookies?: boolean;
  colorScheme?: 'light' | 'dark';
  headed?: boolean;
  /** Lets the extension run in incognito windows (chrome://extensions "Allow in Incognito"). */
  allowIncognito?: boolean;
  /** The unpacked extension to load: dist/ (the release build) unless a bench passes dist-bench/. */
  dist?: string;
  /**
   * Turns on the browser's Global Privacy Control: Chromium 156 has no setting for it, but its feature
   * `GlobalPrivacyControlForce` sends `Sec-GPC: 1` on every request and sets navigator.globalPrivacyControl (checked
   * on this machine's Debian build; `GlobalPrivacyControl` alone sends nothing).
   */
  globalPrivacyControl?: boolean;
}

/** Chrome's id for an unpacked extension: SHA-256 of its absolute path, 32 hex digits mapped 0-f to a-p. */
export function unpackedExtensionId(path: string): string {
  return [...createHash('sha256').update(path).digest('hex').slice(0, 32)]
    .map((c) => String.fromCharCode(97 + Number.parseInt(c, 16)))
    .join('');
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  /** Evaluates in the service worker with a timeout (a stale worker handle can hang after a CDP stop). */
  inWorker<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  tabIdOf(page: Page): Promise<number>;
  /** Opens `url` in a new tab and returns the page and its tab id (works for browser pages whose URL is hidden). */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  openPopup(tabId: number, page?: Page): Promise<Page>;
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms)),
  ]);
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<Harness> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install Debian package "chromium" or set CHROME_PATH.');
  const dist = options.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} is not built: run npm run build first.`);
  const profile = mkdtempSync(join(tmpdir(), 'cookie-auditor-profile-'));
  mkdirSync(join(profile, 'Default'), { recursive: true });
  const extensions: Record<string, unknown> = { ui: { developer_mode: true } };
  if (options.allowIncognito) extensions.settings = { [unpackedExtensionId(dist)]: { incognito: true } };
  const prefs: Record<string, unknown> = { extensions };
  if (options.allowThirdPartyCookies) prefs.profile = { cookie_controls_mode: 0 };
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(prefs));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: !options.headed,
    ignoreDefaultArgs: ['--disable-extensions'],
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1000, height: 800 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--host-resolver-rules=MAP * 127.0.0.1',
      '--ignore-certificate-errors',
      ...(options.globalPrivacyControl ? ['--enable-features=GlobalPrivacyControlForce'] : []),
    ],
  });
  let sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(sw.url()).host;

  const currentWorker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().filter((w) => w.url().includes(extensionId));
    sw = live[live.length - 1] ?? sw;
    return sw;
  };

  const inWorker = async <T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> => {
    const w = await currentWorker();
    return withTimeout(w.evaluate(fn as never, arg as never) as Promise<T>, 10_000, 'worker evaluate');
  };

  // The worker is handed over before its module ran (toolchain notes, trap 4): wait until it has registered its
  // listeners. Events that arrive before its stored state has loaded queue behind the load, so none is lost.
  await waitFor(
    async () =>
      inWorker(() => chrome.cookies.onChanged.hasListeners() && chrome.runtime.onMessage.hasListeners(), null),
    'worker ready',
  );

  const harness: Harness = {
    context,
    extensionId,
    worker: currentWorker,
    inWorker,
    async tabIdOf(page) {
      const url = page.url();
      const id = await waitFor(
        () =>
          inWorker(async (u: string) => {
            const tabs = await chrome.tabs.query({});
            return tabs.find((t) => t.url === u)?.id ?? null;
          }, url),
        `tab id of ${url}`,
      );
      return id;
    },
    async openTab(url) {
      const listIds = () => inWorker(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1), null);
      const before = new Set(await listIds());
      const page = await context.newPage();
      const tabId = await waitFor(async () => (await listIds()).find((id) => !before.has(id)) ?? null, 'new tab id');
      await page.goto(url);
      return { page, tabId };
    },
    async openPopup(tabId, existing) {
      const popup = existing ?? (await context.newPage());
      await popup.setViewportSize({ width: 560, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
      await popup.waitForSelector('[data-testid^="state-"]:not([data-testid="state-loading"]), [data-testid="app"]');
      return popup;
    },
    async stopWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      const browserCdp = await context.browser()?.newBrowserCDPSession();
      if (browserCdp) {
        // Prove it stopped: the worker target goes away.
        await waitFor(async () => {
          const { targetInfos } = (await browserCdp.send('Target.getTargets')) as {
            targetInfos: { type: string; url: string }[];
          };
          return targetInfos.some((t) => t.type === 'service_worker' && t.url.includes(extensionId)) ? null : true;
        }, 'service worker to stop');
        await browserCdp.detach();
      }
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return harness;
}

/** Polls until `fn` returns something other than null/false, or fails with what it was waiting for. */
export async function waitFor<T>(fn: () => Promise<T | null | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v !== null && v !== false) return v;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/** The text of every cookie row in the popup: what a person reads. */
export async function popupRows(popup: Page): Promise<{ name: string; section: string; text: string }[]> {
  return popup.$$eval('[data-testid="cookie-row"]', (rows) =>
    rows.map((r) => ({
      name: r.getAttribute('data-name') ?? '',
      section: r.closest('section')?.getAttribute('data-testid')?.replace('section-', '') ?? '',
      text: (r.querySelector('.row') as HTMLElement | null)?.innerText ?? '',
    })),
  );
}
