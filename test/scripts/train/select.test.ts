import { describe, expect, it } from 'vitest';
import { type Example, FIT_DEFAULTS, hashExamples } from '../../../scripts/train/fit';
import { chooseOptions } from '../../../scripts/train/select';
import { cookieFeatures } from '../../../src/core/catalogue/learned/features';

describe('hyper-parameters chosen inside the training folds', () => {
  // Weak labels that contradict every site: trusting them less must win the inner cross-validation.
  const weak: Example[] = ['cart', 'basket', 'checkout', 'login'].map((w) => ({
    features: cookieFeatures({ name: `${w}_id` }),
    label: 'marketing',
    weight: 1,
    weak: true,
  }));
  const crawl: Example[] = [];
  const foldOf: number[] = [];
  for (let site = 0; site < 4; site++) {
    for (const w of ['cart', 'basket', 'checkout', 'login']) {
      crawl.push({ features: cookieFeatures({ name: `${w}_id` }), label: 'necessary', weight: 1 });
      foldOf.push(site);
    }
  }
  const bits = 10;
  const base = { ...FIT_DEFAULTS, bits, epochs: 5 };
  const trustWeak = { ...base, weakScale: 50 };
  const distrustWeak = { ...base, weakScale: 0 };

  it('prefers the options that do better on held-out sites, whatever order they come in', () => {
    for (const candidates of [
      [trustWeak, distrustWeak],
      [distrustWeak, trustWeak],
    ]) {
      const s = chooseOptions({
        weak: hashExamples(weak, bits),
        crawl: hashExamples(crawl, bits),
        foldOf,
        decides: crawl.map(() => true),
        domainVerdict: crawl.map(() => -1),
        folds: [0, 1, 2],
        candidates,
      });
      expect(s.options.weakScale).toBe(0);
      expect(s.accuracy).toBe(1);
      // Fold 3 is the outer test fold: never scored while choosing.
      expect(s.n).toBe(12);
    }
  });

  it('switches the tracker-domain rule on only when it beats the model on held-out sites', () => {
    const base2 = { ...base, weakScale: 0 };
    const run = (domainVerdict: number[]) =>
      chooseOptions({
        weak: hashExamples(weak, bits),
        crawl: hashExamples(crawl, bits),
        foldOf,
        decides: crawl.map(() => true),
        domainVerdict,
        folds: [0, 1, 2],
        candidates: [base2],
      });
    // The sites declare these necessary (class 0): a table saying marketing (3) must lose, one saying necessary ties
    // on agreement and wins on log-loss only if it is surer than the model, so check the losing case strictly.
    expect(run(crawl.map(() => 3)).domainRule).toBe(false);
    expect(run(crawl.map(() => -1)).accuracy).toBe(1);
  });
});
