/**
 * RFC 1035 §2.3.4: a name is at most 255 octets on the wire, which leaves 253 characters in text form (no root
 * dot), and a label at most 63. A browser's cookie store holds hosts it resolved, so a longer one came from no
 * browser; refusing it also keeps a 1 MB "domain" out of every site heading, CSV cell and JSON string.
 */
export const MAX_HOST_CHARS = 253;
export const MAX_LABEL_CHARS = 63;

/** The canonical domain, or why no browser would have stored the one given (a phrase, for the caller's message). */
export type CanonicalDomain = { domain: string } | { refused: string; tooLong: boolean };

/**
 * A cookie file's domain as a browser would have stored it, or why no browser would store it. The page URL
 * goes through the WHATWG URL parser, so the cookie's domain must too, or `пример.рф`, `%41.com` and `0x7f.1` would
 * be grouped under their raw text and read as third party on their own site. The parser gives the canonical form
 * (URL Standard §3.5 host parsing: percent-decoding, IDNA ToASCII to punycode, lower case, IPv4 in any of its
 * forms to dotted decimal) and rejects what is not a host (`1.2.3.4.5`: a numeric last label makes it IPv4, and
 * five parts are not). The leading dot of a Domain cookie is kept. Lengths are judged on the canonical form, the
 * punycode a resolver would be asked for.
 */
export function canonicalDomain(raw: string): CanonicalDomain {
  const notHost = { refused: 'is not a host name a browser would store', tooLong: false };
  const text = raw.trim();
  const dot = text.startsWith('.') ? '.' : '';
  const host = text.slice(dot.length);
  if (host === '' || host.startsWith('.')) return notHost;
  const ipv6 = host.startsWith('[') && host.endsWith(']');
  // A path, query, fragment, credentials, port or white space would be read as another part of the URL.
  if (!ipv6 && /[/\\?#@:\s]/.test(host)) return notHost;
  let parsed: string;
  try {
    parsed = new URL(`http://${host}/`).hostname;
  } catch {
    return notHost;
  }
  if (parsed === '') return notHost;
  if (!ipv6) {
    const name = parsed.endsWith('.') ? parsed.slice(0, -1) : parsed;
    if (name.length > MAX_HOST_CHARS) {
      const refused = `is ${name.length.toLocaleString('en')} characters long; a host name has at most ${MAX_HOST_CHARS}`;
      return { refused, tooLong: true };
    }
    let longest = 0;
    for (const label of name.split('.')) longest = Math.max(longest, label.length);
    if (longest > MAX_LABEL_CHARS) {
      const refused = `has a label of ${longest.toLocaleString('en')} characters; a label has at most ${MAX_LABEL_CHARS}`;
      return { refused, tooLong: true };
    }
  }
  return { domain: dot + parsed };
}
