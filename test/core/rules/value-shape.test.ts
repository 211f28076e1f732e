import { describe, expect, it } from 'vitest';
import { looksRandom, utf8Bytes } from '../../../src/core/rules/value-shape';
import { jwt, SESSION_ID } from './factory';

describe('looksRandom', () => {
  it.each([
    SESSION_ID,
    'd41d8cd98f00b204e9800998ecf8427e',
    'fb.1.1736942400000.1234567890',
    'GA1.2.123456789.1736942400',
    `"${SESSION_ID}"`,
    jwt({ alg: 'HS256' }, { sub: 'x' }),
  ])('%s looks random', (v) => {
    expect(looksRandom(v)).toBe(true);
  });

  it.each([
    '',
    'dark',
    'en-US',
    'true',
    '1736942400000',
    '1.2.3.4567890123456',
    'aaaaaaaaaaaaaaaaaaaaaa',
    '{"a":1,"b":2,"c":3}',
    'hello world this is text',
  ])('%s does not', (v) => {
    expect(looksRandom(v)).toBe(false);
  });
});

describe('utf8Bytes', () => {
  it('counts UTF-8 bytes, not UTF-16 units', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('€')).toBe(3);
    expect(utf8Bytes('🍪')).toBe(4);
    expect(utf8Bytes('\ud800')).toBe(3);
    expect(utf8Bytes('é🍪€x')).toBe(Buffer.byteLength('é🍪€x'));
  });
});
