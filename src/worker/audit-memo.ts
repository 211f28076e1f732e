import type { AuditMemo, AuditMemoEntry } from '../core/audit';
import { VIEW_MAX_AGE_MS } from './view-cache';

/**
 * How long a cookie's audit result is reused. Findings that count time (remaining lifetime, a JWT's expiry) are as
 * old as the entry: never staler than a cached view may already be.
 */
export const AUDIT_MEMO_MAX_AGE_MS = VIEW_MAX_AGE_MS;
/** A long-used profile holds ~3,000 cookies (Chrome keeps at most 3,300): room for all of them, and no more. */
export const AUDIT_MEMO_MAX_ENTRIES = 4000;

/**
 * Per-cookie audit results shared between views: one cookie changed on a 1,000-cookie page re-audits one cookie, and
 * a new tab of a site just seen re-audits none. Owned by the worker object (no module-level state).
 */
export function createAuditMemo(clock: { now(): number }): AuditMemo & { size(): number } {
  const entries = new Map<string, { at: number; entry: AuditMemoEntry }>();
  return {
    get(key) {
      const hit = entries.get(key);
      if (!hit) return undefined;
      if (clock.now() - hit.at >= AUDIT_MEMO_MAX_AGE_MS) {
        entries.delete(key);
        return undefined;
      }
      return hit.entry;
    },
    set(key, entry) {
      entries.delete(key);
      entries.set(key, { at: clock.now(), entry });
      // Map keeps insertion order: the first keys are the oldest writes.
      for (const oldest of entries.keys()) {
        if (entries.size <= AUDIT_MEMO_MAX_ENTRIES) break;
        entries.delete(oldest);
      }
    },
    size: () => entries.size,
  };
}
