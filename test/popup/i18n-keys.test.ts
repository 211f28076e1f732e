import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, OBSERVATIONS, SEVERITIES } from '../../src/core/types';

const root = resolve(import.meta.dirname, '../..');
const messages = JSON.parse(readFileSync(join(root, 'public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, unknown> }
>;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('UI strings live in _locales/en/messages.json', () => {
  it('has every literal key the popup and pages ask for', () => {
    const used = new Set<string>();
    for (const file of [...sources(join(root, 'src/popup')), ...sources(join(root, 'src/reports'))]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z_]+)'/g)) used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(30);
    const missing = [...used].filter((k) => !(k in messages));
    expect(missing).toEqual([]);
  });

  it('has every key built from a template: categories, severities, how a cookie was seen', () => {
    const keys = [
      ...CATEGORIES.map((c) => `category_${c}`),
      ...SEVERITIES.map((s) => `severity_${s}`),
      ...OBSERVATIONS.map((o) => `seen_${o.replaceAll('-', '_')}`),
    ];
    expect(keys).toContain('seen_partitioned_by_browser');
    expect(keys.filter((k) => !(k in messages))).toEqual([]);
  });

  it('declares a placeholder for every $NAME$ a message uses', () => {
    for (const [key, entry] of Object.entries(messages)) {
      for (const m of entry.message.matchAll(/\$([A-Z_]+)\$/g)) {
        expect(Object.keys(entry.placeholders ?? {}), key).toContain((m[1] as string).toLowerCase());
      }
    }
  });
});
