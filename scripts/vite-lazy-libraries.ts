import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

/** Files that hand a third-party library out through one exported function (src/core/libraries/*.ts). */
const LIBRARY_FILE = /[\\/]src[\\/]core[\\/]libraries[\\/][a-z0-9-]+\.ts$/;

/**
 * The module for one library file: the file and the library it imports bundled into a function that runs on the
 * first call of the file's exported function. Until then V8 only pre-parses the code. Measured in the bench build with
 * the 3,300-cookie jar (Chromium 156, this 2-core machine), a fresh worker's interpreter spent 14–37 ms evaluating
 * tldts (its suffix trie is derived from the list at load), 6–38 ms on fflate's tables with the packed catalogue,
 * 3–18 ms on the IAB GPP library and up to 10 ms on TCF, at every start and before a single listener was registered;
 * with this, every module of the worker evaluates in 1–10 ms. Same code, same exports; what moves is when it runs
 * (the worker warms the suffix list up while it waits for the browser, src/worker/classifier-warmup.ts).
 */
export async function lazyLibraryModule(path: string, target: string): Promise<string> {
  const names = [...readFileSync(path, 'utf8').matchAll(/^export function (\w+)\(\)/gm)].map((m) => m[1]);
  const [name] = names;
  if (names.length !== 1 || name === undefined) {
    throw new Error(`${path}: a library file exports exactly one function without parameters`);
  }
  const bundled = await build({
    entryPoints: [path],
    bundle: true,
    format: 'iife',
    globalName: '__library',
    platform: 'browser',
    target,
    minify: true,
    legalComments: 'inline',
    write: false,
  });
  const code = bundled.outputFiles[0]?.text;
  if (code === undefined) throw new Error(`${path}: esbuild wrote nothing`);
  return [
    'let library;',
    'function evaluate() {',
    code,
    `  return __library.${name}();`,
    '}',
    `export function ${name}() {`,
    '  return (library ??= evaluate());',
    '}',
  ].join('\n');
}

/** Swaps each src/core/libraries/*.ts for {@link lazyLibraryModule} in the extension build (the CLI keeps them). */
export function lazyLibraries(target: string): Plugin {
  return {
    name: 'cookie-auditor:lazy-libraries',
    enforce: 'pre',
    async load(id) {
      if (!LIBRARY_FILE.test(id)) return null;
      return lazyLibraryModule(id, target);
    },
  };
}
