import type { SameSite } from '../types';

/**
 * SameSite as chrome.cookies spells it, from the spellings exports use: Chrome's own (`no_restriction`, `lax`,
 * `strict`, `unspecified`), the Set-Cookie attribute values (`None`, `Lax`, `Strict`, RFC 6265bis §5.6.7), and
 * null/absent for "not set". Returns undefined for anything else so the caller can report the field.
 */
export function normaliseSameSite(raw: unknown): SameSite | undefined {
  if (raw === undefined || raw === null) return 'unspecified';
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim().toLowerCase();
  if (s === 'no_restriction' || s === 'none') return 'no_restriction';
  if (s === 'lax' || s === 'strict' || s === 'unspecified') return s;
  if (s === '') return 'unspecified';
  return undefined;
}
