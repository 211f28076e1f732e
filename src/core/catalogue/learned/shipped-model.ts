import file from './fallback-model.json';
import { decodeModel, type FallbackModel, type ModelFile } from './model';

let shipped: FallbackModel | undefined;

/** In the extension build: inflates and decodes the model natively ahead of first use (see shipped-data.ts). */
export function preloadModel(): Promise<void> {
  return Promise.resolve();
}

/**
 * The fallback model made by `npm run train`, decoded on first use. The extension build ships the JSON deflated
 * (scripts/vite-catalogue-json.ts), so the worker script stays small.
 */
export function defaultModel(): FallbackModel {
  shipped ??= decodeModel(file as ModelFile);
  return shipped;
}
