import type { BuildOptions } from 'esbuild';

/** The one esbuild configuration for the command line (see cli-build-options.js). */
export function cliBuildOptions(repo: string, outfile: string): BuildOptions;
