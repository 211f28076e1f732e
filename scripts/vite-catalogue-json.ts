import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';
import { checkCatalogueJson } from './catalogue/check-json';

const TARGET = /[\\/]src[\\/]core[\\/]catalogue[\\/]shipped-data\.ts$/;
const MODEL = /[\\/]src[\\/]core[\\/]catalogue[\\/]learned[\\/]shipped-model\.ts$/;
const DATA_DIR = join(import.meta.dirname, '../src/core/catalogue/data');

/**
 * Checks the catalogue's JSON files against their schema before anything is built, then replaces
 * src/core/catalogue/shipped-data.ts in the extension bundle with its data as a JSON string, parsed the first time
 * the catalogue is needed, and learned/shipped-model.ts the same way for the fallback model. Same data, same
 * functions; only the cost moves from worker start to first use.
 */
export function catalogueAsJson(): Plugin {
  return {
    name: 'cookie-auditor:catalogue-as-json',
    enforce: 'pre',
    buildStart() {
      const problems = checkCatalogueJson(DATA_DIR);
      if (problems.length > 0) {
        this.error(`catalogue data does not meet catalogue.schema.json:\n  ${problems.join('\n  ')}`);
      }
    },
    async load(id) {
      if (MODEL.test(id)) {
        const raw = readFileSync(join(id, '..', 'fallback-model.json'), 'utf8').trim();
        return [
          "import { decodeModel } from './model';",
          `const RAW = ${JSON.stringify(raw)};`,
          'let shipped;',
          'export function defaultModel() {',
          '  return (shipped ??= decodeModel(JSON.parse(RAW)));',
          '}',
        ].join('\n');
      }
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
