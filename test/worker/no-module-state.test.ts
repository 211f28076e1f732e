import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const WORKER = resolve(import.meta.dirname, '../../src/worker');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/**
 * All of the worker's mutable state lives in the object createWorker builds, so tests can build many workers over a
 * fake browser and nothing leaks between them. A top-level `let`/`var`, or a top-level collection or object literal
 * that is not frozen, is module-level state.
 */
const MUTABLE = [
  /^(export )?(let|var) /,
  /^(export )?const \w+(: [^=]+)? = new (Map|Set|WeakMap|WeakSet|Array)\b/,
  /^(export )?const \w+(: [^=]+)? = \[/,
  /^(export )?const \w+(: [^=]+)? = \{(?!.*\bas const\b)/,
];

describe('src/worker', () => {
  it('holds no mutable state at module level', () => {
    const offenders: string[] = [];
    for (const file of files(WORKER)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (MUTABLE.some((re) => re.test(line))) offenders.push(`${relative(WORKER, file)}:${i + 1}: ${line}`);
        });
    }
    expect(offenders).toEqual([]);
  });

  it('the check itself catches module-level state', () => {
    for (const line of ['let count = 0;', 'const views = new Map<number, string>();', 'export const list = [];']) {
      expect(MUTABLE.some((re) => re.test(line))).toBe(true);
    }
    expect(MUTABLE.some((re) => re.test('const COLORS = Object.freeze({'))).toBe(false);
  });
});
