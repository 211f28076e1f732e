import { type FallbackModel, MODEL_CLASSES } from '../../src/core/catalogue/learned/model';
import { type FitOptions, fitHashed, type Hashed } from './fit';

/** The hyper-parameters tried: L2 strength, how much the name lists count, and class balancing. */
export function candidateOptions(base: FitOptions): FitOptions[] {
  const out: FitOptions[] = [];
  for (const l2 of [3e-5, 1e-4, 3e-4])
    for (const weakScale of [0.25, 0.5, 1])
      for (const balance of [false, true]) out.push({ ...base, l2, weakScale, balance });
  return out;
}

export function describeOptions(o: FitOptions, domainRule?: boolean): string {
  const rule = domainRule === undefined ? '' : domainRule ? ', tracker domains decide' : ', model decides';
  return `l2 ${o.l2}, weak labels ×${o.weakScale}${o.balance ? ', classes balanced' : ''}${rule}`;
}

export interface Selection {
  options: FitOptions;
  /** Whether the tracker-domain table decides third-party cookies on its domains before the model. */
  domainRule: boolean;
  /** Agreement of the chosen options on the inner held-out folds' unlisted cookies. */
  accuracy: number;
  /** Their mean negative log-likelihood (temperature 1), the tie-breaker. */
  nll: number;
  /** Unlisted cookies the choice was scored on. */
  n: number;
}

/**
 * Chooses fit options by cross-validation by site *inside* `folds` only (nested cross-validation, Varma & Simon,
 * BMC Bioinformatics 2006: choosing on the outer test fold would overstate the outer figure). Each inner round holds
 * out one of `folds`, fits on the weak labels and the crawl rows of the other folds in `folds`, and scores the held
 * out rows the model would actually decide (`decides`: cookies the catalogue does not know). Highest agreement wins,
 * lowest log-loss breaks ties, the first candidate breaks the rest: deterministic.
 */
export function chooseOptions(args: {
  weak: readonly Hashed[];
  crawl: readonly Hashed[];
  foldOf: readonly number[];
  decides: readonly boolean[];
  /** Class index the tracker-domain table gives each crawl row (third-party cookie on a listed domain), else -1. */
  domainVerdict: readonly number[];
  folds: readonly number[];
  candidates: readonly FitOptions[];
}): Selection {
  const { weak, crawl, foldOf, decides, domainVerdict, folds, candidates } = args;
  let best: Selection | undefined;
  for (const options of candidates) {
    // One fit serves both ways of using the tracker-domain table: the rule does not change what the model learns.
    const right = [0, 0];
    const nll = [0, 0];
    let n = 0;
    for (const held of folds) {
      const train = weak.concat(crawl.filter((_, i) => foldOf[i] !== held && folds.includes(foldOf[i] as number)));
      const model = fitHashed(train, options);
      crawl.forEach((ex, i) => {
        if (foldOf[i] !== held || !decides[i]) return;
        const p = probabilities(model, ex.rows);
        let top = 0;
        for (let c = 1; c < p.length; c++) if ((p[c] as number) > (p[top] as number)) top = c;
        const byDomain = domainVerdict[i] as number;
        for (const rule of [0, 1]) {
          const said = rule === 1 && byDomain >= 0 ? byDomain : top;
          if (said === ex.y) right[rule] = (right[rule] as number) + 1;
          // A domain verdict is scored as the stated confidence of such verdicts (DOMAIN_CONFIDENCE in classify.ts).
          const q = rule === 1 && byDomain >= 0 ? (said === ex.y ? 0.8 : 0.2 / 3) : (p[ex.y] as number);
          nll[rule] = (nll[rule] as number) - Math.log(Math.max(1e-12, q));
        }
        n++;
      });
    }
    for (const rule of [0, 1]) {
      const s: Selection = {
        options,
        domainRule: rule === 1,
        accuracy: (right[rule] as number) / Math.max(1, n),
        nll: (nll[rule] as number) / Math.max(1, n),
        n,
      };
      if (!best || s.accuracy > best.accuracy || (s.accuracy === best.accuracy && s.nll < best.nll)) best = s;
    }
  }
  return best as Selection;
}

/** Softmax of the model's scores for pre-hashed feature rows. */
export function probabilities(model: FallbackModel, rows: Int32Array): number[] {
  const k = MODEL_CLASSES.length;
  const z: number[] = [];
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < k; c++) {
    let v = model.bias[c] as number;
    for (const r of rows) v += model.weights[r + c] as number;
    z.push(v);
    max = Math.max(max, v);
  }
  let sum = 0;
  for (let c = 0; c < k; c++) {
    z[c] = Math.exp((z[c] as number) - max);
    sum += z[c] as number;
  }
  return z.map((v) => v / sum);
}
