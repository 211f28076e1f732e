import { describe, expect, it } from 'vitest';
import { packText, unpackText } from '../../../src/core/catalogue/packed-text';
import { shippedCatalogueData } from '../../../src/core/catalogue/shipped-data';

describe('packed text (how the worker bundle carries the catalogue and the model)', () => {
  it('gives back exactly the text it was given, non-ASCII included', () => {
    const text = JSON.stringify({ name: 'é—☃ 🍪', tld: 'المغرب', empty: '' });
    expect(unpackText(packText(text))).toBe(text);
    expect(unpackText(packText(''))).toBe('');
  });

  it('carries the shipped catalogue in under a quarter of its JSON bytes, unchanged', () => {
    const json = JSON.stringify(shippedCatalogueData());
    const packed = packText(json);
    expect(packed.length).toBeLessThan(json.length / 4);
    expect(unpackText(packed)).toBe(json);
  });

  it('refuses what is not packed text', () => {
    expect(() => unpackText('not base64 at all!')).toThrow();
    expect(() => unpackText(btoa('plain bytes, not deflated'))).toThrow();
  });
});
