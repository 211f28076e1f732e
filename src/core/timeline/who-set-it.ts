import { cookieHost } from '../party';
import type { Cookie } from '../types';
import { urlWithoutQuery } from '../url-without-query';
import type { SetBy } from './event';

/** A Set-Cookie header seen in a response to the tab (value left out), as the tab record keeps it. */
export interface SeenSetCookie {
  name: string;
  /** Domain attribute without the dot, lower-cased; '' for a host-only cookie. */
  domain: string;
  path: string;
  /** Host of the response URL. */
  host: string;
  url: string;
  /** ms since the epoch. */
  at: number;
  /** The header deleted the cookie (Max-Age <= 0 or Expires in the past). */
  deletes: boolean;
}

/**
 * The browser stores a Set-Cookie cookie right after `webRequest.onHeadersReceived` shows the header, usually in
 * the same millisecond; a header older than this is not the one that caused the change.
 */
export const SET_COOKIE_WINDOW_MS = 5000;

/**
 * Who wrote or deleted a cookie: the most recent matching Set-Cookie header of the tab, within a few seconds of the
 * change, else script in the page (the frame URL the caller knows, without query or fragment).
 */
export function whoSetIt(
  cookie: Pick<Cookie, 'name' | 'domain' | 'path' | 'hostOnly'>,
  removal: boolean,
  seen: readonly SeenSetCookie[],
  options: { at: number; frameUrl?: string },
): SetBy {
  const host = cookieHost(cookie.domain);
  for (let i = seen.length - 1; i >= 0; i--) {
    const s = seen[i]!;
    if (s.deletes !== removal || s.name !== cookie.name || s.path !== cookie.path) continue;
    if (options.at - s.at > SET_COOKIE_WINDOW_MS || s.at - options.at > SET_COOKIE_WINDOW_MS) continue;
    const sameDomain = cookie.hostOnly ? s.domain === '' && s.host === host : s.domain === host;
    if (sameDomain) return { kind: 'response', url: urlWithoutQuery(s.url) };
  }
  return options.frameUrl === undefined
    ? { kind: 'script' }
    : { kind: 'script', frameUrl: urlWithoutQuery(options.frameUrl) };
}
