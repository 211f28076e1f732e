import type { Cookie } from '../types';
import { CookieFileError, type CookieFileFormat } from './cookie-file-error';
import { MAX_COOKIE_FILE_BYTES, MAX_COOKIES_PER_FILE } from './limits';
import { parseJsonCookies } from './parse-json-cookies';
import { parseNetscapeCookies } from './parse-netscape';

export interface ParseCookieFileOptions {
  maxBytes?: number;
  maxCookies?: number;
}

export interface ParsedCookieFile {
  format: CookieFileFormat;
  cookies: Cookie[];
}

/**
 * Reads a cookie file of either kind, told apart by its first character: JSON starts with `[` or `{`, a Netscape
 * file with a comment or a domain. Throws CookieFileError, whose message names the line or cookie at fault.
 */
export function parseCookieFile(text: string, options: ParseCookieFileOptions = {}): ParsedCookieFile {
  const maxBytes = options.maxBytes ?? MAX_COOKIE_FILE_BYTES;
  const maxCookies = options.maxCookies ?? MAX_COOKIES_PER_FILE;
  // A UTF-16 unit is at least one UTF-8 byte, so the length is a lower bound on the file size.
  if (text.length > maxBytes) throw new CookieFileError(`the file is larger than ${formatBytes(maxBytes)}`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = body.trimStart().charAt(0);
  if (first === '') throw new CookieFileError('the file is empty');
  if (first === '[' || first === '{') return { format: 'json', cookies: parseJsonCookies(body, maxCookies) };
  refuseJsonScalar(body, first);
  return { format: 'netscape', cookies: parseNetscapeCookies(body, maxCookies) };
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * `5`, `"x"`, `true` or `null` is a whole JSON document (RFC 8259 §2), just not a list of cookies: say that, rather
 * than reporting it as a broken Netscape line. Only text that can start a JSON scalar is tried.
 */
function refuseJsonScalar(body: string, first: string): void {
  if (!/^["\-0-9tfn]$/.test(first)) return;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return;
  }
  const what =
    value === null
      ? 'null'
      : typeof value === 'string'
        ? `a single string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`
        : `a single ${typeof value} (${String(value)})`;
  throw new CookieFileError(
    `the file is JSON holding ${what}, not cookies: expected an array of cookies or an object with a "cookies" array`,
    { format: 'json' },
  );
}
