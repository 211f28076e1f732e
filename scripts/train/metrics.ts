import { CLASSES, type Label } from './load-crawl';

export interface Scored {
  label: Label;
  predicted: string;
  confidence: number;
  fold: number;
}

export function agreement(xs: readonly Scored[]): number {
  return xs.filter((x) => x.predicted === x.label).length / Math.max(1, xs.length);
}

export function perClass(xs: readonly Scored[]): { cls: Label; precision: number; recall: number; n: number }[] {
  return CLASSES.map((cls) => {
    const tp = xs.filter((x) => x.predicted === cls && x.label === cls).length;
    const predicted = xs.filter((x) => x.predicted === cls).length;
    const actual = xs.filter((x) => x.label === cls).length;
    return { cls, precision: tp / Math.max(1, predicted), recall: tp / Math.max(1, actual), n: actual };
  });
}

export interface Bin {
  from: number;
  to: number;
  n: number;
  meanConfidence: number;
  accuracy: number;
}

/** Reliability diagram (DeGroot & Fienberg 1983; Guo et al. 2017): is "70 %" right about 70 % of the time? */
export function reliability(xs: readonly Scored[], edges = [0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001]): Bin[] {
  const bins: Bin[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = edges[i] as number;
    const to = edges[i + 1] as number;
    const inBin = xs.filter((x) => x.confidence >= from && x.confidence < to);
    bins.push({
      from,
      to: Math.min(1, to),
      n: inBin.length,
      meanConfidence: inBin.reduce((s, x) => s + x.confidence, 0) / Math.max(1, inBin.length),
      accuracy: agreement(inBin),
    });
  }
  return bins;
}

/** Expected calibration error: the bins' |accuracy − confidence| weighted by their share of rows. */
export function ece(bins: readonly Bin[]): number {
  const n = bins.reduce((s, b) => s + b.n, 0);
  return bins.reduce((s, b) => s + (b.n / Math.max(1, n)) * Math.abs(b.accuracy - b.meanConfidence), 0);
}

export function pct(x: number): string {
  return `${(x * 100).toFixed(1)} %`;
}
