import { describe, expect, it } from 'vitest';
import { clip, utf8Length } from '../../src/core/clip';

describe('clip', () => {
  it('leaves short text alone', () => {
    expect(clip('short', { chars: 5 })).toBe('short');
    expect(clip('', { chars: 1, bytes: 1 })).toBe('');
  });
  it('caps characters, ellipsis included', () => {
    expect(clip('abcdef', { chars: 4 })).toBe('abc…');
  });
  it('caps bytes without splitting a code point', () => {
    // 🍪 is 4 bytes and two UTF-16 units; the ellipsis is 3 bytes.
    expect(clip('🍪🍪🍪', { bytes: 10 })).toBe('🍪…');
    expect(clip('🍪🍪🍪', { chars: 2 })).toBe('🍪…');
    expect(clip('éééé', { bytes: 7 })).toBe('éé…');
  });
  it('counts UTF-8 bytes', () => {
    expect(utf8Length('aé€🍪')).toBe(1 + 2 + 3 + 4);
    expect(utf8Length('\uD800')).toBe(3);
  });
});
