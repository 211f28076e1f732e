/**
 * Small, total helpers for reading cookie values: every one returns undefined instead of throwing, because consent
 * cookies are hostile input like any other cookie.
 */

/** Values longer than this are not consent records we know (the biggest real ones, TCF strings, stay under 4 KB). */
export const MAX_CONSENT_VALUE_CHARS = 8192;

export function safeDecodeURIComponent(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** URL-decodes until stable (cookies are sometimes encoded twice), at most three times. */
export function fullyDecoded(text: string): string | undefined {
  let current = text;
  for (let i = 0; i < 3; i++) {
    if (!current.includes('%')) return current;
    const next = safeDecodeURIComponent(current);
    if (next === undefined) return undefined;
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** A JSON object (not array, not null), or undefined. */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  if (text.length > MAX_CONSENT_VALUE_CHARS) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Base64 or base64url text → UTF-8 string, or undefined. Pure JS so the core runs in Node and the worker alike. */
export function decodeBase64(text: string): string | undefined {
  const clean = text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(clean) || clean.length % 4 === 1) return undefined;
  try {
    const binary = atob(clean + '='.repeat((4 - (clean.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The value as a JSON object, trying it plain, URL-decoded and base64-decoded. */
export function jsonFromCookie(value: string): Record<string, unknown> | undefined {
  const decoded = fullyDecoded(value);
  if (decoded === undefined) return undefined;
  return parseJsonObject(decoded) ?? parseJsonObject(decodeBase64(decoded) ?? '');
}

/** "a=1&b=2" → Map (later duplicates win); undefined when the text is not shaped like that. */
export function parseQuery(text: string): Map<string, string> | undefined {
  const out = new Map<string, string>();
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq <= 0) return undefined;
    const key = safeDecodeURIComponent(part.slice(0, eq));
    const value = safeDecodeURIComponent(part.slice(eq + 1));
    if (key === undefined || value === undefined) return undefined;
    out.set(key, value);
  }
  return out.size > 0 ? out : undefined;
}

/** A time in ms from an ISO string, a ms/s number or a JS Date string; undefined when absent or absurd. */
export function parseTime(value: unknown): number | undefined {
  let ms: number | undefined;
  if (typeof value === 'number') ms = value < 1e11 ? value * 1000 : value;
  else if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    if (Number.isFinite(n)) ms = n < 1e11 ? n * 1000 : n;
    // JS Date strings ("Tue Dec 01 2026 21:00:00 GMT+0100 (Central European Standard Time)") parse with Date.
    else ms = Date.parse(value.replace(/\s*\([^)]*\)\s*$/, ''));
  }
  // Consent platforms did not exist before 2000; a year past 2200 is a broken value, not a record.
  if (ms === undefined || !Number.isFinite(ms) || ms < 946_684_800_000 || ms > 7_258_118_400_000) return undefined;
  return ms;
}

/** Reads "yes/no", "true/false", "1/0", "allow/deny", "granted/denied", "accept/deny" as a boolean. */
export function yesNo(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (['yes', 'true', '1', 'allow', 'allowed', 'granted', 'accept', 'accepted', 'on'].includes(v)) return true;
  if (['no', 'false', '0', 'deny', 'denied', 'refused', 'reject', 'rejected', 'off'].includes(v)) return false;
  return undefined;
}
