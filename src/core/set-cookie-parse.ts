import type { SameSite } from './types';

/** What a Set-Cookie header says, minus the value (we keep its length only: a value can be a live credential). */
export interface SetCookieAttempt {
  name: string;
  valueLength: number;
  /** Domain attribute without a leading dot, lower-cased; '' when host-only. */
  domain: string;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  partitioned: boolean;
  sameSite: SameSite;
  /** Max-Age <= 0 or Expires in the past: the server is deleting the cookie, not setting it. */
  deletes: boolean;
  /** Seconds since the epoch, when Expires/Max-Age was given. */
  expires?: number;
  /** The attributes as sent, value left out. */
  attributes: string;
}

/** Headers longer than this are cut before parsing (Chrome rejects lines over 4096 bytes for name+value anyway). */
const MAX_HEADER_CHARS = 8192;

/** Parses one Set-Cookie header value (RFC 6265bis §5.6). Returns null for lines a browser would ignore. */
export function parseSetCookie(header: string, nowMs: number): SetCookieAttempt | null {
  const line = header.slice(0, MAX_HEADER_CHARS);
  const parts = line.split(';');
  const pair = parts.shift() ?? '';
  const eq = pair.indexOf('=');
  // §5.6 step 3: no '=' means an empty name and the whole string as value.
  const name = (eq === -1 ? '' : pair.slice(0, eq)).trim();
  const value = (eq === -1 ? pair : pair.slice(eq + 1)).trim();
  if (name === '' && value === '') return null;
  const attempt: SetCookieAttempt = {
    name,
    valueLength: value.length,
    domain: '',
    path: '/',
    secure: false,
    httpOnly: false,
    partitioned: false,
    sameSite: 'unspecified',
    deletes: false,
    attributes: '',
  };
  const kept: string[] = [];
  let maxAge: number | undefined;
  let expires: number | undefined;
  for (const raw of parts) {
    const a = raw.trim();
    if (a === '') continue;
    kept.push(a);
    const i = a.indexOf('=');
    const key = (i === -1 ? a : a.slice(0, i)).trim().toLowerCase();
    const val = i === -1 ? '' : a.slice(i + 1).trim();
    switch (key) {
      case 'domain':
        attempt.domain = val.replace(/^\./, '').toLowerCase();
        break;
      case 'path':
        attempt.path = val.startsWith('/') ? val : '/';
        break;
      case 'secure':
        attempt.secure = true;
        break;
      case 'httponly':
        attempt.httpOnly = true;
        break;
      case 'partitioned':
        attempt.partitioned = true;
        break;
      case 'samesite': {
        const v = val.toLowerCase();
        attempt.sameSite =
          v === 'none' ? 'no_restriction' : v === 'strict' ? 'strict' : v === 'lax' ? 'lax' : 'unspecified';
        break;
      }
      case 'max-age': {
        const n = Number.parseInt(val, 10);
        if (/^-?\d+$/.test(val) && Number.isFinite(n)) maxAge = n;
        break;
      }
      case 'expires': {
        const t = Date.parse(val);
        if (!Number.isNaN(t)) expires = t / 1000;
        break;
      }
    }
  }
  // §5.6.2: Max-Age wins over Expires.
  if (maxAge !== undefined) {
    attempt.deletes = maxAge <= 0;
    attempt.expires = nowMs / 1000 + maxAge;
  } else if (expires !== undefined) {
    attempt.deletes = expires * 1000 <= nowMs;
    attempt.expires = expires;
  }
  attempt.attributes = kept.join('; ');
  return attempt;
}

/** Cookie names sent in a request's Cookie header (values are dropped on the spot). */
export function cookieNamesFromHeader(header: string): string[] {
  const names: string[] = [];
  for (const part of header.slice(0, 65536).split(';')) {
    const eq = part.indexOf('=');
    const name = (eq === -1 ? '' : part.slice(0, eq)).trim();
    if (name !== '' || eq !== -1) names.push(name);
  }
  return names;
}
