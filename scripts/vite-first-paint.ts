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
 * The popup page as the first paint wants it. Vite writes the app's module script and its modulepreloads into the
 * head, where the preload scanner fetches them all at once with first-paint.js. Extension resources come slowly here
 * and share the way in (measured: a 1 KB script ran ≈ 37 ms later beside them than alone), so they become data
 * attributes of the first-paint script, which adds them to the page once its own reads are on their way
 * (src/popup/first-paint/load-app.ts). The stylesheet stays where Vite put it, after the script: a script waits for
 * the stylesheets before it, and the first paint must not (inlining it, ≈ 10 KB more of HTML, measured slower).
 */
export function rewritePopupHtml(html: string): string {
  const modules: string[] = [];
  const preloads: string[] = [];
  const out = html
    .replace(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g, (_, src: string) => {
      modules.push(src);
      return '';
    })
    .replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g, (_, href: string) => {
      preloads.push(href);
      return '';
    });
  if (modules.length !== 1) throw new Error(`${POPUP_HTML}: expected one module script, found ${modules.length}`);
  if (/type="module"|rel="modulepreload"/.test(out)) {
    throw new Error(`${POPUP_HTML}: a module script or preload written in a form this build does not know`);
  }
  const tag = '<script src="./first-paint.js"></script>';
  const at = out.indexOf(tag);
  if (at < 0) throw new Error(`${POPUP_HTML}: no ${tag}`);
  if (/<link rel="stylesheet"/.test(out.slice(0, at))) {
    throw new Error(`${POPUP_HTML}: a stylesheet before first-paint.js would hold it until the stylesheet loads`);
  }
  // Asset paths as Vite writes them; anything else is not put into an attribute.
  const attr = (list: string[]) => {
    for (const u of list) if (!/^[\w./-]+$/.test(u)) throw new Error(`${POPUP_HTML}: unexpected asset path ${u}`);
    return list.join(' ');
  };
  return out.replace(
    tag,
    `<script src="./first-paint.js" data-module="${attr(modules)}" data-preload="${attr(preloads)}"></script>`,
  );
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
      writeFileSync(page, rewritePopupHtml(readFileSync(page, 'utf8')));
    },
  };
}
