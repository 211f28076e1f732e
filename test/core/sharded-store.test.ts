import { describe, expect, it } from 'vitest';
import type { Scheduler } from '../../src/core/persisted-value';
import { type ShardedArea, ShardedStore } from '../../src/core/sharded-store';

function fakeArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  const log: string[] = [];
  const area: ShardedArea = {
    get: async (key) => {
      log.push(`get ${key}`);
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    getMany: async (keys) => {
      log.push(`getMany ${keys.length}`);
      return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    set: async (items) => {
      log.push(`set ${Object.keys(items).sort().join(',')}`);
      Object.assign(data, structuredClone(items));
    },
    remove: async (keys) => {
      log.push(`remove ${keys.join(',')}`);
      for (const k of keys) delete data[k];
    },
  };
  return { area, data, log };
}

function manual() {
  const timers: (() => void)[] = [];
  const s: Scheduler = { setTimeout: (fn) => timers.push(fn), clearTimeout: () => undefined };
  return {
    s,
    fire: async () => {
      for (const f of timers.splice(0)) f();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

const validate = (raw: unknown) => (typeof raw === 'number' ? raw : null);

function store(area: ShardedArea, s: Scheduler, cap = 100) {
  return new ShardedStore<number>({
    area,
    indexKey: 'idx',
    prefix: 's:',
    writeDelayMs: 200,
    cap,
    validate,
    scheduler: s,
  });
}

describe('ShardedStore', () => {
  it('loads only the index at start and a shard when it is first touched', async () => {
    const { area, log } = fakeArea({ idx: { a: 1, b: 2 }, 's:a': 10, 's:b': 20 });
    const st = store(area, manual().s);
    await st.ready();
    expect(log).toEqual(['get idx']);
    expect(await st.read('b')).toBe(20);
    expect(log).toEqual(['get idx', 'get s:b']);
    expect(st.peek('a')).toBeUndefined();
  });

  it('applies concurrent updates of a shard in order, after its load', async () => {
    const { area } = fakeArea({ idx: { a: 1 }, 's:a': 5 });
    const st = store(area, manual().s);
    await Promise.all(Array.from({ length: 500 }, () => st.update('a', (v) => (v ?? 0) + 1)));
    expect(await st.read('a')).toBe(505);
  });

  it('writes only the shards that changed, with the index, in one batch', async () => {
    const { area, log, data } = fakeArea({ idx: { a: 1, b: 2 }, 's:a': 1, 's:b': 2 });
    const sched = manual();
    const st = store(area, sched.s);
    await st.update('a', (v) => (v ?? 0) + 1, 100);
    await st.update('c', () => 7, 101);
    await sched.fire();
    expect(log.filter((l) => l.startsWith('set'))).toEqual(['set idx,s:a,s:c']);
    expect(data).toMatchObject({ 's:a': 2, 's:b': 2, 's:c': 7, idx: { a: 100, b: 2, c: 101 } });
    expect(st.writes).toBe(1);
  });

  it('evicts the least recently touched shards past the cap, from storage too', async () => {
    const { area, data } = fakeArea();
    const sched = manual();
    const st = store(area, sched.s, 2);
    await st.update('old', () => 1, 1);
    await sched.fire();
    await st.update('mid', () => 2, 2);
    await st.update('new', () => 3, 3);
    await sched.fire();
    expect(await st.names()).toEqual(['mid', 'new']);
    expect('s:old' in data).toBe(false);
  });

  it('deletes a shard when an update returns null, and reads every shard back in one call', async () => {
    const { area, log } = fakeArea({ idx: { a: 1, b: 2, c: 3 }, 's:a': 1, 's:b': 2, 's:c': 3 });
    const st = store(area, manual().s);
    await st.update('b', () => null);
    expect(await st.readAll()).toEqual({ a: 1, c: 3 });
    expect(log.filter((l) => l.startsWith('getMany'))).toEqual(['getMany 2']);
  });

  it('drops a shard that fails validation instead of crashing', async () => {
    const { area } = fakeArea({ idx: { a: 1 }, 's:a': 'garbage' });
    const st = store(area, manual().s);
    expect(await st.read('a')).toBeUndefined();
    await st.update('a', (v) => (v ?? 0) + 1);
    expect(await st.read('a')).toBe(1);
  });
});
