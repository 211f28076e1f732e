import { bytesBase64 } from '../../src/core/base64';
import { featureHash } from '../../src/core/catalogue/learned/features';
import { type FallbackModel, MODEL_CLASSES, type ModelFile } from '../../src/core/catalogue/learned/model';
import type { Label } from './load-crawl';
import { seeded, shuffle } from './random';

export interface Example {
  features: string[];
  label: Label;
  /** How much this row counts: a site's own declaration more than a weak label from a name list. */
  weight: number;
  /** A weak label (Open Cookie Database, catalogue, name-word table): scaled by `FitOptions.weakScale`. */
  weak?: boolean;
}

export interface FitOptions {
  bits: number;
  epochs: number;
  rate: number;
  /** L2 penalty per step. */
  l2: number;
  /** Multiplies the weight of weak labels: how far name lists should count against sites' own declarations. */
  weakScale: number;
  /**
   * Weigh the sites' declarations so every class counts as much in all (King & Zeng's prior correction, the
   * "balanced" weights of scikit-learn): functional cookies are rarely declared and otherwise drown.
   */
  balance: boolean;
  seed: number;
}

export const FIT_DEFAULTS: FitOptions = {
  bits: 15,
  epochs: 10,
  rate: 0.1,
  l2: 3e-5,
  weakScale: 1,
  balance: false,
  seed: 11,
};

/** Examples with their features hashed once, so many fits (nested cross-validation) share the work. */
export interface Hashed {
  rows: Int32Array;
  y: number;
  weight: number;
  weak: boolean;
}

export function hashExamples(examples: readonly Example[], bits: number): Hashed[] {
  const k = MODEL_CLASSES.length;
  return examples.map((e) => ({
    rows: Int32Array.from(e.features, (f) => featureHash(f, bits) * k),
    y: MODEL_CLASSES.indexOf(e.label),
    weight: e.weight,
    weak: e.weak === true,
  }));
}

/**
 * Multinomial logistic regression by stochastic gradient descent over hashed features (the "hashing trick",
 * Weinberger et al. 2009). Deterministic: the row order of every epoch comes from the seeded generator.
 */
export function fitModel(examples: readonly Example[], options: FitOptions = FIT_DEFAULTS): FallbackModel {
  return fitHashed(hashExamples(examples, options.bits), options);
}

export function fitHashed(hashed: readonly Hashed[], options: FitOptions): FallbackModel {
  const k = MODEL_CLASSES.length;
  const weights = new Float32Array((1 << options.bits) * k);
  const bias = new Float32Array(k);
  const classWeight = classWeights(hashed, options.balance);
  const rowWeight = hashed.map((ex) => ex.weight * (ex.weak ? options.weakScale : (classWeight[ex.y] as number)));
  const random = seeded(options.seed);
  const order = hashed.map((_, i) => i);
  const z = new Float64Array(k);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    const rate = options.rate / (1 + epoch * 0.2);
    for (const i of order) {
      const ex = hashed[i] as Hashed;
      const w8 = (rowWeight[i] as number) * rate;
      if (w8 === 0) continue;
      for (let c = 0; c < k; c++) z[c] = bias[c] as number;
      for (const r of ex.rows) for (let c = 0; c < k; c++) z[c] = (z[c] as number) + (weights[r + c] as number);
      let max = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) max = Math.max(max, z[c] as number);
      let sum = 0;
      for (let c = 0; c < k; c++) {
        z[c] = Math.exp((z[c] as number) - max);
        sum += z[c] as number;
      }
      for (let c = 0; c < k; c++) {
        const g = ((z[c] as number) / sum - (c === ex.y ? 1 : 0)) * w8;
        bias[c] = (bias[c] as number) - g;
        for (const r of ex.rows) {
          const w = weights[r + c] as number;
          weights[r + c] = w - g - options.l2 * w;
        }
      }
    }
  }
  return { classes: MODEL_CLASSES, bits: options.bits, bestGuessBelow: 0.6, temperature: 1, weights, bias };
}

/** Per-class weights for the sites' declarations: n / (k · n_class) when balancing, else 1. */
function classWeights(hashed: readonly Hashed[], balance: boolean): number[] {
  const k = MODEL_CLASSES.length;
  const out = new Array<number>(k).fill(1);
  if (!balance) return out;
  const counts = new Array<number>(k).fill(0);
  let n = 0;
  for (const ex of hashed) {
    if (ex.weak) continue;
    counts[ex.y] = (counts[ex.y] as number) + 1;
    n++;
  }
  for (let c = 0; c < k; c++) out[c] = (counts[c] as number) > 0 ? n / (k * (counts[c] as number)) : 1;
  return out;
}

/** Int8 quantisation with one scale for the table: the largest weight maps to ±127. */
export function toFile(
  model: FallbackModel,
  extra: { temperature: number; bestGuessBelow: number; domainRule?: boolean; trainedOn: Record<string, unknown> },
): ModelFile {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const bytes = new Uint8Array(model.weights.length);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.round((model.weights[i] as number) / scale) & 0xff;
  return {
    format: 'cookie-auditor/fallback-model',
    version: 1,
    classes: [...model.classes],
    bits: model.bits,
    scale: Number(scale.toPrecision(6)),
    bias: Array.from(model.bias, (b) => Number(b.toFixed(4))),
    temperature: extra.temperature,
    bestGuessBelow: extra.bestGuessBelow,
    domainRule: extra.domainRule === true,
    weights: bytesBase64(bytes),
    trainedOn: extra.trainedOn,
  };
}
