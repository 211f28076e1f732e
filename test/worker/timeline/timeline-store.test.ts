import { describe, expect, it } from 'vitest';
import type { SiteLog } from '../../../src/core/timeline/site-log';
import type { SiteTimelineMeta } from '../../../src/core/timeline/site-meta';
import { createTimelineStore, type TimelineBackend } from '../../../src/worker/timeline/timeline-store';
import { event } from '../../core/timeline/factory';

const T = Date.UTC(2025, 2, 1, 12);
const DAY = 86_400_000;

/** A Map standing in for IndexedDB: values are cloned in and out like structured clone does. */
function mapBackend(fail = { next: false }) {
  const logs = new Map<string, SiteLog>();
  const metas = new Map<string, SiteTimelineMeta>();
  let saves = 0;
  const backend: TimelineBackend = {
    load: async (site) => structuredClone(logs.get(site)),
    save: async (entries) => {
      if (fail.next) {
        fail.next = false;
        throw new Error('QuotaExceededError');
      }
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
