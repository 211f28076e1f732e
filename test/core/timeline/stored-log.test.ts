import { describe, expect, it } from 'vitest';
import { appendEvents, appendVisit, emptySiteLog, pruneOlderThan } from '../../../src/core/timeline/site-log';
import { CHUNK_EVENTS, logFromStored, storedWrite } from '../../../src/core/timeline/stored-log';
import { event } from './factory';

function logOf(n: number) {
  const log = emptySiteLog('a.test');
  appendVisit(log, { at: 0, tabId: 1, url: 'https://a.test/' });
  appendEvents(
    log,
    Array.from({ length: n }, (_, i) => event(i + 1, 'set', { name: `c${i % 9}` })),
  );
  return log;
}

describe('stored log', () => {
  it('splits a log into fixed chunks and reads it back whole', () => {
    const log = logOf(2 * CHUNK_EVENTS + 7);
    const w = storedWrite(log, 0);
    expect(w.chunks.map((c) => [c.seq, c.chunk.events.length])).toEqual([
      [0, CHUNK_EVENTS],
      [1, CHUNK_EVENTS],
      [2, 7],
    ]);
    expect(w.keep).toEqual([0, 2]);
    expect(logFromStored({ head: w.head, chunks: w.chunks.map((c) => c.chunk) })).toEqual(log);
  });

  it('writes only the chunks from the first changed event on', () => {
    const log = logOf(2 * CHUNK_EVENTS + 7);
    expect(storedWrite(log, 2 * CHUNK_EVENTS + 7).chunks).toEqual([]);
    expect(storedWrite(log, CHUNK_EVENTS + 3).chunks.map((c) => c.seq)).toEqual([1, 2]);
  });

  it('skips events a stale first chunk still holds after the front was pruned', () => {
    const log = logOf(CHUNK_EVENTS + 20);
    const before = storedWrite(log, 0).chunks.map((c) => c.chunk);
    pruneOlderThan(log, 101);
    expect(log.first).toBe(100);
    const after = storedWrite(log, log.first + log.events.length);
    expect(after.keep).toEqual([0, 1]);
    expect(logFromStored({ head: after.head, chunks: before })).toEqual(log);
  });

  it('refuses records that are not a stored log', () => {
    expect(() => logFromStored({ head: { v: 1 } as never, chunks: [] })).toThrow(/not a stored timeline/i);
  });
});
