/**
 * Cookie-name globs: `*` stands for any run of characters (possibly empty), everything else is literal.
 * Compiled once at catalogue build so matching needs no regex and allocates nothing.
 */
export interface Glob {
  /** Literal text before the first `*`. */
  prefix: string;
  /** Literal text after the last `*`. */
  suffix: string;
  /** Literal runs between stars, in order (empty runs dropped). */
  middles: readonly string[];
  /** Count of literal characters: how specific the pattern is. */
  literalLength: number;
}

export function compileGlob(pattern: string): Glob {
  const parts = pattern.split('*');
  const prefix = parts[0] ?? '';
  const suffix = parts.length > 1 ? (parts[parts.length - 1] ?? '') : '';
  const middles = parts.slice(1, -1).filter((p) => p !== '');
  const literalLength = parts.reduce((n, p) => n + p.length, 0);
  return { prefix, suffix, middles, literalLength };
}

export function globMatches(glob: Glob, name: string): boolean {
  const { prefix, suffix, middles } = glob;
  if (name.length < prefix.length + suffix.length) return false;
  if (!name.startsWith(prefix) || !name.endsWith(suffix)) return false;
  let at = prefix.length;
  const end = name.length - suffix.length;
  for (const m of middles) {
    const i = name.indexOf(m, at);
    if (i < 0 || i + m.length > end) return false;
    at = i + m.length;
  }
  return true;
}
