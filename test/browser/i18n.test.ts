import { beforeEach, describe, expect, it, vi } from 'vitest';

const getMessage = vi.fn((key: string) => (key === 'extName' ? 'Cookie Auditor' : ''));
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage } } }));

const { loadMessages, t } = await import('../../src/browser/i18n');

describe('i18n', () => {
  beforeEach(() => getMessage.mockClear());

  it('loadMessages makes one lookup, so a new process fetches its catalogue before the first paint needs it', () => {
    loadMessages();
    expect(getMessage).toHaveBeenCalledTimes(1);
    expect(getMessage).toHaveBeenCalledWith('extName');
  });

  it('loadMessages never throws: a failing lookup is left to the build, which reports it', () => {
    getMessage.mockImplementationOnce(() => {
      throw new Error('no i18n here');
    });
    expect(() => loadMessages()).not.toThrow();
  });

  it('t falls back to the key when a message is missing', () => {
    expect(t('extName')).toBe('Cookie Auditor');
    expect(t('noSuchKey')).toBe('noSuchKey');
  });
});
