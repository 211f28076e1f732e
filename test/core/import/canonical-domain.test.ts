import { describe, expect, it } from 'vitest';
import { auditSite } from '../../../src/core/audit';
import { canonicalDomain } from '../../../src/core/import/canonical-domain';
import { decodeCookieFile } from '../../../src/core/import/decode-cookie-file';
import { parseCookieFile } from '../../../src/core/import/parse-cookie-file';

describe('canonicalDomain', () => {
  it('gives the form the URL parser gives the page: punycode, IPv4 forms, percent-decoding, lower case', () => {
    expect(canonicalDomain('пример.рф')).toBe('xn--e1afmkfd.xn--p1ai');
    expect(canonicalDomain('.Пример.РФ')).toBe('.xn--e1afmkfd.xn--p1ai');
    expect(canonicalDomain('%41.com')).toBe('a.com');
    expect(canonicalDomain('0x7f.1')).toBe('127.0.0.1');
    expect(canonicalDomain('[::1]')).toBe('[::1]');
    expect(canonicalDomain('Example.COM')).toBe('example.com');
  });
  it('refuses what a browser would never store', () => {
    for (const bad of ['1.2.3.4.5', '', '.', '..a.com', 'a.com:8080', 'a b.com', 'a/b', 'user@a.com', '<x>.com']) {
      expect(canonicalDomain(bad)).toBeNull();
    }
  });
  it('makes an IDN cookie first party on its own page', () => {
    const { cookies } = parseCookieFile('[{"name":"a","value":"1","domain":".пример.рф"}]');
    const audit = auditSite(cookies, { pageUrl: 'https://пример.рф/', now: 0 });
    expect(audit.cookies[0]?.party).toBe('first');
  });
});

describe('file kinds', () => {
  it('says a top-level JSON scalar is not cookies', () => {
    expect(() => parseCookieFile('5')).toThrow('the file is JSON holding a single number (5), not cookies');
    expect(() => parseCookieFile('"x"')).toThrow('the file is JSON holding a single string ("x"), not cookies');
    expect(() => parseCookieFile('null')).toThrow('the file is JSON holding null, not cookies');
  });
  it('decodes UTF-16 with or without a byte order mark, and refuses binary', () => {
    const text = '[{"name":"a","domain":"x.test"}]';
    const le = Buffer.from(`\ufeff${text}`, 'utf16le');
    expect(decodeCookieFile(le)).toBe(text);
    expect(decodeCookieFile(Buffer.from(text, 'utf16le'))).toBe(text);
    const be = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
    expect(decodeCookieFile(be)).toBe(text);
    expect(decodeCookieFile(Buffer.from(`\ufeff${text}`, 'utf8'))).toBe(text);
    expect(() => decodeCookieFile(new Uint8Array([0x7b, 0x7d, 0, 0, 0, 0, 1, 2, 0x41]))).toThrow(
      'the file is binary (a NUL byte at offset 2), not a cookie file',
    );
  });
});
