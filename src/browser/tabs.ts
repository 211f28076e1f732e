import browser from 'webextension-polyfill';
import type { TabInfo } from '../worker/ports';

function info(t: {
  id?: number;
  url?: string;
  title?: string;
  incognito: boolean;
  cookieStoreId?: string;
}): TabInfo | null {
  if (t.id === undefined) return null;
  const out: TabInfo = { id: t.id, url: t.url ?? '', title: t.title ?? '', incognito: t.incognito };
  if (t.cookieStoreId) out.cookieStoreId = t.cookieStoreId;
  return out;
}

export async function getTab(tabId: number): Promise<TabInfo | null> {
  try {
    return info(await browser.tabs.get(tabId));
  } catch {
    return null;
  }
}

export async function getActiveTab(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab ? info(tab) : null;
}

export async function listTabs(): Promise<TabInfo[]> {
  const tabs = await browser.tabs.query({});
  return tabs.map(info).filter((t): t is TabInfo => t !== null);
}

export function onTabRemoved(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
}

/** Prerendered or discarded tabs get swapped for new ids. */
export function onTabReplaced(listener: (added: number, removed: number) => void): void {
  browser.tabs.onReplaced.addListener((added, removed) => listener(added, removed));
}

export function onTabCreated(listener: (tab: TabInfo) => void): void {
  browser.tabs.onCreated.addListener((t) => {
    const i = info(t);
    if (i) listener(i);
  });
}
