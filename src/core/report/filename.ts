import { isoDate } from './cookie-facts';

/**
 * A site name safe in a filename on every OS: IDNs as punycode, anything but [a-z0-9.-] replaced, no leading dots
 * (hidden files) and capped (most file systems allow 255 bytes per name).
 */
export function filenameSite(site: string): string {
  let host = site.trim().toLowerCase();
  // Only a bare host goes through the URL parser (for punycode): "../x" or "a/b" would be read as a path.
  if (/^[^/\\:?#@\s]+$/.test(host)) {
    try {
      host = new URL(`http://${host}/`).hostname;
    } catch {
      // Not a valid host (junk from an import): sanitise the text as it is.
    }
  }
  const safe = host
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 100);
  return safe || 'unknown-site';
}

/** `cookies-<site>-<YYYY-MM-DD>[-with-values].<ext>`; the suffix warns before the file is even opened. */
export function reportFilename(site: string, generatedAt: string, ext: string, includeValues: boolean): string {
  return `cookies-${filenameSite(site)}-${isoDate(generatedAt)}${includeValues ? '-with-values' : ''}.${ext}`;
}
