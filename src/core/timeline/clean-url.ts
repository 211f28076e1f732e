/** URLs kept in the timeline are capped: a page URL can be megabytes long. */
export const MAX_URL_CHARS = 2048;

/**
 * A URL as the timeline may keep it: no query, no fragment, no credentials (they can hold reset tokens, OAuth
 * codes and passwords), capped in length. Text that is not a URL is dropped to its first path-like part.
 */
export function urlWithoutQuery(url: string): string {
  try {
    const u = new URL(url);
    u.search = '';
    u.hash = '';
    u.username = '';
    u.password = '';
    return u.href.slice(0, MAX_URL_CHARS);
  } catch {
    return (url.split(/[?#]/, 1)[0] ?? '').slice(0, MAX_URL_CHARS);
  }
}
