import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { idbTimelineBackend } from '../../src/browser/timeline-db';
import { appendEvents, emptySiteLog } from '../../src/core/timeline/site-log';
import { siteMeta } from '../../src/core/timeline/site-meta';
import { event } from '../core/timeline/factory';

describe('IndexedDB timeline backend (fake-indexeddb)', () => {
  it('saves logs with their metas in one transaction, loads, lists and removes them', async () => {
    const db = idbTimelineBackend(`test-${Math.random()}`);
    const log = emptySiteLog('a.test');
    appendEvents(log, [event(1), event(2)]);
    await db.save([{ log, meta: siteMeta(log, 10) }]);
    expect(await db.load('a.test')).toEqual(log);
    expect((await db.listMeta()).map((m) => [m.site, m.events])).toEqual([['a.test', 2]]);
    await db.remove('a.test');
    expect(await db.load('a.test')).toBeUndefined();
    expect(await db.listMeta()).toEqual([]);
  });
});
