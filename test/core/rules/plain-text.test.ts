import { describe, expect, it } from 'vitest';
import { clip, count, quoteName } from '../../../src/core/rules/plain-text';

describe('plain-text', () => {
  it('makes control characters, bidi overrides and lone surrogates visible (the display sanitiser)', () => {
    expect(clip('a\u0000b\u001bc\u007fd\u202ee\u2066f\ud800')).toBe('a\\u0000b\\u001bc\\u007fd\\u202ee\\u2066f\\ud800');
    expect(clip('café 🍪')).toBe('café 🍪');
  });

  it('clips to 80 characters by default, counting code points', () => {
    expect(clip('x'.repeat(80))).toBe('x'.repeat(80));
    expect(clip('x'.repeat(81))).toBe(`${'x'.repeat(79)}…`);
    expect([...clip('🍪'.repeat(100))]).toHaveLength(80);
  });

  it('quotes names and counts nouns', () => {
    expect(quoteName('sid')).toBe('"sid"');
    expect(quoteName(' ')).toBe('(empty name)');
    expect(count(1, 'cookie')).toBe('1 cookie');
    expect(count(4096, 'byte')).toBe('4,096 bytes');
    expect(count(180, 'cookie')).toBe('180 cookies');
    expect(count(1234567, 'byte')).toBe('1,234,567 bytes');
    expect(count(-4096, 'byte')).toBe('-4,096 bytes');
  });
});
