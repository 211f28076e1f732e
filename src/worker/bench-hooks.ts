import type { Worker } from './create-worker';

export interface BenchProbe {
  cookieAuditorReady?: boolean;
  /** ms from the worker's start to every store loaded (performance.now() starts with the worker). */
  cookieAuditorReadyMs?: number;
  /** ms from the worker's start to every module evaluated and every listener registered. */
  cookieAuditorEvalMs?: number;
  cookieAuditorFirstModuleMs?: number;
  /** Counters: nothing here is cookie data. */
  cookieAuditorStats?: Worker['stats'];
  cookieAuditorFlush?: () => Promise<unknown>;
}

/** Timing marks and counters on the worker's global scope: only in the bench build (`vite build --mode bench`). */
export function installBenchHooks(worker: Worker): void {
  const g = globalThis as BenchProbe;
  g.cookieAuditorEvalMs = performance.now();
  g.cookieAuditorStats = worker.stats;
  g.cookieAuditorFlush = worker.flush;
  void worker.ready().then(() => {
    g.cookieAuditorReadyMs = performance.now();
    g.cookieAuditorReady = true;
  });
}
