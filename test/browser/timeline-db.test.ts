import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { idbTimelineBackend } from '../../src/browser/timeline-db';
import { appendEvents, appendVisit, emptySiteLog } from '../../src/core/timeline/site-log';
import { siteMeta } from '../../src/core/timeline/site-meta';
import { CHUNK_EVENTS, logFromStored, storedWrite } from '../../src/core/timeline/stored-log';
import { buildTimelineView } from '../../src/core/timeline/timeline-view';
import { event } from '../core/timeline/factory';

function write(log: ReturnType<typeof emptySiteLog>, dirtyFrom = 0) {
  return { ...storedWrite(log, dirtyFrom), view: buildTimelineView(log, { now: 10 }), meta: siteMeta(log, 10) };
}

describe('IndexedDB timeline backend (fake-indexeddb)', () => {
  it('saves heads, chunks, views and metas in one transaction, loads, lists and removes them', async () => {
    const db = idbTimelineBackend(`test-${Math.random()}`);
    const log = emptySiteLog('a.test');
    appendEvents(log, [event(1), event(2)]);
    await db.save([write(log)]);
    const stored = await db.load('a.test');
    expect(stored && logFromStored(stored)).toEqual(log);
    expect((await db.loadView('a.test'))?.totalEvents).toBe(2);
    expect((await db.listMeta()).map((m) => [m.site, m.events])).toEqual([['a.test', 2]]);
    await db.remove('a.test');
    expect(await db.load('a.test')).toBeUndefined();
    expect(await db.loadView('a.test')).toBeUndefined();
    expect(await db.listMeta()).toEqual([]);
  });

  it('rewrites only changed chunks and deletes the ones whose events were all dropped', async () => {
    const db = idbTimelineBackend(`test-${Math.random()}`);
    const log = emptySiteLog('a.test');
    appendEvents(
      log,
      Array.from({ length: 3 * CHUNK_EVENTS }, (_, i) => event(i, 'set', { name: `c${i % 7}` })),
    );
    await db.save([write(log)]);
    // The front trimmed past the first chunk and into the second; a few new events at the end.
    log.events.splice(0, CHUNK_EVENTS + 10);
    log.first += CHUNK_EVENTS + 10;
    log.dropped += CHUNK_EVENTS + 10;
    const end = log.first + log.events.length;
    appendEvents(log, [event(10_000), event(10_001)]);
    await db.save([write(log, end)]);
    const stored = await db.load('a.test');
    expect(stored?.chunks.map((c) => c.start)).toEqual([CHUNK_EVENTS, 2 * CHUNK_EVENTS, 3 * CHUNK_EVENTS]);
    expect(stored && logFromStored(stored)).toEqual(log);
  });

  it('converts a version-1 database (one record per site) once, keeping its events', async () => {
    const name = `test-${Math.random()}`;
    const old = await openDB(name, 1, {
      upgrade(d) {
        d.createObjectStore('logs');
        d.createObjectStore('meta');
      },
    });
    const v1 = emptySiteLog('old.test') as unknown as Record<string, unknown>;
    delete v1.first;
    const log = v1 as unknown as ReturnType<typeof emptySiteLog>;
    appendVisit(log, { at: 1, tabId: 1, url: 'https://old.test/' });
    appendEvents(log, [event(2), event(3, 'deleted-by-site')]);
    await old.put('logs', log, 'old.test');
    await old.put('meta', siteMeta(log, 10), 'old.test');
    const other = { ...log, site: 'other.test', events: [event(5, 'set', { name: 'x' })], visits: [] };
    await old.put('logs', other, 'other.test');
    // A damaged record is left behind, not a failed upgrade.
    await old.put('logs', { nonsense: true }, 'broken.test');
    old.close();
    const db = idbTimelineBackend(name);
    const stored = await db.load('old.test');
    expect(stored && logFromStored(stored)).toEqual({ ...log, first: 0 });
    const second = await db.load('other.test');
    expect(second && logFromStored(second).events.map((e) => e.cookie.name)).toEqual(['x']);
    expect(await db.load('broken.test')).toBeUndefined();
    expect((await db.listMeta()).map((m) => m.site)).toEqual(['old.test']);
  });
});
