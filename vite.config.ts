import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { buildTarget, manifestFor, OUT_DIR, type Target } from './scripts/manifest-variant';
import { catalogueAsJson } from './scripts/vite-catalogue-json';
import { firstPaint } from './scripts/vite-first-paint';
import { lazyLibraries } from './scripts/vite-lazy-libraries';

// `vite build` makes the Chromium extension in dist/; `vite build --mode firefox` the Firefox one in dist-firefox/.
export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      catalogueAsJson(),
      lazyLibraries(buildTarget(target, manifest)),
      preact(),
      firstPaint(buildTarget(target, manifest)),
      crx({ manifest: manifestFor(target, manifest) as Parameters<typeof crx>[0]['manifest'], browser: target }),
    ],
    build: {
      outDir: OUT_DIR[target],
      // The oldest browser each manifest admits (minimum_chrome_version, gecko strict_min_version).
      target: buildTarget(target, manifest),
      sourcemap: false,
      emptyOutDir: true,
      // The extension makes no network requests of its own: never inline a modulepreload polyfill that fetches.
      modulePreload: { polyfill: false },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
