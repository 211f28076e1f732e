/**
 * Reports are written as a sequence of chunks (per site, per cookie) so the CLI can stream a report of any size to
 * a file or a pipe with flat memory; the extension, whose reports fit in memory, joins them into one string.
 */
export type Chunks = Iterable<string>;

/** All chunks as one string. */
export function joinChunks(chunks: Chunks): string {
  let out = '';
  for (const chunk of chunks) out += chunk;
  return out;
}
