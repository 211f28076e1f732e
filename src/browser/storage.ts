import browser from 'webextension-polyfill';
import type { StorageArea } from '../core/persisted-value';

function area(a: { get(k: string): Promise<Record<string, unknown>>; set(i: Record<string, unknown>): Promise<void> }) {
  return { get: (key: string) => a.get(key), set: (items: Record<string, unknown>) => a.set(items) } as StorageArea;
}

/** storage.session: in memory, survives the worker stopping, gone when the browser closes. */
export const sessionArea: StorageArea = area(browser.storage.session);
/** storage.local: on disk, for the per-site history and settings. */
export const localArea: StorageArea = area(browser.storage.local);
