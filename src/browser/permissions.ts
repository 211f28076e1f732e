import browser from 'webextension-polyfill';

/**
 * Whether the extension may still read every site. People can withdraw host access after install (Firefox:
 * about:addons → Permissions; Chrome: Site access "on click" or "on specific sites"); the cookies API then returns
 * nothing for those sites and tabs' URLs are hidden. Assume access when the API cannot say.
 */
export async function hasAllSitesAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: ['<all_urls>'] });
  } catch {
    return true;
  }
}
