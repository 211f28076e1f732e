import type { AuditSummary, Severity } from '../core/types';
import type { WorkerPorts } from './ports';

const COLORS: Readonly<Record<Severity, string>> = Object.freeze({
  high: '#c62828',
  medium: '#ef6c00',
  low: '#f9a825',
  info: '#546e7a',
});

/** A badge waits this long for a tab's events to settle, but never longer than BADGE_MAX_WAIT_MS under churn. */
export const BADGE_DELAY_MS = 400;
export const BADGE_MAX_WAIT_MS = 2000;

/** Text, colour and tooltip of a tab's badge from its counts. */
export function badgeFor(summary: AuditSummary | null): { text: string; color: string; title: string } {
  if (!summary || summary.highestSeverity === null) {
    const total = summary?.total ?? 0;
    return {
      text: '',
      color: COLORS.info,
      title: `Cookie Auditor: ${total} cookie${total === 1 ? '' : 's'}, no findings`,
    };
  }
  const risky = summary.findings - summary.bySeverity.info;
  const count = risky > 0 ? risky : summary.findings;
  return {
    text: count > 999 ? '999+' : String(count),
    color: COLORS[summary.highestSeverity],
    title: `Cookie Auditor: ${summary.total} cookies, ${summary.bySeverity.high} high, ${summary.bySeverity.medium} medium, ${summary.bySeverity.low} low findings`,
  };
}

export type Badges = ReturnType<typeof createBadges>;

/**
 * Recomputes a tab's badge a moment after its events settle, once per burst: debounced by BADGE_DELAY_MS with a
 * maximum wait, so a page that changes cookies constantly still gets a current badge every BADGE_MAX_WAIT_MS.
 */
export function createBadges(ports: WorkerPorts, counts: (tabId: number) => Promise<AuditSummary | null>) {
  const pending = new Map<number, { timer: unknown; firstAt: number }>();
  let updates = 0;

  async function update(tabId: number): Promise<void> {
    updates += 1;
    const b = badgeFor(await counts(tabId).catch(() => null));
    await ports.action.setBadge(tabId, b.text, b.color, b.title).catch(() => undefined);
  }

  return {
    schedule(tabId: number, delayMs = BADGE_DELAY_MS): void {
      const now = ports.clock.now();
      const previous = pending.get(tabId);
      if (previous) ports.clock.clearTimeout(previous.timer);
      const firstAt = previous?.firstAt ?? now;
      const wait = Math.max(0, Math.min(delayMs, firstAt + BADGE_MAX_WAIT_MS - now));
      pending.set(tabId, {
        firstAt,
        timer: ports.clock.setTimeout(() => {
          pending.delete(tabId);
          void update(tabId);
        }, wait),
      });
    },
    cancel(tabId: number): void {
      const p = pending.get(tabId);
      if (p) ports.clock.clearTimeout(p.timer);
      pending.delete(tabId);
    },
    /** Badge computations run so far (tests and benchmarks). */
    updates: () => updates,
  };
}
