import type { EventChunk } from '../../src/core/timeline/event-chunk';
import type { SiteLog } from '../../src/core/timeline/site-log';
import type { SiteTimelineMeta } from '../../src/core/timeline/site-meta';
import { logFromStored, type StoredHead } from '../../src/core/timeline/stored-log';
import type { TimelineView } from '../../src/core/timeline/timeline-view';
import type { TimelineBackend } from '../../src/worker/timeline/timeline-store';

/**
 * IndexedDB as Maps, record for record as src/browser/timeline-db.ts keeps them: values are structured-cloned in and
 * out, as IndexedDB does; it outlives a stopped worker. `logs` decodes what is stored, for assertions.
 */
export function fakeTimelineDb(fail = { next: false }) {
  const heads = new Map<string, StoredHead>();
  const chunks = new Map<string, Map<number, EventChunk>>();
  const views = new Map<string, TimelineView>();
  const metas = new Map<string, SiteTimelineMeta>();
  let saves = 0;
  let chunkPuts = 0;
  let loads = 0;
  const backend: TimelineBackend = {
    load: async (site) => {
      loads++;
      const head = heads.get(site);
      if (!head) return undefined;
      const list = [...(chunks.get(site) ?? new Map()).entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c);
      return structuredClone({ head, chunks: list });
    },
    loadView: async (site) => structuredClone(views.get(site)),
    save: async (writes) => {
      if (fail.next) {
        fail.next = false;
        throw new Error('QuotaExceededError');
      }
      saves++;
      for (const w of writes) {
        const site = w.head.site;
        heads.set(site, structuredClone(w.head));
        const mine = chunks.get(site) ?? new Map<number, EventChunk>();
        for (const seq of mine.keys()) if (seq < w.keep[0] || seq > w.keep[1]) mine.delete(seq);
        for (const c of w.chunks) {
          mine.set(c.seq, structuredClone(c.chunk));
          chunkPuts++;
        }
        chunks.set(site, mine);
        views.set(site, structuredClone(w.view));
        metas.set(site, structuredClone(w.meta));
      }
    },
    remove: async (site) => {
      heads.delete(site);
      chunks.delete(site);
      views.delete(site);
      metas.delete(site);
    },
    listMeta: async () => [...metas.values()].map((m) => structuredClone(m)),
  };
  return {
    backend,
    heads,
    chunks,
    views,
    /** Each stored site's log as a worker would load it. */
    get logs(): Map<string, SiteLog> {
      const out = new Map<string, SiteLog>();
      for (const site of heads.keys()) {
        const list = [...(chunks.get(site) ?? new Map()).entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c);
        out.set(site, logFromStored({ head: heads.get(site)!, chunks: list }));
      }
      return out;
    },
    saves: () => saves,
    chunkPuts: () => chunkPuts,
    loads: () => loads,
  };
}
