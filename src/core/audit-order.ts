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

/** How the popup may order a section's rows (its default is `severity`). */
export type RowSort = 'name' | 'lifespan' | 'severity';

/** The most severe finding of a cookie (findings come sorted most severe first), null without findings. */
export function worstSeverity(c: AuditedCookie): Severity | null {
  return c.findings[0]?.severity ?? null;
}

const NO_SEVERITY = 9;

function severityRank(c: AuditedCookie): number {
  const s = worstSeverity(c);
  return s === null ? NO_SEVERITY : compareSeverity(s, 'high');
}

function lifespanRank(c: AuditedCookie): number {
  return c.remainingSeconds === null ? -1 : c.remainingSeconds;
}

/**
 * A section's rows in the popup's order. Here rather than in the popup: the worker picks the rows of the popup's
 * first screen (core/first-screen-summary) with the same order.
 */
export function sortCookies(list: readonly AuditedCookie[], sort: RowSort): AuditedCookie[] {
  const sorted = [...list];
  if (sort === 'name') sorted.sort(byName);
  else if (sort === 'lifespan') sorted.sort((a, b) => lifespanRank(b) - lifespanRank(a) || byName(a, b));
  else sorted.sort((a, b) => severityRank(a) - severityRank(b) || byName(a, b));
  return sorted;
}
