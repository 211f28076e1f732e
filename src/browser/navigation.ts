import browser from 'webextension-polyfill';

/** The top-level document committed (after redirects): the final URL of the page. */
export function onTopLevelCommitted(listener: (tabId: number, url: string) => void): void {
  browser.webNavigation.onCommitted.addListener((d) => {
    if (d.frameId === 0 && d.tabId >= 0) listener(d.tabId, d.url);
  });
}

/** A frame of the page started loading: its host is part of what the tab talks to. */
export function onFrameNavigation(listener: (tabId: number, url: string) => void): void {
  browser.webNavigation.onCommitted.addListener((d) => {
    if (d.frameId !== 0 && d.tabId >= 0) listener(d.tabId, d.url);
  });
}
