export type CookieFileFormat = 'json' | 'netscape';

/** Where in the file the problem is: a line (Netscape, or JSON syntax), or a cookie's array index and field (JSON). */
export interface CookieFileErrorLocation {
  format?: CookieFileFormat;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
  /** 0-based index of the cookie in the JSON array. */
  index?: number;
  field?: string;
}

/**
 * A cookie file that cannot be read: too large, not JSON and not Netscape, or a cookie with a bad field.
 * `message` is written for a person and already names the place at fault; callers print it, never a stack.
 */
export class CookieFileError extends Error {
  readonly location: CookieFileErrorLocation;

  constructor(reason: string, location: CookieFileErrorLocation = {}) {
    super(`${where(location)}${reason}`);
    this.name = 'CookieFileError';
    this.location = location;
  }
}

function where(l: CookieFileErrorLocation): string {
  if (l.index !== undefined) return `cookie at index ${l.index}${l.field ? `, field "${l.field}"` : ''}: `;
  if (l.line !== undefined) return `line ${l.line}${l.column !== undefined ? `, column ${l.column}` : ''}: `;
  return '';
}
