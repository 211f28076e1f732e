import { describe, expect, it } from 'vitest';
import { storedBytes } from '../../../src/core/stored-bytes';
import { PersistedValue } from '../../../src/worker/state/persisted-value';
import { fakeStorage, manualScheduler } from '../fake-storage';

const validate = (raw: unknown) => (typeof raw === 'object' && raw !== null ? (raw as Record<string, number>) : null);

function value(store = fakeStorage(), sched = manualScheduler()) {
  return new PersistedValue<Record<string, number>>({
    area: store.area,
    key: 'k:v1',
    initial: () => ({}),
    writeDelayMs: 200,
    validate,
    scheduler: sched.scheduler,
  });
}

describe('PersistedValue', () => {
  it('applies concurrent updates in order after the initial load: none overwrites another', async () => {
    const store = fakeStorage(1e6, { 'k:v1': { a: 1 } });
    const sched = manualScheduler();
    const v = value(store, sched);
    await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        v.update((m) => {
          m[`c${i % 10}`] = (m[`c${i % 10}`] ?? 0) + 1;
        }),
      ),
    );
    const got = await v.read();
    expect(got.a).toBe(1);
    expect(Object.values(got).reduce((a, b) => a + b, 0)).toBe(1001);
    expect(store.log.filter((l) => l.startsWith('set'))).toEqual([]);
    await sched.fire();
    // One batch, one write.
    expect(store.log.filter((l) => l.startsWith('set'))).toEqual(['set k:v1']);
    expect((store.data.get('k:v1') as Record<string, number>).c0).toBe(100);
  });

  it('starts fresh on a value of the wrong shape, and never writes when nothing changed', async () => {
    const store = fakeStorage(1e6, { 'k:v1': 'garbage' });
    const v = value(store);
    expect(await v.read()).toEqual({});
    await v.update(() => false);
    await v.flush();
    expect(v.writes).toBe(0);
  });

  it('stays dirty when a write fails and saves on the retry', async () => {
    const store = fakeStorage();
    const sched = manualScheduler();
    const v = value(store, sched);
    await v.update((m) => {
      m.x = 1;
    });
    store.failWrites(1);
    await expect(v.flush()).rejects.toThrow(/broken/);
    expect(v.dirty).toBe(true);
    expect(v.failedWrites).toBe(1);
    // A retry was scheduled by itself.
    expect(sched.pending()).toBe(1);
    await sched.fire();
    expect(v.dirty).toBe(false);
    expect(store.data.get('k:v1')).toEqual({ x: 1 });
  });

  it('keeps memory-only values (incognito) out of storage', async () => {
    const v = new PersistedValue<Record<string, number>>({
      area: null,
      key: 'p',
      initial: () => ({}),
      writeDelayMs: 0,
      validate,
    });
    await v.update((m) => {
      m.x = 1;
    });
    await v.flush();
    expect(v.writes).toBe(0);
    expect(await v.read()).toEqual({ x: 1 });
  });

  it('on a quota error asks bulk data for room, more each round, until the write fits; fails when none is left', async () => {
    const store = fakeStorage(300);
    const sched = manualScheduler();
    await store.area.set({ bulk: 'b'.repeat(250) });
    const asked: number[] = [];
    const v = new PersistedValue<Record<string, number>>({
      area: store.area,
      key: 'k:v1',
      initial: () => ({}),
      writeDelayMs: 0,
      validate,
      scheduler: sched.scheduler,
      makeRoom: async (bytes) => {
        asked.push(bytes);
        const bulk = String(store.data.get('bulk') ?? '');
        if (bulk === '') return 0;
        // Gives up only 20 bytes a round: the value asks again, for twice as much.
        await store.area.set({ bulk: bulk.slice(20) });
        return 20;
      },
    });
    await v.update((m) => {
      for (let i = 0; i < 10; i++) m[`key${i}`] = i;
    });
    await v.flush();
    expect(Object.keys(store.data.get('k:v1') as object)).toHaveLength(10);
    expect(asked.length).toBeGreaterThan(1);
    expect(asked[1]).toBe(asked[0]! * 2);
    // Full of data that is not the bulk's: the write fails (and stays dirty, to be tried again).
    await store.area.remove(['bulk']);
    await store.area.set({ other: 'o'.repeat(300 - store.bytes() - storedBytes('other', '')) });
    await v.update((m) => {
      m.more = 1;
    });
    await expect(v.flush()).rejects.toThrow(/quota/);
    expect(v.dirty).toBe(true);
  });
});
