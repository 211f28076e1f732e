import { describe, expect, it } from 'vitest';
import { PersistedValue, type Scheduler, type StorageArea } from '../../src/core/persisted-value';

function fakeArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  let writes = 0;
  const area: StorageArea = {
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => {
      writes += 1;
      Object.assign(data, structuredClone(items));
    },
  };
  return { area, data, writes: () => writes };
}

function manualScheduler() {
  const timers: (() => void)[] = [];
  const s: Scheduler = {
    setTimeout: (fn) => timers.push(fn),
    clearTimeout: () => undefined,
  };
  return {
    s,
    fire: () => {
      for (const f of timers.splice(0)) f();
    },
  };
}

const validate = (raw: unknown) => (typeof raw === 'object' && raw !== null ? (raw as Record<string, number>) : null);

describe('PersistedValue', () => {
  it('applies concurrent updates in order after the initial load: none overwrites another', async () => {
    const store = fakeArea({ 'k:v1': { a: 1 } });
    const sched = manualScheduler();
    const v = new PersistedValue<Record<string, number>>({
      area: store.area,
      key: 'k:v1',
      initial: () => ({}),
      writeDelayMs: 200,
      validate,
      scheduler: sched.s,
    });
    await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        v.update((m) => {
          m[`c${i % 10}`] = (m[`c${i % 10}`] ?? 0) + 1;
        }),
      ),
    );
    const value = await v.read();
    expect(value.a).toBe(1);
    expect(Object.values(value).reduce((a, b) => a + b, 0)).toBe(1001);
    // One batch, one write.
    expect(store.writes()).toBe(0);
    sched.fire();
    await Promise.resolve();
    expect(store.writes()).toBe(1);
    expect((store.data['k:v1'] as Record<string, number>).c0).toBe(100);
  });

  it('starts fresh on a value of the wrong shape, and never writes when nothing changed', async () => {
    const store = fakeArea({ 'k:v1': 'garbage' });
    const sched = manualScheduler();
    const v = new PersistedValue({
      area: store.area,
      key: 'k:v1',
      initial: () => ({}),
      writeDelayMs: 200,
      validate,
      scheduler: sched.s,
    });
    expect(await v.read()).toEqual({});
    await v.update(() => false);
    sched.fire();
    await v.flush();
    expect(store.writes()).toBe(0);
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
});

describe('PersistedValue.peek', () => {
  it('is undefined until the stored value has loaded, then shows it without waiting for the queue', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const area: StorageArea = {
      get: async () => {
        await gate;
        return { k: { a: 1 } };
      },
      set: async () => undefined,
    };
    const v = new PersistedValue<Record<string, number>>({
      area,
      key: 'k',
      initial: () => ({}),
      writeDelayMs: 0,
      validate,
    });
    expect(v.peek()).toBeUndefined();
    release();
    await v.ready();
    expect(v.peek()).toEqual({ a: 1 });
  });
});
