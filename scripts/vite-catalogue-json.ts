import { unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

const TARGET = /[\\/]src[\\/]core[\\/]catalogue[\\/]shipped-data\.ts$/;

/**
 * Replaces src/core/catalogue/shipped-data.ts in the extension bundle with its data as a JSON string, parsed the
 * first time the catalogue is needed. Same data, same function; only the cost moves from worker start to first use.
 */
export function catalogueAsJson(): Plugin {
  return {
    name: 'cookie-auditor:catalogue-as-json',
    enforce: 'pre',
    async load(id) {
      if (!TARGET.test(id)) return null;
      const bundled = await build({
        entryPoints: [id],
        bundle: true,
        format: 'esm',
        platform: 'neutral',
        write: false,
      });
      const file = join(tmpdir(), `cookie-auditor-catalogue-${process.pid}-${Date.now()}.mjs`);
      writeFileSync(file, bundled.outputFiles[0]?.text ?? '');
      try {
        const mod = (await import(pathToFileURL(file).href)) as { shippedCatalogueData: () => unknown };
        const json = JSON.stringify(mod.shippedCatalogueData());
        return [
          `const RAW = ${JSON.stringify(json)};`,
          'let parsed;',
          'export function shippedCatalogueData() {',
          '  return (parsed ??= JSON.parse(RAW));',
          '}',
        ].join('\n');
      } finally {
        unlinkSync(file);
      }
    },
  };
}
