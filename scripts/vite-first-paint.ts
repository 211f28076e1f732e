import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BuildOptions, build, type Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const ENTRY = resolve(ROOT, 'src/popup/first-paint/index.tsx');
/** The popup's page, and where it asks for the first paint (`<script src="./first-paint.js">`, a classic script). */
const POPUP_HTML = 'src/popup/index.html';
export const FIRST_PAINT_FILE = 'src/popup/first-paint.js';

/**
 * Components App renders only when a person acts (a cookie's details, the export menu, a confirmation, the timeline
 * tab): never on a summary's first screen. In the first paint they are stand-ins that throw if rendered, which
 * leaves the page to Preact (src/popup/first-paint/index.tsx catches it), and keep the script small.
 */
const NOT_ON_FIRST_SCREEN =
  /[\\/]src[\\/]popup[\\/]components[\\/](cookie-details|export-menu|confirm-dialog|timeline-panel)\.tsx$/;

const standIns: EsbuildPlugin = {
  name: 'first-paint:stand-ins',
  setup(b) {
    b.onLoad({ filter: NOT_ON_FIRST_SCREEN }, (args) => {
      const names = [...readFileSync(args.path, 'utf8').matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
      const body = names.map((n) => `export function ${n}() { throw new Error('${n} is not on the first screen'); }`);
      return { contents: body.join('\n'), loader: 'js' };
    });
  },
};

/**
 * The popup's early first paint as one classic script: src/popup/first-paint/index.tsx with the popup's own `<App>`,
 * rendered by a static JSX runtime instead of Preact (`preact/jsx-runtime` and `preact/hooks` aliased to
 * src/popup/first-paint/static-*.ts) and the browser's own API instead of webextension-polyfill
 * (src/browser/native-api.ts), so the script is small and quick to evaluate.
 */
export function firstPaintBuildOptions(target: string) {
  return {
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target,
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: {
      'preact/jsx-runtime': resolve(ROOT, 'src/popup/first-paint/static-jsx.ts'),
      'preact/hooks': resolve(ROOT, 'src/popup/first-paint/static-hooks.ts'),
      'webextension-polyfill': resolve(ROOT, 'src/browser/native-api.ts'),
    },
    plugins: [standIns],
    write: false,
  } satisfies BuildOptions;
}

export async function firstPaintScript(target: string): Promise<string> {
  const bundled = await build(firstPaintBuildOptions(target));
  const code = bundled.outputFiles[0]?.text;
  if (code === undefined) throw new Error(`${ENTRY}: esbuild wrote nothing`);
  if (/webextension-polyfill|\bimport\(/.test(code)) {
    throw new Error(`${FIRST_PAINT_FILE}: the polyfill or a dynamic import came into the first paint`);
  }
  return code;
}

/**
 * The popup page as the first paint wants it. Extension resources come slowly here and share the way in (measured: a
 * 1 KB script ran ≈ 37 ms later beside the app's five files than alone), and what the page holds decides when the
 * first paint can run and draw:
 * - Vite writes the app's module script and its modulepreloads into the head, where the preload scanner would fetch
 *   them with first-paint.js. The module becomes a data attribute of the first-paint script, which adds it to the
 *   page once its own reads are on their way (src/popup/first-paint/load-app.ts). The modulepreloads are dropped:
 *   starting each load cost the first paint's script ≈ 2–3 ms of its thread, ≈ 10 ms for the three, while its
 *   reads were out, and the app started no later without them (the module's imports are fetched when it arrives;
 *   two probes of 40 alternating opens at 30 cookies: rows 10–16 ms sooner, median of paired opens, and the live
 *   view 10–20 ms sooner).
 * - The stylesheet goes inline. As a `<link>` it is fetched beside the script, holds a script after it until it
 *   loads, and made the parser reach `#root` ≈ 10–20 ms after the reads came back when the script sat before it
 *   (probe of alternating opens). Inline, the script can come last in the body, after `#root`, with the styles
 *   already there when it paints. The extension's CSP restricts scripts, not styles.
 */
export function rewritePopupHtml(html: string, readAsset: (path: string) => string): string {
  const modules: string[] = [];
  const out = html
    .replace(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g, (_, src: string) => {
      modules.push(src);
      return '';
    })
    .replace(/\s*<link rel="modulepreload" crossorigin href="[^"]+">/g, '')
    .replace(/<link rel="stylesheet" crossorigin href="([^"]+)">/g, (_, href: string) => {
      const css = readAsset(href);
      if (/<\/style/i.test(css)) throw new Error(`${href}: a stylesheet that closes its <style> cannot be inlined`);
      return `<style>${css}</style>`;
    });
  const [module] = modules;
  if (module === undefined || modules.length !== 1) {
    throw new Error(`${POPUP_HTML}: expected one module script, found ${modules.length}`);
  }
  if (/type="module"|rel="modulepreload"|rel="stylesheet"/.test(out)) {
    throw new Error(`${POPUP_HTML}: a script, preload or stylesheet written in a form this build does not know`);
  }
  const tag = '<script src="./first-paint.js"></script>';
  const at = out.indexOf(tag);
  if (at < 0) throw new Error(`${POPUP_HTML}: no ${tag}`);
  if (out.indexOf('<div id="root"></div>') > at) {
    throw new Error(`${POPUP_HTML}: first-paint.js must come after #root, which it paints into`);
  }
  // An asset path as Vite writes it; anything else is not put into an attribute.
  if (!/^[\w./-]+$/.test(module)) throw new Error(`${POPUP_HTML}: unexpected asset path ${module}`);
  return out.replace(tag, `<script src="./first-paint.js" data-module="${module}"></script>`);
}

/** Emits {@link firstPaintScript} next to the popup's page and rewrites the page ({@link rewritePopupHtml}). */
export function firstPaint(target: string): Plugin {
  let outDir = '';
  return {
    name: 'cookie-auditor:first-paint',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: FIRST_PAINT_FILE, source: await firstPaintScript(target) });
    },
    writeBundle() {
      const page = join(outDir, POPUP_HTML);
      const asset = (path: string) => readFileSync(join(outDir, path.replace(/^\//, '')), 'utf8');
      writeFileSync(page, rewritePopupHtml(readFileSync(page, 'utf8'), asset));
    },
  };
}
