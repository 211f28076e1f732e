import { cookieHost, isWithin } from '../../core/party';
import type { ScanFinding } from './types';

/**
 * A team's accepted findings, each with the reason it is accepted. JSON:
 * `{"allow": [{"cookie": "_fbp", "domain": "example.com", "rule": "scan/set-despite-refusal", "reason": "…"}]}`.
 * `cookie` may end in `*` (a prefix); `domain` matches the cookie's domain and its subdomains; `site` limits an
 * entry to one scanned URL's registrable domain; `rule` to one rule id. Every field but `reason` is optional, but
 * an entry needs at least one of `cookie`, `rule`. An allowed finding stays in every report, marked, and never fails a run.
 */
export interface AllowEntry {
  cookie?: string;
  domain?: string;
  site?: string;
  rule?: string;
  reason: string;
}

export class AllowListError extends Error {
  override name = 'AllowListError';
}

export function parseAllowList(text: string): AllowEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new AllowListError(`not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const list = Array.isArray(data) ? data : (data as { allow?: unknown } | null)?.allow;
  if (!Array.isArray(list)) throw new AllowListError('expected {"allow": [...]} or an array of entries');
  return list.map((raw, i) => {
    if (typeof raw !== 'object' || raw === null) throw new AllowListError(`entry ${i}: not an object`);
    const e = raw as Record<string, unknown>;
    const entry: AllowEntry = { reason: '' };
    for (const key of ['cookie', 'domain', 'site', 'rule', 'reason'] as const) {
      const v = e[key];
      if (v === undefined) continue;
      if (typeof v !== 'string' || v === '')
        throw new AllowListError(`entry ${i}: "${key}" must be a non-empty string`);
      entry[key] = v;
    }
    if (!entry.reason) throw new AllowListError(`entry ${i}: "reason" is required (say why the cookie is accepted)`);
    if (!entry.cookie && !entry.rule) throw new AllowListError(`entry ${i}: give "cookie" or "rule" (or both)`);
    return entry;
  });
}

function matches(entry: AllowEntry, f: ScanFinding, site: string): boolean {
  if (entry.rule && entry.rule !== f.ruleId) return false;
  if (entry.site && entry.site.toLowerCase() !== site) return false;
  if (entry.cookie) {
    if (f.cookieName === null) return false;
    const pattern = entry.cookie;
    const ok = pattern.endsWith('*') ? f.cookieName.startsWith(pattern.slice(0, -1)) : f.cookieName === pattern;
    if (!ok) return false;
  }
  if (entry.domain) {
    if (f.cookieDomain === null) return false;
    if (!isWithin(cookieHost(f.cookieDomain), entry.domain.toLowerCase().replace(/^\./, ''))) return false;
  }
  return true;
}

/** Marks each finding an entry covers with that entry's reason (the first matching entry wins). */
export function applyAllowList(findings: ScanFinding[], entries: readonly AllowEntry[], site: string): void {
  for (const f of findings) {
    const entry = entries.find((e) => matches(e, f, site));
    if (entry) f.allowed = entry.reason;
  }
}
