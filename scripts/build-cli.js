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
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
});
console.log(`dist-cli/cli.js built in ${Math.round(performance.now() - started)} ms`);
