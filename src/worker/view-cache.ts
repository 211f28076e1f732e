import type { TabView } from '../core/messages';

/**
 * The last view built for each tab, reused while nothing has changed: the badge builds a tab's view a moment after
 * its traffic settles, and the popup opened next asks for the same one. A cookie or settings change invalidates every
 * view, a tab's own events only its own; the age limit keeps the remaining lifetimes shown current.
 */
const MAX_AGE_MS = 10_000;
let shared = 0;
const perTab = new Map<number, number>();
const views = new Map<number, { stamp: string; at: number; url: string; view: TabView }>();

/** Every view (no tab given) or one tab's. */
export function invalidateViews(tabId?: number): void {
  if (tabId === undefined) shared += 1;
  else perTab.set(tabId, (perTab.get(tabId) ?? 0) + 1);
}

export function forgetView(tabId: number): void {
  views.delete(tabId);
  perTab.delete(tabId);
}

/** What a view built now depends on; a view is reused only while this is unchanged. */
export function viewStamp(tabId: number): string {
  return `${shared}:${perTab.get(tabId) ?? 0}`;
}

export function cachedView(tabId: number, url: string, now: number): TabView | null {
  const hit = views.get(tabId);
  return hit && hit.stamp === viewStamp(tabId) && hit.url === url && now - hit.at < MAX_AGE_MS ? hit.view : null;
}

/** Keeps a view unless something changed while it was being built (then it is already stale). */
export function rememberView(view: TabView, now: number, stampAtStart: string): void {
  if (stampAtStart !== viewStamp(view.tabId)) return;
  views.set(view.tabId, { stamp: stampAtStart, at: now, url: view.url, view });
}
