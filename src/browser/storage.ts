import browser from 'webextension-polyfill';
import type { ShardedArea } from '../core/sharded-store';

interface RawArea {
  get(k: string | string[]): Promise<Record<string, unknown>>;
  set(i: Record<string, unknown>): Promise<void>;
  remove(k: string[]): Promise<void>;
}

function area(a: RawArea): ShardedArea {
  return {
    get: (key) => a.get(key),
    getMany: (keys) => a.get(keys),
    set: (items) => a.set(items),
    remove: (keys) => a.remove(keys),
  };
}

/** storage.session: in memory, survives the worker stopping, gone when the browser closes. */
export const sessionArea: ShardedArea = area(browser.storage.session);
/** storage.local: on disk, for the per-site history and settings. */
export const localArea: ShardedArea = area(browser.storage.local);
