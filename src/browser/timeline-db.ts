import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { EventChunk } from '../core/timeline/event-chunk';
import type { SiteLog } from '../core/timeline/site-log';
import type { SiteTimelineMeta } from '../core/timeline/site-meta';
import { type StoredHead, storedWrite } from '../core/timeline/stored-log';
import type { TimelineView } from '../core/timeline/timeline-view';
import type { TimelineBackend } from '../worker/timeline/timeline-store';

interface TimelineDb extends DBSchema {
  heads: { key: string; value: StoredHead };
  /** Keyed [site, chunk number]: a site's chunks are one key range, read in order. */
  chunks: { key: [string, number]; value: EventChunk };
  views: { key: string; value: TimelineView };
  meta: { key: string; value: SiteTimelineMeta };
}

const DB_NAME = 'cookie-auditor-timeline';
/**
 * 1: each site's whole log as one record (`logs`), read and rewritten whole (4.2 MB for 10,000 events).
 * 2: a head, compact chunks of 500 events and the first view per site (issue 15's 150 ms open). Version 1 logs
 * are converted once, in the upgrade, and `logs` deleted.
 */
const DB_VERSION = 2;
const STORES = ['heads', 'chunks', 'views', 'meta'] as const;

/**
 * The timeline lives in IndexedDB, not storage.local: storage.local holds about 10 MB for everything (settings,
 * per-site history), while IndexedDB's quota is a share of the disk (web.dev "Storage for the web": Chrome lets
 * an origin use up to 60 % of the disk), so a busy site's events can never make a settings write fail. `idb` (≈1.2
 * KB) gives IndexedDB promises and a typed schema; hand-written request/transaction callbacks would be longer and
 * easier to get wrong.
 */
export function idbTimelineBackend(name = DB_NAME): TimelineBackend {
  let db: Promise<IDBPDatabase<TimelineDb>> | null = null;
  const open = () => {
    db ??= openDB<TimelineDb>(name, DB_VERSION, {
      async upgrade(d, oldVersion, _newVersion, tx) {
        d.createObjectStore('heads');
        d.createObjectStore('chunks');
        d.createObjectStore('views');
        if (oldVersion < 1) {
          d.createObjectStore('meta');
          return;
        }
        // The one-record logs of version 1: rewritten as heads and chunks (their metas stay as they are; the first
        // view is built on the first read). The old store is untyped here: it is no longer in the schema.
        const untyped = tx as unknown as IDBPTransaction1;
        // One log at a time through a cursor: a profile can hold up to 100 MB of them.
        let cursor = await untyped.objectStore('logs').openCursor();
        while (cursor) {
          const log = cursor.value as SiteLog | undefined;
          if (log && typeof log.site === 'string' && Array.isArray(log.events) && Array.isArray(log.visits)) {
            const w = storedWrite({ ...log, first: 0 }, 0);
            await tx.objectStore('heads').put(w.head, w.head.site);
            for (const c of w.chunks) await tx.objectStore('chunks').put(c.chunk, [w.head.site, c.seq]);
          }
          cursor = await cursor.continue();
        }
        (d as unknown as { deleteObjectStore(n: string): void }).deleteObjectStore('logs');
      },
    });
    return db;
  };
  const siteRange = (site: string, from = 0, to = Number.POSITIVE_INFINITY) =>
    IDBKeyRange.bound([site, from], [site, to]);
  return {
    async load(site) {
      const tx = (await open()).transaction(['heads', 'chunks'], 'readonly');
      const [head, chunks] = await Promise.all([
        tx.objectStore('heads').get(site),
        tx.objectStore('chunks').getAll(siteRange(site)),
      ]);
      return head ? { head, chunks } : undefined;
    },
    async loadView(site) {
      return (await (await open()).get('views', site)) ?? undefined;
    },
    async save(writes) {
      const tx = (await open()).transaction(STORES, 'readwrite');
      const chunks = tx.objectStore('chunks');
      for (const w of writes) {
        const site = w.head.site;
        void tx.objectStore('heads').put(w.head, site);
        // Chunks before the oldest kept event and after the newest (a log cut short) are gone.
        void chunks.delete(siteRange(site, Number.NEGATIVE_INFINITY, w.keep[0] - 0.5));
        void chunks.delete(siteRange(site, w.keep[1] + 0.5));
        for (const c of w.chunks) void chunks.put(c.chunk, [site, c.seq]);
        void tx.objectStore('views').put(w.view, site);
        void tx.objectStore('meta').put(w.meta, site);
      }
      await tx.done;
    },
    async remove(site) {
      const tx = (await open()).transaction(STORES, 'readwrite');
      void tx.objectStore('heads').delete(site);
      void tx.objectStore('chunks').delete(siteRange(site));
      void tx.objectStore('views').delete(site);
      void tx.objectStore('meta').delete(site);
      await tx.done;
    },
    async listMeta() {
      return (await open()).getAll('meta');
    },
  };
}

/** The version-1 store as the upgrade reads it. */
interface IDBPTransaction1 {
  objectStore(name: 'logs'): { openCursor(): Promise<OldCursor | null> };
}

interface OldCursor {
  value: unknown;
  continue(): Promise<OldCursor | null>;
}
