import type { FirstScreen } from '../../core/first-screen-summary';
import type { TabView } from '../../core/messages';
import type { UiState } from '../ui-state';

/**
 * What the early first paint (./index.tsx, a classic script that runs before the popup's modules) hands to
 * main.tsx: the reads it started, so they are not made twice, and what it painted, so Preact's first render shows
 * the same screen.
 */
export interface FirstPaint {
  /** The worker's rows-only answer (`get-tab-view`), asked when the paint was done (set by then). */
  view?: Promise<TabView>;
  screen: Promise<FirstScreen | null>;
  ui: Promise<UiState>;
  /** Settles when the paint is done or given up, and the worker asked: main.tsx mounts Preact after it. */
  done: Promise<void>;
  /** Set when the summary was painted: the view (the summary as App reads it) and the filters it was painted with. */
  painted?: { view: TabView; ui: UiState };
}

const KEY = '__cookieAuditorFirstPaint';

export function publishFirstPaint(paint: FirstPaint): void {
  (globalThis as Record<string, unknown>)[KEY] = paint;
}

/** The early paint's hand-off, if its script ran (an error or a missing script leaves main.tsx on its own). */
export function findFirstPaint(): FirstPaint | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as FirstPaint | undefined;
}

/** `?tab=ID` lets the popup be opened as a page for a given tab (tests, and "open in a tab"). */
export function tabIdFromSearch(search: string): number | undefined {
  const param = new URLSearchParams(search).get('tab');
  return param !== null && /^\d+$/.test(param) ? Number(param) : undefined;
}
