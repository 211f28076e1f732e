import browser from 'webextension-polyfill';

export async function setBadge(tabId: number, text: string, color: string, title: string): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color });
    await browser.action.setTitle({ tabId, title });
  } catch {
    // The tab closed between the event and the update.
  }
}
