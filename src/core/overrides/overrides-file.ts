import { CATEGORIES, type KnownCategory } from '../types';
import { ALL_SITES, type Override } from './overrides';

/**
 * The file a team shares its corrections in, and `cookie-auditor audit --overrides FILE` reads:
 * {"format": "cookie-auditor/overrides", "version": 1, "overrides": [{"name", "cookieSite", "site", "category"}]}.
 */
export const OVERRIDES_FORMAT = 'cookie-auditor/overrides';
export const OVERRIDES_VERSION = 1;
/** A hand-edited file with more rows than this is a mistake (or an attack on the worker's storage). */
export const MAX_OVERRIDES = 5000;
const MAX_NAME = 4096;

export class OverridesFileError extends Error {
  override name = 'OverridesFileError';
}

const KNOWN: ReadonlySet<string> = new Set(CATEGORIES.filter((c) => c !== 'unknown'));
const SITE = /^[a-z0-9.-]{1,253}$|^\[[0-9a-f:.]+\]$|^[0-9a-f:.]+$/;

export function serialiseOverrides(overrides: readonly Override[]): string {
  const rows = overrides.map((o) => {
    const row: Override = { name: o.name, cookieSite: o.cookieSite, site: o.site, category: o.category };
    if (o.setAt) row.setAt = o.setAt;
    return row;
  });
  return `${JSON.stringify({ format: OVERRIDES_FORMAT, version: OVERRIDES_VERSION, overrides: rows }, null, 2)}\n`;
}

/** Parses and checks an overrides file; throws OverridesFileError naming the first bad row and what is wrong. */
export function parseOverrides(text: string): Override[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new OverridesFileError('not JSON');
  }
  if (!isObject(data) || data.format !== OVERRIDES_FORMAT) {
    throw new OverridesFileError(`not an overrides file (expected "format": "${OVERRIDES_FORMAT}")`);
  }
  if (data.version !== OVERRIDES_VERSION) {
    throw new OverridesFileError(`unsupported version ${JSON.stringify(data.version)} (this build reads version 1)`);
  }
  const rows = data.overrides;
  if (!Array.isArray(rows)) throw new OverridesFileError('"overrides" must be a list');
  if (rows.length > MAX_OVERRIDES) throw new OverridesFileError(`more than ${MAX_OVERRIDES} overrides`);
  return rows.map((row, i) => parseRow(row, i));
}

/** The stored list (storage.local) read back: the same checks as a file; null when it is not a valid list. */
export function validOverrides(raw: unknown): Override[] | null {
  if (!Array.isArray(raw) || raw.length > MAX_OVERRIDES) return null;
  try {
    return raw.map((row, i) => parseRow(row, i));
  } catch {
    return null;
  }
}

/** One correction as it arrives in a message from the popup: the same checks as a row of the file. */
export function parseOverride(raw: unknown): Override {
  return parseRow(raw, 0);
}

function parseRow(row: unknown, i: number): Override {
  const at = `override #${i + 1}`;
  if (!isObject(row)) throw new OverridesFileError(`${at}: must be an object`);
  const { name, cookieSite, site, category, setAt } = row;
  if (typeof name !== 'string' || name === '' || name.length > MAX_NAME) {
    throw new OverridesFileError(`${at}: "name" must be a cookie name`);
  }
  if (typeof cookieSite !== 'string' || (cookieSite !== '' && !SITE.test(cookieSite))) {
    throw new OverridesFileError(`${at}: "cookieSite" must be a registrable domain in lower case, or ""`);
  }
  if (typeof site !== 'string' || (site !== ALL_SITES && !SITE.test(site))) {
    throw new OverridesFileError(`${at}: "site" must be a registrable domain in lower case, or "*" for all sites`);
  }
  if (typeof category !== 'string' || !KNOWN.has(category)) {
    throw new OverridesFileError(`${at}: "category" must be one of ${[...KNOWN].join(', ')}`);
  }
  const out: Override = { name, cookieSite, site, category: category as KnownCategory };
  if (setAt !== undefined) {
    if (typeof setAt !== 'string' || Number.isNaN(Date.parse(setAt))) {
      throw new OverridesFileError(`${at}: "setAt" must be an ISO 8601 time`);
    }
    out.setAt = setAt;
  }
  return out;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
