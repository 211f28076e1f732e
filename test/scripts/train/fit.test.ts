import { describe, expect, it } from 'vitest';
import { type Example, FIT_DEFAULTS, fitHashed, hashExamples } from '../../../scripts/train/fit';
import { probabilities } from '../../../scripts/train/select';

describe('fitting the fallback', () => {
  const bits = 8;
  const declared = (label: Example['label'], n: number): Example[] =>
    Array.from({ length: n }, () => ({ features: ['bias', 'same'], label, weight: 1 }));
  const data = hashExamples([...declared('necessary', 20), ...declared('marketing', 2)], bits);
  const pMarketing = (options: Partial<typeof FIT_DEFAULTS>) =>
    probabilities(
      fitHashed(data, { ...FIT_DEFAULTS, bits, epochs: 20, ...options }),
      data[0]?.rows as Int32Array,
    )[3] as number;

  it('balancing the classes lets a rarely declared class count as much as a common one', () => {
    const plain = pMarketing({ balance: false });
    const balanced = pMarketing({ balance: true });
    expect(plain).toBeLessThan(0.2);
    expect(balanced).toBeGreaterThan(plain + 0.2);
  });

  it('scales weak labels by weakScale, down to not counting at all', () => {
    const weak = hashExamples(
      Array.from({ length: 40 }, () => ({
        features: ['bias', 'same'],
        label: 'marketing' as const,
        weight: 1,
        weak: true,
      })),
      bits,
    );
    const p = (weakScale: number) =>
      probabilities(
        fitHashed(data.concat(weak), { ...FIT_DEFAULTS, bits, epochs: 20, weakScale }),
        data[0]?.rows as Int32Array,
      )[3] as number;
    // Same up to SGD row order (the skipped rows still take part in the shuffle).
    expect(p(0)).toBeCloseTo(pMarketing({}), 3);
    expect(p(1)).toBeGreaterThan(p(0.25));
  });
});
