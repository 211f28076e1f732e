import browser from 'webextension-polyfill';

/** A string from _locales/<lang>/messages.json; falls back to the key so a missing string is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
