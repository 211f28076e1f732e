import browser from 'webextension-polyfill';

export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}

/** URL of one of the extension's own pages. */
export function pageUrl(path: string): string {
  return browser.runtime.getURL(path);
}
