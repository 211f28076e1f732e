import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Spreading an array into a call's arguments puts every element on the stack: V8 throws "Maximum call stack size
 * exceeded" somewhere past ~100,000 elements (the table output died at ~31,000 cookies this way). Cookies,
 * findings and lines are unbounded, so src/ never spreads into push, unshift, splice, Math.max/min,
 * String.fromCharCode/fromCodePoint or apply: loop, or reduce, instead. Array literals ([...a]) are fine.
 */
const SPREAD_CALL =
  /\b(?:push|unshift|splice|max|min|fromCharCode|fromCodePoint|hypot|apply)\s*\(\s*(?:[^(){}[\]]*,\s*)?\.\.\./g;
const root = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|js|mjs)$/.test(e.name) ? [p] : [];
  });
}

function spreadCalls(source: string): string[] {
  return [...source.matchAll(SPREAD_CALL)].map((m) => m[0]);
}

describe('no spread of unbounded arrays into call arguments', () => {
  it('finds the pattern when it is there (the check can fail)', () => {
    expect(spreadCalls('out.push(...lines, "")')).toHaveLength(1);
    expect(spreadCalls('Math.max(...xs.map((x) => x.n))')).toHaveLength(1);
    expect(spreadCalls('String.fromCharCode(...bytes)')).toHaveLength(1);
    expect(spreadCalls('f(a, ...rest); lines.push(a, ...more)')).toHaveLength(1);
    expect(spreadCalls('const all = [...a, ...b]; out.push({ ...x, y }); out.push([...a]);')).toHaveLength(0);
  });

  it('src/ has none', () => {
    const hits = sourceFiles(join(root, 'src')).flatMap((file) =>
      spreadCalls(readFileSync(file, 'utf8')).map((m) => `${relative(root, file)}: ${m}`),
    );
    expect(hits).toEqual([]);
  });
});
