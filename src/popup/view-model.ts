import { byName, compareSeverity } from '../core/audit-order';
import { type AuditedCookie, CATEGORIES, type Category, type Severity } from '../core/types';
import type { UiState } from './ui-state';

export interface Section {
  category: Category;
  cookies: AuditedCookie[];
  /** Cookies in this category before filters, for the header count. */
  total: number;
}

export function worstSeverity(c: AuditedCookie): Severity | null {
  return c.findings[0]?.severity ?? null;
}

function matchesQuery(c: AuditedCookie, q: string): boolean {
  if (q === '') return true;
  const hay = `${c.cookie.name}\n${c.classification.vendor ?? ''}\n${c.cookie.domain}`.toLowerCase();
  return hay.includes(q);
}

const NO_SEVERITY = 9;

function severityRank(c: AuditedCookie): number {
  const s = worstSeverity(c);
  return s === null ? NO_SEVERITY : compareSeverity(s, 'high');
}

function lifespanRank(c: AuditedCookie): number {
  return c.remainingSeconds === null ? -1 : c.remainingSeconds;
}

export function sortCookies(list: AuditedCookie[], sort: UiState['sort']): AuditedCookie[] {
  const sorted = [...list];
  if (sort === 'name') sorted.sort(byName);
  else if (sort === 'lifespan') sorted.sort((a, b) => lifespanRank(b) - lifespanRank(a) || byName(a, b));
  else sorted.sort((a, b) => severityRank(a) - severityRank(b) || byName(a, b));
  return sorted;
}

/** The sections the popup shows, in category order, after search, filters and sort. */
export function buildSections(cookies: readonly AuditedCookie[], ui: UiState): Section[] {
  const q = ui.query.trim().toLowerCase();
  const sections: Section[] = [];
  for (const category of CATEGORIES) {
    const inCategory = cookies.filter((c) => c.classification.category === category);
    if (inCategory.length === 0) continue;
    if (ui.category !== 'all' && ui.category !== category) continue;
    const shown = inCategory.filter(
      (c) =>
        (ui.party === 'all' || c.party === ui.party) &&
        (!ui.onlyFindings || c.findings.length > 0) &&
        matchesQuery(c, q),
    );
    if (shown.length === 0) continue;
    sections.push({ category, cookies: sortCookies(shown, ui.sort), total: inCategory.length });
  }
  return sections;
}

/** Session credentials: deleting them signs the user out, and the confirmation says so. */
export function looksLikeLogin(c: AuditedCookie): boolean {
  return (
    c.classification.tags.includes('authentication') ||
    c.classification.tags.includes('session') ||
    c.findings.some((f) => f.ruleId.startsWith('session-'))
  );
}

/**
 * The cookie goes against the visitor's consent choice (set despite a refusal, before consent, or sent after a
 * refusal); consent-record-* findings are about the record itself and do not mark the row.
 */
export function againstConsent(c: AuditedCookie): boolean {
  return c.findings.some((f) => f.ruleId.startsWith('consent-') && !f.ruleId.startsWith('consent-record-'));
}
