import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

export interface LaunchSettings {
  executablePath: string;
  headed: boolean;
  /** Chrome 156 blocks third-party cookies by default; true turns that off for the scan (recorded in the report). */
  allowThirdPartyCookies: boolean;
  /** Passed to Chromium as they are, after ours (a later flag wins). */
  chromeArgs: readonly string[];
}

export interface FreshBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Flags that keep Chromium from talking to anything but the site: a scan must not add its own traffic. */
const QUIET_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-gpu',
  '--no-sandbox',
];

/**
 * Chromium with a brand-new profile directory: no cookie, cache or consent from an earlier phase or site.
 * Third-party cookies are allowed through the profile preference, the only switch Chromium 156 honours
 * (shared/notes/toolchain.md, trap 1: `block_third_party_cookies` alone does not do it).
 */
export async function launchFresh(settings: LaunchSettings): Promise<FreshBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'cookie-scan-profile-'));
  mkdirSync(join(profile, 'Default'), { recursive: true });
  const prefs = settings.allowThirdPartyCookies ? { profile: { cookie_controls_mode: 0 } } : {};
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(prefs));
  try {
    // Loaded on first use: `cookie-auditor audit` never pays for playwright-core's start-up.
    const { chromium } = await import('playwright-core');
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: settings.executablePath,
      headless: !settings.headed,
      viewport: { width: 1280, height: 900 },
      args: [...QUIET_FLAGS, ...settings.chromeArgs],
    });
    return {
      context,
      async close() {
        await context.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}
