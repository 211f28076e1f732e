import browser from 'webextension-polyfill';
import { FIRST_SCREEN_PREFIX, type FirstScreen, validFirstScreen } from '../core/first-screen-summary';

/**
 * The first-screen summary the worker keeps for a tab (`?tab=ID`, else the active tab of the popup's window), read
 * straight from storage.session: no message to the worker, which may be asleep. Null when there is none, or when it
 * describes another page than the tab shows now (the tab navigated since), or a private tab (never kept).
 */
export async function readFirstScreen(tabId?: number): Promise<FirstScreen | null> {
  const tabP =
    tabId === undefined
      ? browser.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0])
      : browser.tabs.get(tabId);
  // With a known tab id, the tab and its summary are read together.
  const gotP = tabId === undefined ? null : browser.storage.session.get(FIRST_SCREEN_PREFIX + tabId);
  const tab = await tabP;
  if (tab?.id === undefined || tab.incognito) return null;
  const got = await (gotP ?? browser.storage.session.get(FIRST_SCREEN_PREFIX + tab.id));
  const summary = validFirstScreen(got[FIRST_SCREEN_PREFIX + tab.id]);
  return summary && summary.tabId === tab.id && summary.url === tab.url ? summary : null;
}
