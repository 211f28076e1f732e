import { featureHash } from '../../src/core/catalogue/learned/features';
import { bytesBase64, type FallbackModel, MODEL_CLASSES, type ModelFile } from '../../src/core/catalogue/learned/model';
import type { Label } from './load-crawl';
import { seeded, shuffle } from './random';

export interface Example {
  features: string[];
  label: Label;
  /** How much this row counts: a site's own declaration more than a weak label from a name list. */
  weight: number;
}

export interface FitOptions {
  bits: number;
  epochs: number;
  rate: number;
  /** L2 penalty per step. */
  l2: number;
  seed: number;
}

export const FIT_DEFAULTS: FitOptions = { bits: 15, epochs: 10, rate: 0.1, l2: 3e-5, seed: 11 };

/**
 * Multinomial logistic regression by stochastic gradient descent over hashed features (the "hashing trick",
 * Weinberger et al. 2009). Deterministic: the row order of every epoch comes from the seeded generator.
 */
export function fitModel(examples: readonly Example[], options: FitOptions = FIT_DEFAULTS): FallbackModel {
  const k = MODEL_CLASSES.length;
  const weights = new Float32Array((1 << options.bits) * k);
  const bias = new Float32Array(k);
  const hashed = examples.map((e) => ({
    rows: e.features.map((f) => featureHash(f, options.bits) * k),
    y: MODEL_CLASSES.indexOf(e.label),
    weight: e.weight,
  }));
  const random = seeded(options.seed);
  const order = hashed.map((_, i) => i);
  const z = new Float64Array(k);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    const rate = options.rate / (1 + epoch * 0.2);
    for (const i of order) {
      const ex = hashed[i] as (typeof hashed)[number];
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
        const g = ((z[c] as number) / sum - (c === ex.y ? 1 : 0)) * ex.weight * rate;
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

/** Int8 quantisation with one scale for the table: the largest weight maps to ±127. */
export function toFile(
  model: FallbackModel,
  extra: { temperature: number; bestGuessBelow: number; trainedOn: Record<string, unknown> },
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
    weights: bytesBase64(bytes),
    trainedOn: extra.trainedOn,
  };
}
