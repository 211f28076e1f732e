import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { catalogueAsJson } from './scripts/vite-catalogue-json';

export default defineConfig({
  plugins: [catalogueAsJson(), preact(), crx({ manifest: manifest as Parameters<typeof crx>[0]['manifest'] })],
  build: {
    target: 'chrome120',
    sourcemap: false,
    emptyOutDir: true,
    // The extension makes no network requests of its own: never inline a modulepreload polyfill that fetches.
    modulePreload: { polyfill: false },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
