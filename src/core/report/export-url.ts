/**
 * A URL as an export may carry it. With values left out, the query and the fragment go too: password-reset tokens,
 * OAuth codes (RFC 6749 §4.1.2 puts the code in the query, §4.2.2 the implicit-grant token in the fragment) and
 * session ids travel there, and a report that says values are left out must not hold them in a URL instead.
 * Text that does not parse as a URL is cut at the first `?` or `#` all the same.
 */
export function exportUrl(url: string, includeValues: boolean): string {
  if (includeValues) return url;
  try {
    const u = new URL(url);
    u.search = '';
    u.hash = '';
    return u.href;
  } catch {
    const cut = url.search(/[?#]/);
    return cut < 0 ? url : url.slice(0, cut);
  }
}
