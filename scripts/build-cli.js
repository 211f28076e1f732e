// Bundles the command line (src/cli/index.ts and the pure core it uses) into one ESM file for Node.
import { build } from 'esbuild';

const started = performance.now();
await build({
  entryPoints: ['src/cli/index.ts'],
  outfile: 'dist-cli/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  // package.json "engines" says node >= 20.19.
  target: 'node20',
  // Prefer a dependency's ESM build (tldts ships both): no CommonJS shim in an ESM bundle.
  mainFields: ['module', 'main'],
  // Loaded from node_modules at run time: playwright-core drives the browser and ships its own driver files,
  // autoconsent's content script is read from its package folder, and the CommonJS report builders would need
  // a require() shim inside an ESM bundle.
  external: ['playwright-core', '@duckduckgo/autoconsent', 'node-sarif-builder', 'junit-report-builder'],
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
});
console.log(`dist-cli/cli.js built in ${Math.round(performance.now() - started)} ms`);
