import browser, { type WebRequest } from 'webextension-polyfill';
import type { ReceivedResponse, SentRequest } from '../worker/ports';

const FILTER: WebRequest.RequestFilter = { urls: ['<all_urls>'] };

function header(headers: WebRequest.HttpHeaders | undefined, name: string): string[] {
  const out: string[] = [];
  for (const h of headers ?? []) if (h.name.toLowerCase() === name && h.value !== undefined) out.push(h.value);
  return out;
}

/**
 * Chrome only shows Cookie and Set-Cookie headers to listeners registered with 'extraHeaders'; Firefox shows them
 * anyway and rejects the unknown option, so try with it first.
 */
function addWithExtraHeaders<T>(
  event: { addListener(cb: (d: T) => void, filter: WebRequest.RequestFilter, spec?: string[]): void },
  cb: (d: T) => void,
  base: string,
): void {
  try {
    event.addListener(cb, FILTER, [base, 'extraHeaders']);
  } catch {
    event.addListener(cb, FILTER, [base]);
  }
}

export function onRequestSent(listener: (r: SentRequest) => void): void {
  addWithExtraHeaders<WebRequest.OnSendHeadersDetailsType>(
    browser.webRequest.onSendHeaders as never,
    (d) => {
      if (d.tabId < 0) return;
      const cookie = header(d.requestHeaders, 'cookie');
      const r: SentRequest = { tabId: d.tabId, frameId: d.frameId, url: d.url, type: d.type };
      if (cookie.length > 0) r.cookieHeader = cookie.join('; ');
      // GPC spec §3.2 (https://privacycg.github.io/gpc-spec/#the-sec-gpc-header-field-for-http-requests): the only
      // valid value is "1". The header is what both browsers send; a worker has no navigator.globalPrivacyControl.
      if (header(d.requestHeaders, 'sec-gpc').some((v) => v.trim() === '1')) r.gpc = true;
      listener(r);
    },
    'requestHeaders',
  );
}

export function onResponseReceived(listener: (r: ReceivedResponse) => void): void {
  addWithExtraHeaders<WebRequest.OnHeadersReceivedDetailsType>(
    browser.webRequest.onHeadersReceived as never,
    (d) => {
      if (d.tabId < 0) return;
      // Some stacks fold several Set-Cookie headers into one value separated by newlines.
      const setCookies = header(d.responseHeaders, 'set-cookie').flatMap((v) => v.split('\n'));
      listener({ tabId: d.tabId, frameId: d.frameId, url: d.url, type: d.type, setCookies });
    },
    'responseHeaders',
  );
}

/**
 * A top-level document request is starting. The tab's record resets here rather than on webNavigation: the page's
 * subresource requests come through this same event queue and can only start after it, so no reordering between
 * two APIs (as when a stopped worker is woken) can wipe them. Redirect hops keep the same requestId.
 */
export function onMainFrameRequest(listener: (tabId: number, url: string, requestId: string) => void): void {
  browser.webRequest.onBeforeRequest.addListener(
    (d) => {
      if (d.tabId >= 0) listener(d.tabId, d.url, d.requestId);
      return undefined;
    },
    { urls: ['<all_urls>'], types: ['main_frame'] },
  );
}
