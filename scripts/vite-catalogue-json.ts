import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';
import { packText } from '../src/core/catalogue/packed-text';
import { type CatalogueInput, validateCatalogue } from '../src/core/catalogue/validate';
import { checkCatalogueJson } from './catalogue/check-json';

const TARGET = /[\\/]src[\\/]core[\\/]catalogue[\\/]shipped-data\.ts$/;
const MODEL = /[\\/]src[\\/]core[\\/]catalogue[\\/]learned[\\/]shipped-model\.ts$/;
const DATA_DIR = join(import.meta.dirname, '../src/core/catalogue/data');

/**
 * Checks the catalogue's JSON files against their schema before anything is built, then replaces
 * src/core/catalogue/shipped-data.ts in the extension bundle with its data as deflated JSON (packed-text.ts),
 * inflated and parsed the first time the catalogue is needed, and learned/shipped-model.ts the same way for the
 * fallback model. Same data, same functions; the worker script is ≈ 800 KB smaller, which Chrome charges for at
 * every worker start, and the rest of the cost moves to first use.
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
          "import { unpackText, unpackTextNative } from '../packed-text';",
          `const PACKED = ${JSON.stringify(packText(raw))};`,
          'let shipped;',
          'let preloading;',
          'export function preloadModel() {',
          '  return (preloading ??= unpackTextNative(PACKED).then((text) => { shipped ??= decodeModel(JSON.parse(text)); }));',
          '}',
          'export function defaultModel() {',
          '  return (shipped ??= decodeModel(JSON.parse(unpackText(PACKED))));',
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
        const mod = (await import(pathToFileURL(file).href)) as { shippedCatalogueData: () => CatalogueInput };
        const data = mod.shippedCatalogueData();
        // The index's own rules (duplicates, known vendors, patterns), checked here once: the shipped catalogue is
        // built without them at run time (defaultCatalogue), so a bad entry must fail the build instead.
        try {
          validateCatalogue(data);
        } catch (error) {
          this.error(String(error instanceof Error ? error.message : error));
        }
        const json = JSON.stringify(data);
        return [
          "import { unpackText, unpackTextNative } from './packed-text';",
          `const PACKED = ${JSON.stringify(packText(json))};`,
          'let parsed;',
          'let preloading;',
          'export function preloadCatalogueData() {',
          '  return (preloading ??= unpackTextNative(PACKED).then((text) => { parsed ??= JSON.parse(text); }));',
          '}',
          'export function shippedCatalogueData() {',
          '  return (parsed ??= JSON.parse(unpackText(PACKED)));',
          '}',
        ].join('\n');
      } finally {
        unlinkSync(file);
      }
    },
  };
}
