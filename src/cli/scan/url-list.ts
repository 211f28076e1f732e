import { checkUrl } from './options';

/** A --urls file: one URL a line; blank lines and lines starting with # are skipped. */
export function parseUrlList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map(checkUrl);
}

/** The <loc> entries of a sitemap (sitemaps.org protocol), entity-decoded; a sitemap index's <loc>s are listed as they are. */
export function parseSitemap(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)) {
    const url = (m[1] ?? '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'");
    try {
      out.push(checkUrl(url));
    } catch {
      // A malformed <loc> is skipped, not fatal: the rest of the sitemap is still worth scanning.
    }
  }
  return out;
}

/** Drops repeats (first kept) and takes the I-th of N slices: every N-th URL from position I, so slices stay balanced. */
export function shardUrls(urls: readonly string[], shard: { index: number; count: number } | null): string[] {
  const unique = [...new Set(urls)];
  if (!shard) return unique;
  return unique.filter((_, i) => i % shard.count === shard.index - 1);
}
