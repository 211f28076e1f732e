import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { SiteLog } from '../core/timeline/site-log';
import type { SiteTimelineMeta } from '../core/timeline/site-meta';
import type { TimelineBackend } from '../worker/timeline/timeline-store';

interface TimelineDb extends DBSchema {
  logs: { key: string; value: SiteLog };
  meta: { key: string; value: SiteTimelineMeta };
}

const DB_NAME = 'cookie-auditor-timeline';
const DB_VERSION = 1;

/**
 * The timeline lives in IndexedDB, not storage.local: storage.local holds about 10 MB for everything (settings,
 * per-site history), while IndexedDB's quota is a share of the disk (web.dev "Storage for the web": Chrome lets
 * an origin use up to 60 % of the disk), so a busy site's 2 MB of events can never make a settings write fail. `idb` (≈1.2 KB) gives IndexedDB promises and a typed
 * schema; hand-written request/transaction callbacks would be longer and easier to get wrong.
 */
export function idbTimelineBackend(name = DB_NAME): TimelineBackend {
  let db: Promise<IDBPDatabase<TimelineDb>> | null = null;
  const open = () => {
    db ??= openDB<TimelineDb>(name, DB_VERSION, {
      upgrade(d) {
        d.createObjectStore('logs');
        d.createObjectStore('meta');
      },
    });
    return db;
  };
  return {
    async load(site) {
      return (await (await open()).get('logs', site)) ?? undefined;
    },
    async save(entries) {
      const tx = (await open()).transaction(['logs', 'meta'], 'readwrite');
      const logs = tx.objectStore('logs');
      const meta = tx.objectStore('meta');
      for (const { log, meta: m } of entries) {
        void logs.put(log, log.site);
        void meta.put(m, log.site);
      }
      await tx.done;
    },
    async remove(site) {
      const tx = (await open()).transaction(['logs', 'meta'], 'readwrite');
      void tx.objectStore('logs').delete(site);
      void tx.objectStore('meta').delete(site);
      await tx.done;
    },
    async listMeta() {
      return (await open()).getAll('meta');
    },
  };
}
