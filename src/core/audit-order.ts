import type { AuditedCookie, Severity } from './types';

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };

/** Negative when `a` is more severe than `b`. */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITY_RANK[a] - SEVERITY_RANK[b];
}

/**
 * Stable reading order: by name (case-insensitively), then domain, then path. Plain code-unit comparison, not
 * localeCompare: its first call loads ICU collation data, tens of ms in every freshly opened popup.
 */
export function byName(a: AuditedCookie, b: AuditedCookie): number {
  return (
    compareText(a.cookie.name.toLowerCase(), b.cookie.name.toLowerCase()) ||
    compareText(a.cookie.name, b.cookie.name) ||
    compareText(a.cookie.domain, b.cookie.domain) ||
    compareText(a.cookie.path, b.cookie.path)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
