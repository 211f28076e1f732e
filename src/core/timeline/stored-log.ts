import type { TimelineEvent, Visit } from './event';
import { decodeChunk, type EventChunk, encodeChunk } from './event-chunk';
import { SITE_LOG_VERSION, type SiteLog } from './site-log';

/**
 * Events per stored chunk. A write rewrites only the chunk the new events fall in (and any after it), so a busy
 * site's write stays ≈ 50 KB instead of its whole log; 500 events of ≈ 100 bytes each keep a chunk small enough to
 * rewrite on every batch and few enough that a 10,000-event log is 20 records.
 */
export const CHUNK_EVENTS = 500;

/** A site's timeline without its events: one small record, written with every batch. */
export interface StoredHead {
  v: 2;
  site: string;
  /** Ordinal of the oldest event still kept (see SiteLog.first). */
  first: number;
  /** Ordinal one past the newest event. */
  end: number;
  dropped: number;
  bytes: number;
  visits: Visit[];
}

export interface StoredSite {
  head: StoredHead;
  /** The site's chunks in ordinal order. */
  chunks: EventChunk[];
}

/** What one save writes for a site: the head and the chunks that changed; chunks outside `keep` are deleted. */
export interface StoredWrite {
  head: StoredHead;
  chunks: { seq: number; chunk: EventChunk }[];
  /** Chunk numbers still holding kept events, inclusive; [0, -1] when none. */
  keep: [number, number];
}

export function chunkSeq(ordinal: number): number {
  return Math.floor(ordinal / CHUNK_EVENTS);
}

/**
 * The records to write for a log whose events from ordinal `dirtyFrom` on are new or moved (the rest were saved
 * before and are unchanged). `dirtyFrom` 0 writes every chunk (a migration, or a log never saved).
 */
export function storedWrite(log: SiteLog, dirtyFrom: number): StoredWrite {
  const end = log.first + log.events.length;
  const head: StoredHead = {
    v: 2,
    site: log.site,
    first: log.first,
    end,
    dropped: log.dropped,
    bytes: log.bytes,
    visits: log.visits,
  };
  const chunks: StoredWrite['chunks'] = [];
  const from = Math.max(dirtyFrom, log.first);
  for (let seq = chunkSeq(from); from < end && seq * CHUNK_EVENTS < end; seq++) {
    const lo = Math.max(seq * CHUNK_EVENTS, log.first);
    const hi = Math.min((seq + 1) * CHUNK_EVENTS, end);
    chunks.push({ seq, chunk: encodeChunk(log.events.slice(lo - log.first, hi - log.first), lo) });
  }
  const keep: [number, number] = end > log.first ? [chunkSeq(log.first), chunkSeq(end - 1)] : [0, -1];
  return { head, chunks, keep };
}

/**
 * The log back from its records. A chunk may still hold events older than `first` (the front was trimmed after it
 * was written; it is rewritten only when it changes): those are skipped. Throws on records that are not a log's.
 */
export function logFromStored(stored: StoredSite): SiteLog {
  const { head } = stored;
  if (head?.v !== 2 || !Array.isArray(head.visits) || !Array.isArray(stored.chunks)) {
    throw new Error('Not a stored timeline.');
  }
  const events: TimelineEvent[] = [];
  let next = head.first;
  for (const chunk of stored.chunks) {
    const decoded = decodeChunk(chunk);
    for (let i = 0; i < decoded.length; i++) {
      // In order and each ordinal once, whatever a damaged record says.
      if (chunk.start + i < next || chunk.start + i >= head.end) continue;
      events.push(decoded[i]!);
      next = chunk.start + i + 1;
    }
  }
  return {
    v: SITE_LOG_VERSION,
    site: head.site,
    events,
    visits: head.visits,
    dropped: head.dropped,
    first: head.end - events.length,
    bytes: head.bytes,
  };
}
