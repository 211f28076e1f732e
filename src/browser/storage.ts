import browser from 'webextension-polyfill';
import type { StorageArea } from '../worker/state/storage-area';

/** storage.session: in memory, survives the worker stopping, gone when the browser closes. */
export const sessionArea: StorageArea = browser.storage.session;
/** storage.local: on disk, for the per-site history and settings. */
export const localArea: StorageArea = browser.storage.local;
