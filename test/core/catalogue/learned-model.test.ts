import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fitModel, toFile } from '../../../scripts/train/fit';
import { base64Bytes, bytesBase64 } from '../../../src/core/base64';
import { cookieFeatures, featureHash, lifespanBucket } from '../../../src/core/catalogue/learned/features';
import { decodeModel, type ModelFile, predict } from '../../../src/core/catalogue/learned/model';

const MODEL = join(import.meta.dirname, '../../../src/core/catalogue/learned/fallback-model.json');

describe('learned fallback model', () => {
  it('ships within 300 KB gzip, decodes, and records how it scored', () => {
    const text = readFileSync(MODEL, 'utf8');
    expect(gzipSync(text).length).toBeLessThanOrEqual(300 * 1024);
    const file = JSON.parse(text) as ModelFile;
    const model = decodeModel(file);
    expect(model.weights.length).toBe((1 << file.bits) * 4);
    expect(file.trainedOn).toMatchObject({ sites: 72, folds: 8 });
    expect(file.temperature).toBeGreaterThan(0);
  });

  it('refuses a file that is not a model', () => {
    expect(() => decodeModel({ format: 'x' } as unknown as ModelFile)).toThrow(/not a cookie-auditor fallback model/);
    const file = JSON.parse(readFileSync(MODEL, 'utf8')) as ModelFile;
    expect(() => decodeModel({ ...file, weights: 'AAAA' })).toThrow(/do not match/);
  });

  it('round-trips base64 of every length', () => {
    for (let n = 0; n < 10; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 0xff);
      expect([...base64Bytes(bytesBase64(bytes))]).toEqual([...bytes]);
      expect(bytesBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('trains deterministically and learns a separable toy problem', () => {
    const examples = [
      ...['cart_id', 'session_cart', 'csrf_cart'].map((name) => ({
        features: cookieFeatures({ name }),
        label: 'necessary' as const,
        weight: 1,
      })),
      ...['ad_click', 'ad_retarget', 'adclick_id'].map((name) => ({
        features: cookieFeatures({ name }),
        label: 'marketing' as const,
        weight: 1,
      })),
    ];
    const options = { bits: 10, epochs: 30, rate: 0.2, l2: 0, weakScale: 1, balance: false, seed: 3 };
    const a = fitModel(examples, options);
    const b = fitModel(examples, options);
    expect([...a.weights]).toEqual([...b.weights]);
    const file = toFile(a, { temperature: 1, bestGuessBelow: 0.6, trainedOn: {} });
    const model = decodeModel(file);
    expect(predict(model, { name: 'my_cart' }).category).toBe('necessary');
    expect(predict(model, { name: 'ad_clickid' }).category).toBe('marketing');
  });

  it('bounds the work on a hostile name and folds digits', () => {
    const long = cookieFeatures({ name: 'x'.repeat(100_000) });
    expect(long.length).toBeLessThan(200);
    expect(cookieFeatures({ name: '_gat_UA-1234-5' })).toEqual(cookieFeatures({ name: '_gat_UA-9876-1' }));
    expect(featureHash('t:cart', 15)).toBeLessThan(1 << 15);
    expect(lifespanBucket('session')).toBe('session');
    expect(lifespanBucket(400 * 86_400)).toBe('gt1y');
  });
});
