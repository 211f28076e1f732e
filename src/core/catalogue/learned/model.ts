import { base64Bytes } from '../../base64';
import { cookieFeatures, type FeatureInput, featureHash } from './features';

/** The four classes consent platforms declare; preferences are declared (and learned) as functional. */
export const MODEL_CLASSES = ['necessary', 'functional', 'analytics', 'marketing'] as const;
export type ModelClass = (typeof MODEL_CLASSES)[number];

/**
 * The learned fallback as shipped (src/core/catalogue/learned/fallback-model.json, made by `npm run train`):
 * a multinomial logistic regression over hashed features, weights quantised to signed bytes.
 */
export interface ModelFile {
  format: 'cookie-auditor/fallback-model';
  version: number;
  classes: ModelClass[];
  /** Feature hash width: weights hold 2^bits rows of one byte per class. */
  bits: number;
  /** A stored byte b stands for the weight b * scale. */
  scale: number;
  bias: number[];
  /** Temperature fitted on out-of-fold predictions: probabilities are softmax(logits / temperature). */
  temperature: number;
  /** Below this calibrated confidence the popup says "best guess". */
  bestGuessBelow: number;
  /**
   * A third-party cookie on a domain of the tracker table takes that domain's category before the model is asked.
   * Chosen by `npm run train`'s cross-validation (inside the training sites), not by hand; absent means false.
   */
  domainRule?: boolean;
  /** base64 of Int8 weights, row-major: hash bucket, then class. */
  weights: string;
  /** How the model was made and how it scored; shown by `npm run train` and the README. */
  trainedOn: Record<string, unknown>;
}

export interface FallbackModel {
  readonly classes: readonly ModelClass[];
  readonly bits: number;
  readonly bestGuessBelow: number;
  readonly temperature: number;
  /** See ModelFile.domainRule. */
  readonly domainRule?: boolean;
  /** Dequantised weights, bucket-major. */
  readonly weights: Float32Array;
  readonly bias: Float32Array;
}

export interface Prediction {
  category: ModelClass;
  /** Calibrated probability of `category`. */
  confidence: number;
  /** Calibrated probabilities in MODEL_CLASSES order. */
  probabilities: number[];
  /** The features that pushed hardest towards `category`, strongest first (for "why this category"). */
  evidence: string[];
}

export function decodeModel(file: ModelFile): FallbackModel {
  if (file.format !== 'cookie-auditor/fallback-model' || file.version !== 1) {
    throw new Error('not a cookie-auditor fallback model (version 1)');
  }
  const k = file.classes.length;
  let bytes: Uint8Array;
  try {
    bytes = base64Bytes(file.weights);
  } catch {
    throw new Error('fallback model: weights are not base64');
  }
  if (bytes.length !== (1 << file.bits) * k) throw new Error('fallback model: weights do not match bits × classes');
  const weights = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) weights[i] = (((bytes[i] as number) << 24) >> 24) * file.scale;
  return {
    classes: file.classes,
    bits: file.bits,
    bestGuessBelow: file.bestGuessBelow,
    temperature: file.temperature,
    domainRule: file.domainRule === true,
    weights,
    bias: Float32Array.from(file.bias),
  };
}

/** Raw class scores for a list of feature strings. */
export function logits(model: FallbackModel, features: readonly string[], out?: Float64Array): Float64Array {
  return rowLogits(model, weightRows(model, features), out);
}

/** Where each feature's weights start (its hash bucket × classes). */
function weightRows(model: FallbackModel, features: readonly string[]): number[] {
  const k = model.classes.length;
  return features.map((f) => featureHash(f, model.bits) * k);
}

function rowLogits(model: FallbackModel, rows: readonly number[], out?: Float64Array): Float64Array {
  const k = model.classes.length;
  const z = out ?? new Float64Array(k);
  for (let c = 0; c < k; c++) z[c] = model.bias[c] as number;
  for (const row of rows) for (let c = 0; c < k; c++) z[c] = (z[c] as number) + (model.weights[row + c] as number);
  return z;
}

export function softmax(z: ArrayLike<number>, temperature = 1): number[] {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < z.length; i++) max = Math.max(max, (z[i] as number) / temperature);
  const e: number[] = [];
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    const v = Math.exp((z[i] as number) / temperature - max);
    e.push(v);
    sum += v;
  }
  return e.map((v) => v / sum);
}

export function predict(model: FallbackModel, input: FeatureInput): Prediction {
  const features = cookieFeatures(input);
  const k = model.classes.length;
  // Each feature hashed once, for the scores and the evidence both.
  const rows = weightRows(model, features);
  const p = softmax(rowLogits(model, rows), model.temperature);
  let best = 0;
  for (let c = 1; c < p.length; c++) if ((p[c] as number) > (p[best] as number)) best = c;
  // A feature's pull towards the winner: its weight for the winner minus its mean weight over all classes.
  const pulls = new Map<string, number>();
  for (let i = 0; i < features.length; i++) {
    const f = features[i] as string;
    if (f === 'bias') continue;
    const row = rows[i] as number;
    let mean = 0;
    for (let c = 0; c < k; c++) mean += model.weights[row + c] as number;
    const pull = (model.weights[row + best] as number) - mean / k;
    pulls.set(f, (pulls.get(f) ?? 0) + pull);
  }
  const evidence = [...pulls]
    .filter(([, v]) => v > 0.05)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([f]) => f);
  return { category: model.classes[best] as ModelClass, confidence: p[best] as number, probabilities: p, evidence };
}
