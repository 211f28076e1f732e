import { PersistedValue } from './persisted-value';
import type { Scheduler, StorageArea } from './storage-area';

/** Tombstones of tab records dropped whole, and how many were since the browser started (storage.session). */
interface DroppedTabsValue {
  /** Tab ids (as text) whose record was dropped and whose page has not changed since. */
  tabs: string[];
  total: number;
}

/** As many tombstones as tab records the session store keeps (its maxEntries). */
const MAX_TOMBSTONES = 500;

function validDroppedTabs(raw: unknown): DroppedTabsValue | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Partial<DroppedTabsValue>;
  if (!Array.isArray(r.tabs) || !r.tabs.every((t) => typeof t === 'string') || typeof r.total !== 'number') return null;
  return { tabs: r.tabs.slice(-MAX_TOMBSTONES), total: r.total };
}

export type DroppedTabs = ReturnType<typeof createDroppedTabs>;

/**
 * Which open tabs lost their whole record (the session budget, or a quota error), so the popup of such a tab says its
 * earlier entries were not kept instead of showing a fresh record that claims nothing was dropped. Kept in
 * storage.session, beside the records and with the same lifetime, so a worker restart does not forget it.
 */
export function createDroppedTabs(area: StorageArea, scheduler: Scheduler) {
  const value = new PersistedValue<DroppedTabsValue>({
    area,
    key: 'tab-dropped:v1',
    initial: () => ({ tabs: [], total: 0 }),
    writeDelayMs: 200,
    validate: validDroppedTabs,
    scheduler,
  });
  return {
    ready: () => value.ready(),
    /** A tab's record was evicted. */
    note(name: string): Promise<void> {
      return value.update((v) => {
        v.total += 1;
        if (v.tabs.includes(name)) return;
        v.tabs.push(name);
        if (v.tabs.length > MAX_TOMBSTONES) v.tabs.shift();
      });
    },
    /** The tab shows a new page (its record starts complete) or is gone. */
    clear(name: string): Promise<void> {
      return value.update((v) => {
        const i = v.tabs.indexOf(name);
        if (i < 0) return false;
        v.tabs.splice(i, 1);
      });
    },
    /** A tab swapped for a new id (prerender, discard) keeps its tombstone. */
    move(from: string, to: string): Promise<void> {
      return value.update((v) => {
        const i = v.tabs.indexOf(from);
        if (i < 0) return false;
        v.tabs[i] = to;
      });
    },
    /** Keeps only the tombstones of tabs still open (after a restart: tabs closed while the worker slept). */
    keepOnly(open: ReadonlySet<string>): Promise<void> {
      return value.update((v) => {
        const kept = v.tabs.filter((t) => open.has(t));
        if (kept.length === v.tabs.length) return false;
        v.tabs = kept;
      });
    },
    async has(name: string): Promise<boolean> {
      return (await value.read()).tabs.includes(name);
    },
    async total(): Promise<number> {
      return (await value.read()).total;
    },
    flush: () => value.flush(),
  };
}
