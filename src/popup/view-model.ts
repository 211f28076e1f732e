import { sortCookies } from '../core/audit-order';
import { type AuditedCookie, CATEGORIES, type Category } from '../core/types';
import type { UiState } from './ui-state';

export { againstConsent } from '../core/against-consent';
export { sortCookies, worstSeverity } from '../core/audit-order';

export interface Section {
  category: Category;
  cookies: AuditedCookie[];
  /** Cookies in this category before filters, for the header count. */
  total: number;
  /** Rows of the section not in `cookies` yet (a first-screen summary holds only the first ones). */
  more?: number;
}

function matchesQuery(c: AuditedCookie, q: string): boolean {
  if (q === '') return true;
  const hay = `${c.cookie.name}\n${c.classification.vendor ?? ''}\n${c.cookie.domain}`.toLowerCase();
  return hay.includes(q);
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
