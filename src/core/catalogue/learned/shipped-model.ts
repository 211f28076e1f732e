import file from './fallback-model.json';
import { decodeModel, type FallbackModel, type ModelFile } from './model';

let shipped: FallbackModel | undefined;

/**
 * The fallback model made by `npm run train`, decoded on first use. The extension build turns the JSON into a
 * string parsed here (scripts/vite-catalogue-json.ts), so a worker start that classifies nothing pays nothing.
 */
export function defaultModel(): FallbackModel {
  shipped ??= decodeModel(file as ModelFile);
  return shipped;
}
