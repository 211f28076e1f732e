import { setBadge } from '../browser/action';
import type { Severity } from '../core/types';
import { buildTabView } from './tab-view';

const COLORS: Record<Severity, string> = { high: '#c62828', medium: '#ef6c00', low: '#f9a825', info: '#546e7a' };
const pending = new Map<number, ReturnType<typeof setTimeout>>();

/** Recomputes a tab's badge a moment after its cookies settle, once per burst of events. */
export function scheduleBadge(tabId: number, delayMs = 400): void {
  const previous = pending.get(tabId);
  if (previous) clearTimeout(previous);
  pending.set(
    tabId,
    setTimeout(() => {
      pending.delete(tabId);
      void updateBadge(tabId);
    }, delayMs),
  );
}

export async function updateBadge(tabId: number): Promise<void> {
  const view = await buildTabView(tabId);
  const summary = view.audit?.summary;
  if (!summary || summary.highestSeverity === null) {
    const total = summary?.total ?? 0;
    await setBadge(tabId, '', COLORS.info, `Cookie Auditor: ${total} cookie${total === 1 ? '' : 's'}, no findings`);
    return;
  }
  const risky = summary.findings - summary.bySeverity.info;
  const count = risky > 0 ? risky : summary.findings;
  await setBadge(
    tabId,
    count > 999 ? '999+' : String(count),
    COLORS[summary.highestSeverity],
    `Cookie Auditor: ${summary.total} cookies, ${summary.bySeverity.high} high, ${summary.bySeverity.medium} medium, ${summary.bySeverity.low} low findings`,
  );
}
