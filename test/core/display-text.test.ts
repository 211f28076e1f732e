import { describe, expect, it } from 'vitest';
import { displayName, displayText, EMPTY_NAME, isInvisible } from '../../src/core/display-text';

describe('displayText', () => {
  it('writes controls, line breaks and tabs as visible escapes', () => {
    expect(displayText('a\r\nb\tc\u001b[31md\u007f\u0085')).toBe('a\\u000d\\u000ab\\u0009c\\u001b[31md\\u007f\\u0085');
  });
  it('writes bidi overrides and isolates visibly (Trojan Source)', () => {
    expect(displayText('admin\u202Etxt.exe\u2066')).toBe('admin\\u202etxt.exe\\u2066');
  });
  it('writes zero-width, BOM, line/paragraph separators and tag characters visibly', () => {
    expect(displayText('a\u200bb\ufeffc\u2028d\u2029e\u00adf')).toBe('a\\u200bb\\ufeffc\\u2028d\\u2029e\\u00adf');
    expect(displayText('x\u{e0041}y')).toBe('x\\u{e0041}y');
    expect(displayText('\ud800x\udc00')).toBe('\\ud800x\\udc00');
  });
  it('returns visible text unchanged, emoji and accents included', () => {
    const plain = 'größe 🍪 пример 例え\u00a0\u3000';
    expect(displayText(plain)).toBe(plain);
  });
  it('classifies code points', () => {
    expect(isInvisible(0x41)).toBe(false);
    expect(isInvisible(0x200d)).toBe(true);
    expect(isInvisible(0x1f36a)).toBe(false);
  });
});

describe('displayName', () => {
  it('shows one placeholder for empty and blank names', () => {
    expect(displayName('')).toBe(EMPTY_NAME);
    expect(displayName('  \t')).toBe(EMPTY_NAME);
    expect(displayName('', 'leer')).toBe('leer');
    expect(displayName('\u200b')).toBe('\\u200b');
    expect(displayName('sid')).toBe('sid');
  });
});
