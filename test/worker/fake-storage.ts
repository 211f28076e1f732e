import { storedBytes } from '../../src/core/stored-bytes';
import type { Scheduler, StorageArea } from '../../src/worker/state/storage-area';

/**
 * An in-memory chrome.storage area that enforces a quota the way Chrome does (JSON of every value plus every key's
 * length; a write that would pass it is refused whole with "QUOTA_BYTES quota exceeded") and counts what it holds.
 */
export function fakeStorage(quotaBytes = 10 * 1024 * 1024, initial: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  const log: string[] = [];
  let failNext = 0;
  const bytes = () => {
    let n = 0;
    for (const [k, v] of data) n += storedBytes(k, v);
    return n;
  };
  const area: StorageArea = {
    async get(keys) {
      const list = typeof keys === 'string' ? [keys] : keys;
      log.push(`get ${list.length === 1 ? list[0] : list.length}`);
      const out: Record<string, unknown> = {};
      for (const k of list) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items) {
      log.push(`set ${Object.keys(items).sort().join(',')}`);
      if (failNext > 0) {
        failNext -= 1;
        throw new Error('Storage is broken');
      }
      const copy = structuredClone(items);
      let after = bytes();
      for (const [k, v] of Object.entries(copy)) {
        after += storedBytes(k, v) - (data.has(k) ? storedBytes(k, data.get(k)) : 0);
      }
      if (after > quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
      for (const [k, v] of Object.entries(copy)) data.set(k, v);
    },
    async remove(keys) {
      log.push(`remove ${keys.join(',')}`);
      for (const k of keys) data.delete(k);
    },
  };
  return {
    area,
    data,
    log,
    bytes,
    /** The next `n` writes fail with an error that is not about the quota. */
    failWrites(n: number) {
      failNext = n;
    },
  };
}

/** Timers fired by hand: `fire()` runs every pending one, then lets promises settle. */
export function manualScheduler() {
  let next = 1;
  const timers = new Map<number, () => void>();
  const scheduler: Scheduler = {
    setTimeout: (fn) => {
      const id = next++;
      timers.set(id, fn);
      return id;
    },
    clearTimeout: (h) => {
      timers.delete(h as number);
    },
  };
  return {
    scheduler,
    pending: () => timers.size,
    async fire() {
      const due = [...timers.values()];
      timers.clear();
      for (const f of due) f();
      for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
    },
  };
}
