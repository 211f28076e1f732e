import { describe, expect, it } from 'vitest';
import { CHUNK_EVENTS } from '../../../src/core/timeline/stored-log';
import { TIMELINE_VIEW_LIMITS } from '../../../src/core/timeline/timeline-view';
import { createTimelineStore, type TimelineBackend } from '../../../src/worker/timeline/timeline-store';
import { event } from '../../core/timeline/factory';
import { fakeTimelineDb } from '../fake-timeline-db';

const T = Date.UTC(2025, 2, 1, 12);
const DAY = 86_400_000;

/** A Map standing in for IndexedDB, record for record (the worker tests' fake). */
const mapBackend = fakeTimelineDb;

/** Timers run by hand, a clock that moves when told. */
function manual() {
  let now = T;
  const timers: { at: number; fn: () => void; id: number }[] = [];
  let id = 0;
  return {
    now: () => now,
    setTimer: (fn: () => void, ms: number) => {
      timers.push({ at: now + ms, fn, id: ++id });
      return id;
    },
    clearTimer: (h: unknown) => {
      const i = timers.findIndex((t) => t.id === h);
      if (i >= 0) timers.splice(i, 1);
    },
    advance(ms: number) {
      now += ms;
      for (const t of timers.filter((x) => x.at <= now)) {
        timers.splice(timers.indexOf(t), 1);
        t.fn();
      }
    },
  };
}

function store(backend: TimelineBackend, clock = manual(), retention = 30) {
  return {
    clock,
    s: createTimelineStore({
      backend,
      now: clock.now,
      retentionDays: () => retention,
      setTimer: clock.setTimer,
      clearTimer: clock.clearTimer,
    }),
  };
}

describe('timeline store', () => {
  it('batches writes: a burst is one write, after the delay', async () => {
    const b = mapBackend();
    const { s, clock } = store(b.backend);
    for (let i = 0; i < 500; i++) s.record('a.test', event(T + i, 'set', { name: `c${i}` }));
    expect(b.saves()).toBe(0);
    clock.advance(200);
    await s.flush();
    expect(b.saves()).toBe(1);
    expect(b.logs.get('a.test')?.events).toHaveLength(500);
  });

  it('writes within maxWait even when events never stop', async () => {
    const b = mapBackend();
    const { s, clock } = store(b.backend);
    for (let i = 0; i < 15; i++) {
      s.record('a.test', event(T + i * 100));
      clock.advance(100);
    }
    // The batch started at 1,000 ms (maxWait) while the 200 ms delay kept being pushed back; let it finish.
    await new Promise((r) => setTimeout(r, 0));
    expect(b.saves()).toBe(1);
    // Without the maximum wait the 200 ms delay, pushed back every 100 ms, would never have fired.
    expect(b.logs.get('a.test')?.events.length).toBe(15);
  });

  it('reads include queued events without writing them; a new store sees what was saved (worker restart)', async () => {
    const b = mapBackend();
    const { s } = store(b.backend);
    s.noteVisit('a.test', { at: T, tabId: 1, url: 'https://a.test/' });
    s.record('a.test', event(T + 1));
    const read = await s.read('a.test');
    expect(read.events).toHaveLength(1);
    expect(b.saves()).toBe(0);
    await s.flush();
    const { s: restarted } = store(b.backend);
    const after = await restarted.read('a.test');
    expect(after.events).toHaveLength(1);
    expect(after.visits).toHaveLength(1);
  });

  it('keeps incognito sites in memory only', async () => {
    const b = mapBackend();
    const { s } = store(b.backend);
    s.record('private.test', event(T), true);
    await s.flush();
    expect(b.logs.size).toBe(0);
    expect((await s.read('private.test', true)).events).toHaveLength(1);
    expect((await s.read('private.test')).events).toHaveLength(0);
  });

  it('a failed write loses nothing: the events are queued again and the failure counted', async () => {
    const fail = { next: true };
    const b = mapBackend(fail);
    const { s } = store(b.backend);
    s.record('a.test', event(T + 1, 'set', { name: 'x' }));
    await s.flush();
    expect(s.failedWrites).toBe(1);
    expect(b.logs.size).toBe(0);
    s.record('a.test', event(T + 2, 'set', { name: 'y' }));
    await s.flush();
    expect(b.logs.get('a.test')?.events.map((e) => e.cookie.name)).toEqual(['x', 'y']);
  });

  it('drops history older than the retention setting at each write, and clears a site on request', async () => {
    const b = mapBackend();
    const clock = manual();
    const { s } = store(b.backend, clock, 30);
    s.record('a.test', event(T - 40 * DAY));
    s.record('a.test', event(T - 1));
    await s.flush();
    expect(b.logs.get('a.test')?.events.map((e) => e.at)).toEqual([T - 1]);
    const [meta] = await s.listMeta();
    expect(meta).toMatchObject({ site: 'a.test', events: 1, lastEventAt: T - 1 });
    expect(meta?.daily.at(-1)).toBe(1);
    await s.clear('a.test');
    expect(b.logs.size).toBe(0);
    expect((await s.read('a.test')).events).toEqual([]);
  });

  it('a batch rewrites only the chunk its events fall in, not the whole log', async () => {
    const b = mapBackend();
    const { s } = store(b.backend);
    for (let i = 0; i < 2 * CHUNK_EVENTS + 10; i++) s.record('a.test', event(T + i, 'set', { name: `c${i % 40}` }));
    await s.flush();
    expect(b.chunkPuts()).toBe(3);
    s.record('a.test', event(T + 5000));
    await s.flush();
    // Only the third chunk (events 1,000–1,010) was written again.
    expect(b.chunkPuts()).toBe(4);
    const { s: restarted } = store(b.backend);
    expect((await restarted.read('a.test')).events).toHaveLength(2 * CHUNK_EVENTS + 11);
  });

  it('opens the first view without reading the whole log: memory after a write, the saved view after a restart', async () => {
    const b = mapBackend();
    const { s } = store(b.backend);
    s.noteVisit('a.test', { at: T, tabId: 1, url: 'https://a.test/' });
    for (let i = 0; i < 100; i++) s.record('a.test', event(T + i, 'set', { name: `c${i}` }, { visit: T }));
    // Queued events are in the view before they are written.
    expect((await s.readView('a.test')).totalEvents).toBe(100);
    await s.flush();
    const loadsBefore = b.loads();
    const first = await s.readView('a.test');
    expect(await s.readView('a.test')).toBe(first);
    const { s: restarted } = store(b.backend);
    const cold = await restarted.readView('a.test');
    expect(b.loads()).toBe(loadsBefore);
    expect(cold).toEqual(first);
    expect(cold.groups[0]?.events).toHaveLength(TIMELINE_VIEW_LIMITS.perGroup);
    // A new event makes the next view fresh (and loads the log once, for the write).
    restarted.record('a.test', event(T + 500, 'deleted-by-site', { name: 'c1' }, { visit: T }));
    expect((await restarted.readView('a.test')).totalEvents).toBe(101);
  });

  it('keeps all timelines within the total budget, removing the sites that moved least recently', async () => {
    const b = mapBackend();
    const clock = manual();
    const s = createTimelineStore({
      backend: b.backend,
      now: clock.now,
      retentionDays: () => 30,
      setTimer: clock.setTimer,
      clearTimer: clock.clearTimer,
      totalBudgetBytes: 3 * 1024,
    });
    for (let i = 0; i < 6; i++) {
      for (let j = 0; j < 4; j++) s.record(`s${i}.test`, event(T + i * 1000 + j, 'set', { name: `c${j}` }));
      await s.flush();
    }
    const kept = [...b.logs.keys()].sort();
    expect(kept).toContain('s5.test');
    expect(kept).not.toContain('s0.test');
    expect(s.evictedSites).toBe(6 - kept.length);
    const total = [...b.logs.values()].reduce((sum, l) => sum + l.bytes, 0);
    expect(total).toBeLessThanOrEqual(3 * 1024);
  });
});
