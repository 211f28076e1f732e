import { describe, expect, it } from 'vitest';
import { urlWithoutQuery } from '../../../src/core/timeline/clean-url';

describe('urlWithoutQuery', () => {
  it('drops query, fragment and credentials', () => {
    expect(urlWithoutQuery('https://user:pw@a.test/reset?token=abc#code=1')).toBe('https://a.test/reset');
  });
  it('cuts what is not a URL at its query and caps the length', () => {
    expect(urlWithoutQuery('not a url?x=1')).toBe('not a url');
    expect(urlWithoutQuery(`https://a.test/${'x'.repeat(5000)}`)).toHaveLength(2048);
  });
});
