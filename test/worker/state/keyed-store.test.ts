import { describe, expect, it } from 'vitest';
import { storedBytes } from '../../../src/core/stored-bytes';
import { KeyedStore } from '../../../src/worker/state/keyed-store';
import { fakeStorage, manualScheduler } from '../fake-storage';

const validate = (raw: unknown) => (typeof raw === 'string' ? raw : null);

function store(
  storage: ReturnType<typeof fakeStorage>,
  sched: ReturnType<typeof manualScheduler>,
  limits: { maxEntries?: number; entryBudget?: number; totalBudget?: number; onEvict?: (name: string) => void } = {},
) {
  let clock = 0;
  return new KeyedStore<string>({
    area: storage.area,
    indexKey: 'idx',
    prefix: 's:',
    writeDelayMs: 200,
    maxEntries: limits.maxEntries ?? 100,
    entryBudget: limits.entryBudget ?? 1e6,
    totalBudget: limits.totalBudget ?? 1e7,
    // Trims a string value to its budget (the tests' stand-in for dropping a record's oldest entries).
    fit: (v, budget, key) => (storedBytes(key, v) <= budget ? v : v.slice(0, Math.max(0, budget - key.length - 2))),
    validate,
    scheduler: sched.scheduler,
    now: () => ++clock,
    ...(limits.onEvict ? { onEvict: limits.onEvict } : {}),
  });
}

const sets = (log: string[]) => log.filter((l) => l.startsWith('set'));

describe('KeyedStore', () => {
  it('loads only the index at start and an entry when it is first touched', async () => {
    const s = fakeStorage(1e6, {
      idx: [
        ['a', 1, 0],
        ['b', 2, 0],
      ],
      's:a': 'A',
      's:b': 'B',
    });
    const st = store(s, manualScheduler());
    await st.ready();
    expect(s.log).toEqual(['get idx']);
    expect(await st.read('b')).toBe('B');
    expect(s.log).toEqual(['get idx', 'get s:b']);
    expect(st.peek('a')).toBeUndefined();
  });

  it('applies concurrent updates of an entry in order, after its load', async () => {
    const s = fakeStorage(1e6, { idx: [['a', 1, 0]], 's:a': 'x' });
    const st = store(s, manualScheduler());
    await Promise.all(Array.from({ length: 500 }, () => st.update('a', (v) => `${v ?? ''}y`)));
    expect((await st.read('a'))?.length).toBe(501);
  });

  it('writes changed entries before the index that names them, one batch per delay', async () => {
    const s = fakeStorage();
    const sched = manualScheduler();
    const st = store(s, sched);
    await st.update('a', () => 'one');
    await st.update('c', () => 'two');
    await sched.fire();
    expect(sets(s.log)).toEqual(['set s:a,s:c', 'set idx']);
    expect(s.data.get('idx')).toEqual([
      ['a', 1, storedBytes('s:a', 'one')],
      ['c', 2, storedBytes('s:c', 'two')],
    ]);
  });

  it('keeps a site named __proto__ as data, without touching Object.prototype', async () => {
    const s = fakeStorage();
    const sched = manualScheduler();
    const st = store(s, sched);
    const builtIns = Object.getOwnPropertyNames(Object.prototype).sort();
    await st.update('__proto__', () => 'hostile');
    await st.update('constructor', () => 'also');
    await sched.fire();
    expect(await st.names()).toEqual(['__proto__', 'constructor']);
    // Were the index a plain object, index.__proto__ would be Object.prototype and touching the entry would write
    // its `at` and `bytes` there: for every object in the realm.
    expect(({} as Record<string, unknown>).at).toBeUndefined();
    expect(({} as Record<string, unknown>).bytes).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(builtIns);
    const again = store(s, sched);
    expect(await again.read('__proto__')).toBe('hostile');
    expect([...(await again.readAll()).keys()]).toEqual(['__proto__', 'constructor']);
  });

  it('evicts the least recently touched past the count, removing each from storage before the index drops it', async () => {
    const s = fakeStorage();
    const sched = manualScheduler();
    const told: string[] = [];
    const st = store(s, sched, { maxEntries: 2, onEvict: (n) => told.push(n) });
    await st.update('old', () => '1');
    await sched.fire();
    await st.update('mid', () => '2');
    await st.update('new', () => '3');
    await sched.fire();
    expect(await st.names()).toEqual(['mid', 'new']);
    expect(s.data.has('s:old')).toBe(false);
    const order = s.log.slice(s.log.indexOf('remove s:old'));
    expect(order[0]).toBe('remove s:old');
    expect(order.at(-1)).toBe('set idx');
    expect(st.status().evicted).toBe(1);
    // Whoever must say an entry is gone is told which.
    expect(told).toEqual(['old']);
  });

  it('trims an entry to its byte budget and keeps the store within its total', async () => {
    const s = fakeStorage();
    const sched = manualScheduler();
    const st = store(s, sched, { entryBudget: 100, totalBudget: 250 });
    for (const n of ['a', 'b', 'c', 'd']) await st.update(n, () => 'z'.repeat(10_000));
    await sched.fire();
    expect((await st.read('d'))?.length).toBeLessThan(100);
    // Four 100-byte entries do not fit in 250 bytes: the oldest went.
    expect(await st.names()).toEqual(['c', 'd']);
    expect(st.status().bytes).toBeLessThanOrEqual(250 + 100);
  });

  it('on a quota error evicts the oldest entries not being written and retries once', async () => {
    const s = fakeStorage(2_000);
    const sched = manualScheduler();
    const st = store(s, sched);
    for (let i = 0; i < 8; i++) await st.update(`old${i}`, () => 'x'.repeat(200));
    await sched.fire();
    expect(await st.names()).toHaveLength(8);
    await st.update('fresh', () => 'y'.repeat(400));
    await sched.fire();
    expect(await st.read('fresh')).toBe('y'.repeat(400));
    expect(s.data.get('s:fresh')).toBe('y'.repeat(400));
    expect(st.status().evicted).toBeGreaterThan(0);
    expect(st.status().failedWrites).toBe(0);
    // The index never names an entry that is not stored.
    for (const [name] of s.data.get('idx') as [string][]) expect(s.data.has(`s:${name}`)).toBe(true);
  });

  it('never clears a change whose write failed: counts it, says it is paused, and saves it later', async () => {
    const s = fakeStorage();
    const sched = manualScheduler();
    const st = store(s, sched);
    await st.update('a', () => 'kept');
    s.failWrites(1);
    await sched.fire();
    expect(st.status().failedWrites).toBe(1);
    expect(st.status().pausedSince).toBeDefined();
    expect(s.data.has('s:a')).toBe(false);
    await sched.fire();
    expect(s.data.get('s:a')).toBe('kept');
    expect(st.status().pausedSince).toBeUndefined();
  });

  it('deletes an entry when an update returns null, and reads every entry back in one call', async () => {
    const s = fakeStorage(1e6, {
      idx: [
        ['a', 1, 0],
        ['b', 2, 0],
        ['c', 3, 0],
      ],
      's:a': 'A',
      's:b': 'B',
      's:c': 'C',
    });
    const st = store(s, manualScheduler());
    await st.update('b', () => null);
    expect([...(await st.readAll()).entries()]).toEqual([
      ['a', 'A'],
      ['c', 'C'],
    ]);
    expect(s.log.filter((l) => l === 'get 2')).toHaveLength(1);
  });

  it('drops an entry that fails validation instead of crashing', async () => {
    const s = fakeStorage(1e6, { idx: [['a', 1, 0]], 's:a': 42 });
    const st = store(s, manualScheduler());
    expect(await st.read('a')).toBeUndefined();
    await st.update('a', (v) => `${v ?? ''}1`);
    expect(await st.read('a')).toBe('1');
  });

  it('gives up its least recently touched entries for another write, each removed before the index drops it', async () => {
    const s = fakeStorage();
    const sched = manualScheduler();
    const st = store(s, sched);
    for (const n of ['old', 'mid', 'new']) await st.update(n, () => 'x'.repeat(1000));
    await sched.fire();
    const freed = await st.release(1500);
    expect(freed).toBeGreaterThanOrEqual(1500);
    expect(await st.names()).toEqual(['new']);
    expect([...s.data.keys()].sort()).toEqual(['idx', 's:new']);
    expect(s.log.slice(-2)).toEqual(['remove s:old,s:mid', 'set idx']);
    expect(st.status().evicted).toBe(2);
    // Nothing left to give: it says so.
    await st.release(Number.POSITIVE_INFINITY);
    expect(await st.release(10)).toBe(0);
  });
});
