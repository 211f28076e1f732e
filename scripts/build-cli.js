// Bundles the command line (src/cli/index.ts and the pure core it uses) into one ESM file for Node.
import { build } from 'esbuild';
import { cliBuildOptions } from './cli-build-options.js';

const started = performance.now();
await build(cliBuildOptions(process.cwd(), 'dist-cli/cli.js'));
console.log(`dist-cli/cli.js built in ${Math.round(performance.now() - started)} ms`);
