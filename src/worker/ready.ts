import { watcherStats } from './cookie-watcher';
import { handlerStats } from './message-handlers';
import { allReady, settings, sites, tabs } from './state';

interface Probe {
  cookieAuditorReady?: boolean;
  /** ms from the worker's start to every store loaded (performance.now() starts with the worker). */
  cookieAuditorReadyMs?: number;
  /** ms from the worker's start to every module evaluated and every listener registered. */
  cookieAuditorEvalMs?: number;
  /** Counters for benchmarks and tests: nothing here is cookie data. */
  cookieAuditorStats?: () => { siteWrites: number; tabWrites: number; events: number; lastViewMs: number };
}

(globalThis as Probe).cookieAuditorEvalMs = performance.now();
void tabs.ready().then(() => {
  (globalThis as { cookieAuditorTabsMs?: number }).cookieAuditorTabsMs = performance.now();
});
void settings.ready().then(() => {
  (globalThis as { cookieAuditorSettingsMs?: number }).cookieAuditorSettingsMs = performance.now();
});

/** Set once every store has loaded: tests wait for it before navigating (a worker handed over early misses events). */
void allReady().then(() => {
  const g = globalThis as Probe;
  g.cookieAuditorReadyMs = performance.now();
  g.cookieAuditorReady = true;
});

(globalThis as Probe).cookieAuditorStats = () => ({
  siteWrites: sites.writes,
  tabWrites: tabs.writes,
  events: watcherStats.events,
  lastViewMs: handlerStats.lastViewMs,
});
