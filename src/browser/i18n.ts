import browser from 'webextension-polyfill';

/** A string from _locales/<lang>/messages.json; falls back to the key so a missing string is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * Makes the page's first message lookup now. In a new extension process Chromium's first `i18n.getMessage` blocks
 * on a synchronous call to the browser for the extension's message catalogue (≈ 5–16 ms here; later lookups, and
 * later pages in the same process, read the renderer's copy). The popup's first paint calls this while its reads
 * are out, so the wait overlaps theirs instead of lengthening the build of the first screen.
 */
export function loadMessages(): void {
  try {
    browser.i18n.getMessage('extName');
  } catch {
    // The lookups in the build then say what failed, as before.
  }
}
