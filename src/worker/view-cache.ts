import type { TabView } from '../core/messages';

/**
 * The last view built for each tab, reused while nothing it depends on has changed: the badge builds a tab's view a
 * moment after its traffic settles and the popup opened next asks for the same one. A tab's own events and the cookie
 * changes that touch it invalidate its view; settings changes invalidate all. The age limit bounds how stale the
 * remaining lifetimes shown can be (the popup counts them down from the view's time itself).
 */
export const VIEW_MAX_AGE_MS = 5 * 60_000;

export type ViewCache = ReturnType<typeof createViewCache>;

export function createViewCache() {
  let shared = 0;
  const perTab = new Map<number, number>();
  const views = new Map<number, { stamp: string; at: number; url: string; view: TabView }>();

  /** What a view built now depends on; a view is reused only while this is unchanged. */
  const stamp = (tabId: number) => `${shared}:${perTab.get(tabId) ?? 0}`;

  return {
    stamp,
    invalidate(tabId: number): void {
      perTab.set(tabId, (perTab.get(tabId) ?? 0) + 1);
    },
    invalidateAll(): void {
      shared += 1;
    },
    forget(tabId: number): void {
      views.delete(tabId);
      perTab.delete(tabId);
    },
    get(tabId: number, url: string, now: number): TabView | null {
      const hit = views.get(tabId);
      return hit && hit.stamp === stamp(tabId) && hit.url === url && now - hit.at < VIEW_MAX_AGE_MS ? hit.view : null;
    },
    /** Keeps a view unless something changed while it was being built (then it is already stale). */
    remember(view: TabView, now: number, stampAtStart: string): void {
      if (stampAtStart !== stamp(view.tabId)) return;
      views.set(view.tabId, { stamp: stampAtStart, at: now, url: view.url, view });
    },
  };
}
