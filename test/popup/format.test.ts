import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({
  default: { i18n: { getMessage: (key: string) => (key === 'emptyName' ? '(empty name)' : '') } },
}));

const { clip, nameText } = await import('../../src/popup/format');

describe('popup text', () => {
  it('shows names, domains and paths through the one display sanitiser', () => {
    expect(nameText('admin\u202etxt.exe')).toBe('admin\\u202etxt.exe');
    expect(clip('a\u200bb.test')).toBe('a\\u200bb.test');
    expect(nameText('')).toBe('(empty name)');
    expect(nameText('  ')).toBe('(empty name)');
  });
  it('clips by code point with an ellipsis, never splitting a surrogate pair', () => {
    expect(clip('🍪'.repeat(10), 4)).toBe('🍪🍪🍪…');
  });
});
