import browser from 'webextension-polyfill';

/** A Firefox container ("contextual identity"): what the person named it and the colour its tabs are marked with. */
export interface Container {
  cookieStoreId: string;
  name: string;
  /** Firefox's colour name ("blue", "orange", ...) and the hex it paints. */
  color: string;
  colorCode: string;
  icon: string;
}

/** Container cookie stores are `firefox-container-<n>`; the default and private stores are not containers. */
export function isContainerStore(cookieStoreId: string | undefined): cookieStoreId is string {
  return cookieStoreId?.startsWith('firefox-container-') ?? false;
}

function toContainer(c: {
  cookieStoreId: string;
  name: string;
  color: string;
  colorCode: string;
  icon: string;
}): Container {
  return { cookieStoreId: c.cookieStoreId, name: c.name, color: c.color, colorCode: c.colorCode, icon: c.icon };
}

/**
 * The container of a cookie store, or null outside Firefox, for non-container stores, and when containers are
 * turned off (privacy.userContext.enabled false makes the API throw).
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/contextualIdentities/get
 */
export async function containerOf(cookieStoreId: string | undefined): Promise<Container | null> {
  if (!isContainerStore(cookieStoreId) || !browser.contextualIdentities) return null;
  try {
    return toContainer(await browser.contextualIdentities.get(cookieStoreId));
  } catch {
    return null;
  }
}

/** Every container the person has, for filters; empty outside Firefox or with containers off. */
export async function listContainers(): Promise<Container[]> {
  if (!browser.contextualIdentities) return [];
  try {
    return (await browser.contextualIdentities.query({})).map(toContainer);
  } catch {
    return [];
  }
}
