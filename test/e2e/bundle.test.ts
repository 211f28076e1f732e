import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness/extension';

const root = resolve(import.meta.dirname, '../..');

/** Every global the bench build puts on the worker's scope, read from the modules that put them there. */
function benchHookNames(): string[] {
  const names = new Set<string>();
  for (const file of ['src/worker/bench-hooks.ts', 'src/worker/start-mark.ts']) {
    for (const m of readFileSync(join(root, file), 'utf8').matchAll(/\bcookieAuditor[A-Z]\w*/g)) names.add(m[0]);
  }
  return [...names].sort();
}

/** The worker's modules: the manifest's service worker and every module it imports, statically or not. */
function workerGraph(): string[] {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
    background: { service_worker: string };
  };
  const seen = new Set<string>();
  const queue = [join(DIST, manifest.background.service_worker)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+?\.js)["'`]/g)) {
      queue.push(resolve(dirname(file), m[1] as string));
    }
  }
  return [...seen];
}

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? scripts(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

// In the e2e project: `npm test` runs `npm run build` before it, so dist/ is the release build being shipped.
describe('the production build', () => {
  it('ships no bench hooks on the worker global scope (the bench build adds them)', () => {
    if (!existsSync(join(DIST, 'manifest.json'))) throw new Error(`${DIST} is not built: run npm run build first.`);
    const names = benchHookNames();
    expect(names).toEqual(
      expect.arrayContaining(['cookieAuditorFirstModuleMs', 'cookieAuditorReady', 'cookieAuditorStats']),
    );
    const worker = workerGraph();
    // The loader and the chunk that holds the message handlers: the worker's own code is among what is searched.
    expect(worker.length).toBeGreaterThan(1);
    expect(worker.some((f) => readFileSync(f, 'utf8').includes('clear-site-history'))).toBe(true);
    const files = [...new Set([...worker, ...scripts(DIST)])];
    const found = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return names.filter((n) => text.includes(n)).map((n) => `${n} in ${relative(DIST, f)}`);
    });
    expect(found).toEqual([]);
  });
});
