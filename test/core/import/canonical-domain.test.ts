import { describe, expect, it } from 'vitest';
import { auditSite } from '../../../src/core/audit';
import { canonicalDomain } from '../../../src/core/import/canonical-domain';
import { decodeCookieFile } from '../../../src/core/import/decode-cookie-file';
import { parseCookieFile } from '../../../src/core/import/parse-cookie-file';

describe('canonicalDomain', () => {
  it('gives the form the URL parser gives the page: punycode, IPv4 forms, percent-decoding, lower case', () => {
    expect(canonicalDomain('пример.рф')).toEqual({ domain: 'xn--e1afmkfd.xn--p1ai' });
    expect(canonicalDomain('.Пример.РФ')).toEqual({ domain: '.xn--e1afmkfd.xn--p1ai' });
    expect(canonicalDomain('%41.com')).toEqual({ domain: 'a.com' });
    expect(canonicalDomain('0x7f.1')).toEqual({ domain: '127.0.0.1' });
    expect(canonicalDomain('[::1]')).toEqual({ domain: '[::1]' });
    expect(canonicalDomain('Example.COM')).toEqual({ domain: 'example.com' });
  });
  it('refuses what a browser would never store', () => {
    for (const bad of ['1.2.3.4.5', '', '.', '..a.com', 'a.com:8080', 'a b.com', 'a/b', 'user@a.com', '<x>.com']) {
      expect(canonicalDomain(bad)).toEqual({ refused: 'is not a host name a browser would store', tooLong: false });
    }
  });
  it('refuses a host over 253 characters or a label over 63 (RFC 1035 §2.3.4), and keeps those at the limit', () => {
    const label = (n: number) => 'a'.repeat(n);
    // 63 + 1 + 63 + 1 + 63 + 1 + 61 = 253.
    const longest = `${label(63)}.${label(63)}.${label(63)}.${label(61)}`;
    expect(canonicalDomain(`.${longest}`)).toEqual({ domain: `.${longest}` });
    expect(canonicalDomain(`${longest}.`)).toEqual({ domain: `${longest}.` });
    expect(canonicalDomain(`${longest}a`)).toEqual({
      refused: 'is 254 characters long; a host name has at most 253',
      tooLong: true,
    });
    expect(canonicalDomain(`x.${label(64)}.test`)).toEqual({
      refused: 'has a label of 64 characters; a label has at most 63',
      tooLong: true,
    });
    // Judged on the punycode a resolver is asked for: this 60-character label is 77 characters as punycode.
    expect(canonicalDomain(`${label(50)}абвгдежзий.рф`)).toEqual({
      refused: 'has a label of 77 characters; a label has at most 63',
      tooLong: true,
    });
  });
  it('names the cookie and the length when a file holds such a host', () => {
    const huge = `.${'d'.repeat(1024 * 1024)}.test`;
    expect(() =>
      parseCookieFile(
        JSON.stringify([
          { name: 'a', domain: 'a.test' },
          { name: 'b', domain: huge },
        ]),
      ),
    ).toThrow(
      'cookie at index 1, field "domain": the domain is 1,048,581 characters long; a host name has at most 253',
    );
    expect(() =>
      parseCookieFile(`a.test\tFALSE\t/\tFALSE\t0\ta\t1\n${label64()}.test\tFALSE\t/\tFALSE\t0\tb\t1\n`),
    ).toThrow(/^line 2: the domain \(field 1\) "a{40}…" has a label of 64 characters; a label has at most 63$/);
  });
  it('makes an IDN cookie first party on its own page', () => {
    const { cookies } = parseCookieFile('[{"name":"a","value":"1","domain":".пример.рф"}]');
    const audit = auditSite(cookies, { pageUrl: 'https://пример.рф/', now: 0 });
    expect(audit.cookies[0]?.party).toBe('first');
  });
});

function label64(): string {
  return 'a'.repeat(64);
}

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
