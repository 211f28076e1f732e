import {
  FIRST_SCREEN_BUDGET,
  FIRST_SCREEN_PREFIX,
  FIRST_SCREEN_VERSION,
  type FirstScreen,
  firstScreenOf,
  fitFirstScreen,
  validFirstScreen,
} from '../../core/first-screen-summary';
import type { TabView } from '../../core/messages';
import { KeyedStore } from './keyed-store';
import type { Scheduler, StorageArea } from './storage-area';

/** Summaries kept at most (tabs beyond it lose the least recently updated one, and their popup just asks). */
export const FIRST_SCREEN_MAX_TABS = 100;
/**
 * All summaries together: 100 × 16 KB = 1.6 MB. With the tab records' 8 MB (worker-state.ts) and the dropped-tab
 * tombstones this stays within storage.session's 10 MB (chrome.storage.session.QUOTA_BYTES).
 */
export const FIRST_SCREEN_TOTAL_BUDGET = FIRST_SCREEN_MAX_TABS * FIRST_SCREEN_BUDGET;

export type FirstScreens = ReturnType<typeof createFirstScreens>;

/**
 * Per tab, the popup's first screen (core/first-screen-summary) in storage.session, where the popup reads it itself.
 * Written when the badge is recomputed (after a tab's events settle, debounced with it), never when a popup asks;
 * removed with the tab. A view already written is not written again.
 */
export function createFirstScreens(
  area: StorageArea,
  clock: Scheduler & { now(): number },
  tabExists: (tabId: number) => Promise<boolean>,
) {
  const store = new KeyedStore<FirstScreen>({
    area,
    indexKey: `first-screen-index:v${FIRST_SCREEN_VERSION}`,
    prefix: FIRST_SCREEN_PREFIX,
    // The badge's debounce already batches a tab's events; this joins the writes of tabs settling together.
    writeDelayMs: 50,
    maxEntries: FIRST_SCREEN_MAX_TABS,
    entryBudget: FIRST_SCREEN_BUDGET,
    totalBudget: FIRST_SCREEN_TOTAL_BUDGET,
    fit: fitFirstScreen,
    validate: validFirstScreen,
    scheduler: clock,
    now: clock.now,
  });
  /**
   * The views summaries were made from: the badge reusing a cached view writes nothing. Weak, so a view the view
   * cache has let go of (a busy tab's can weigh megabytes) is not kept alive here.
   */
  const written = new WeakSet<TabView>();

  return {
    store,
    /** Keeps the first screen of a freshly built view (or removes the tab's summary when it has none to show). */
    async save(view: TabView): Promise<void> {
      if (written.has(view)) return;
      // A tab closed while its view was being built: its summary must not outlive it (onRemoved already ran).
      if (!(await tabExists(view.tabId))) return;
      written.add(view);
      // null removes the tab's summary (a page that is not a website); for a tab with none stored, nothing is written.
      await store.update(String(view.tabId), () => firstScreenOf(view, clock.now()));
    },
    remove(tabId: number): Promise<void> {
      return store.update(String(tabId), () => null);
    },
    /** After a restart: drop the summaries of tabs that closed while the worker slept. */
    async keepOnly(open: ReadonlySet<string>): Promise<void> {
      for (const name of await store.names()) if (!open.has(name)) await store.update(name, () => null);
    },
    flush: () => store.flush(),
  };
}
