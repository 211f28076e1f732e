import type { SiteLog } from '../../src/core/timeline/site-log';
import type { SiteTimelineMeta } from '../../src/core/timeline/site-meta';
import type { TimelineBackend } from '../../src/worker/timeline/timeline-store';

/** IndexedDB as a Map: values are structured-cloned in and out, as IndexedDB does; it outlives a stopped worker. */
export function fakeTimelineDb() {
  const logs = new Map<string, SiteLog>();
  const metas = new Map<string, SiteTimelineMeta>();
  let saves = 0;
  const backend: TimelineBackend = {
    load: async (site) => structuredClone(logs.get(site)),
    save: async (entries) => {
      saves++;
      for (const e of entries) {
        logs.set(e.log.site, structuredClone(e.log));
        metas.set(e.log.site, structuredClone(e.meta));
      }
    },
    remove: async (site) => {
      logs.delete(site);
      metas.delete(site);
    },
    listMeta: async () => [...metas.values()].map((m) => structuredClone(m)),
  };
  return { backend, logs, saves: () => saves };
}
