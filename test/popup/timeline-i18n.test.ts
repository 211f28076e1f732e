import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TIMELINE_EVENT_KINDS } from '../../src/core/timeline/event';

const root = resolve(import.meta.dirname, '../..');
const messages = JSON.parse(readFileSync(join(root, 'public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  unknown
>;

describe('Timeline strings built from templates', () => {
  it('has a label for every event kind, mark and changed field', () => {
    const fields = [
      'lifespan',
      'secure',
      'httpOnly',
      'sameSite',
      'category',
      'partitioned',
      'value',
      'valueLength',
      'expires',
    ];
    const keys = [
      ...TIMELINE_EVENT_KINDS.map((k) => `event_${k.replace(/-/g, '_')}`),
      ...['new', 'changed', 'gone'].map((m) => `mark_${m}`),
      ...fields.map((f) => `field_${f}`),
    ];
    expect(keys.filter((k) => !(k in messages))).toEqual([]);
  });
});
