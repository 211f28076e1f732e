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
  return { format: 'netscape', cookies: parseNetscapeCookies(body, maxCookies) };
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
