/**
 * A cookie file's domain as a browser would have stored it, or null when no browser would store it. The page URL
 * goes through the WHATWG URL parser, so the cookie's domain must too, or `пример.рф`, `%41.com` and `0x7f.1` would
 * be grouped under their raw text and read as third party on their own site. The parser gives the canonical form
 * (URL Standard §3.5 host parsing: percent-decoding, IDNA ToASCII to punycode, lower case, IPv4 in any of its
 * forms to dotted decimal) and rejects what is not a host (`1.2.3.4.5`: a numeric last label makes it IPv4, and
 * five parts are not). The leading dot of a Domain cookie is kept.
 */
export function canonicalDomain(raw: string): string | null {
  const text = raw.trim();
  const dot = text.startsWith('.') ? '.' : '';
  const host = text.slice(dot.length);
  if (host === '' || host.startsWith('.')) return null;
  const ipv6 = host.startsWith('[') && host.endsWith(']');
  // A path, query, fragment, credentials, port or white space would be read as another part of the URL.
  if (!ipv6 && /[/\\?#@:\s]/.test(host)) return null;
  try {
    const parsed = new URL(`http://${host}/`).hostname;
    return parsed === '' ? null : dot + parsed;
  } catch {
    return null;
  }
}
