/**
 * The last moment an ECMAScript Date can hold (8.64e15 ms, ECMA-262 §21.4.1.1), in seconds: any later expiry
 * cannot be shown as a date, and a 400-digit number is Infinity, not a date.
 */
export const MAX_EXPIRY_SECONDS = 8.64e12;

const NEGATIVE = 'seconds since the epoch, not a negative number';

export type ParsedExpiry = { ok: true; seconds: number } | { ok: false; reason: string };

/**
 * The one reading of a cookie file's expiry, for JSON and Netscape alike: seconds since the epoch, given as a
 * number or as decimal digits (an optional fraction), never negative, at most {@link MAX_EXPIRY_SECONDS}.
 * What 0 means is the format's business (Netscape: a session cookie).
 */
export function parseExpiry(raw: number | string): ParsedExpiry {
  let seconds: number;
  if (typeof raw === 'number') seconds = raw;
  else {
    const text = raw.trim();
    if (/^-\d/.test(text)) return { ok: false, reason: NEGATIVE };
    if (!/^\d+(\.\d+)?$/.test(text)) return { ok: false, reason: 'seconds since the epoch' };
    seconds = Number(text);
  }
  if (Number.isNaN(seconds)) return { ok: false, reason: 'seconds since the epoch' };
  if (seconds < 0) return { ok: false, reason: NEGATIVE };
  if (!(seconds <= MAX_EXPIRY_SECONDS)) {
    return { ok: false, reason: `seconds since the epoch up to ${MAX_EXPIRY_SECONDS} (the year 275760)` };
  }
  return { ok: true, seconds };
}
