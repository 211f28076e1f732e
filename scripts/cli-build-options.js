// The one esbuild configuration for the command line. scripts/build-cli.js and test/cli/built-cli.test.ts both
// use it, so the test runs the same bundle CI and users get (a test-only copy once drifted and broke CI).

/**
 * @param {string} repo absolute path of the repository (with a trailing slash or not)
 * @param {string} outfile where the bundle goes
 * @returns {import('esbuild').BuildOptions}
 */
export function cliBuildOptions(repo, outfile) {
  return {
    entryPoints: [`${repo.replace(/\/$/, '')}/src/cli/index.ts`],
    outfile,
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
    external: ['playwright-core', '@duckduckgo/autoconsent', 'node-sarif-builder'],
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
  };
}
