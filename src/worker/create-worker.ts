import { createBadges } from './badges';
import { registerEvents } from './events';
import { createHandlers } from './handlers';
import type { WorkerPorts } from './ports';
import { createSiteAudits } from './site-audits';
import { createTabViews } from './tab-view';
import { createTimelineRecording } from './timeline/timeline-recording';
import { createTimelineStore, DEFAULT_RETENTION_DAYS } from './timeline/timeline-store';
import { createViewCache } from './view-cache';
import { createWorkerState } from './worker-state';

export type Worker = ReturnType<typeof createWorker>;

/**
 * The service worker as one object with the browser handed in. Builds its state, subscribes to every event and the
 * message listener synchronously (call it at the top level of the worker script), and holds all mutable state:
 * nothing lives at module level, so tests build as many workers as they like over a fake browser.
 */
export function createWorker(ports: WorkerPorts) {
  const views = createViewCache();
  // A tab whose record was dropped to make room: its cached view no longer matches what is stored.
  const state = createWorkerState(ports, (tabId) => views.invalidate(tabId));
  const tabViews = createTabViews(ports, state, views);
  // The badge is recomputed once a tab's events settle: the popup's first-screen summary is kept at the same moment,
  // from the same view (so it is never written on a popup's open path).
  const badges = createBadges(ports, async (tabId) => {
    const view = await tabViews.build(tabId);
    void state.firstScreens.save(view).catch(() => undefined);
    return view.audit?.summary ?? null;
  });
  const timeline = createTimelineStore({
    backend: ports.timeline,
    now: ports.clock.now,
    retentionDays: async () => (await state.settings.read()).timelineRetentionDays ?? DEFAULT_RETENTION_DAYS,
    setTimer: (fn, ms) => ports.clock.setTimeout(fn, ms),
    clearTimer: (h) => ports.clock.clearTimeout(h),
  });
  const events = registerEvents(ports, state, views, badges, createTimelineRecording(timeline, ports.clock.now));
  const handlerStats = { lastViewMs: 0 };
  const handlers = createHandlers(
    ports,
    state,
    tabViews,
    views,
    createSiteAudits(ports, state),
    badges,
    handlerStats,
    timeline,
  );
  ports.messages.onMessage(handlers);
  return {
    state,
    timeline,
    handlers,
    /** Resolves once the stored state has loaded (events that arrive earlier wait for it, so none is lost). */
    ready: () => state.ready(),
    /** Resolves when every event handled so far has reached the state (tests). */
    settled: events.settled,
    /** Writes every pending batch now (tests, and before a known stop). */
    flush: () =>
      Promise.all([
        state.tabs.flush(),
        state.sites.flush(),
        state.settings.flush(),
        timeline.flush(),
        state.droppedTabs.flush(),
        state.firstScreens.flush(),
      ]),
    /** Counters for tests and the bench build; nothing here is cookie data. */
    stats: () => ({
      cookieEvents: events.stats.cookieEvents,
      badgeUpdates: badges.updates(),
      siteWrites: state.sites.status().writes,
      tabWrites: state.tabs.status().writes,
      lastViewMs: handlerStats.lastViewMs,
    }),
  };
}
