import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64UrlDecode, decodeJwt, isAlgNone, isJwt } from '../../src/core/jwt';
import { b64url, jwt } from './rules/factory';

describe('base64UrlDecode', () => {
  it('decodes like Node for any bytes, padded or not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const encoded = Buffer.from(bytes).toString('base64url');
        expect(base64UrlDecode(encoded)).toEqual(new Uint8Array(bytes));
        const padded = encoded + '='.repeat((4 - (encoded.length % 4)) % 4);
        expect(base64UrlDecode(padded)).toEqual(new Uint8Array(bytes));
      }),
    );
  });

  it('rejects characters outside the base64url alphabet and impossible lengths', () => {
    expect(base64UrlDecode('ab+c')).toBeNull();
    expect(base64UrlDecode('ab/c')).toBeNull();
    expect(base64UrlDecode('abcde')).toBeNull();
    expect(base64UrlDecode('ab c')).toBeNull();
  });
});

describe('decodeJwt', () => {
  it('reads header, payload and exp of a signed token', () => {
    const token = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'u1', exp: 1_700_000_000 });
    const decoded = decodeJwt(token);
    expect(decoded?.header.alg).toBe('HS256');
    expect(decoded?.payload).toEqual({ sub: 'u1', exp: 1_700_000_000 });
    expect(decoded?.exp).toBe(1_700_000_000);
    expect(decoded?.unsigned).toBe(false);
  });

  it('recognises an unsigned alg:none token with an empty signature, in any letter case', () => {
    const decoded = decodeJwt(`${b64url({ alg: 'NoNe' })}.${b64url({ sub: 'admin' })}.`);
    expect(decoded?.unsigned).toBe(true);
    expect(decoded && isAlgNone(decoded)).toBe(true);
    const signed = decodeJwt(jwt({ alg: 'RS256' }, { sub: 'a' }));
    expect(signed && isAlgNone(signed)).toBe(false);
  });

  it('unwraps quoted and percent-encoded cookie values', () => {
    const token = jwt({ alg: 'HS256' }, { sub: 'x' });
    expect(isJwt(`"${token}"`)).toBe(true);
    expect(isJwt(encodeURIComponent(token).replace(/\./g, '%2E'))).toBe(true);
  });

  it('reads only the header of an encrypted (5-segment) token', () => {
    const decoded = decodeJwt(`${b64url({ alg: 'RSA-OAEP', enc: 'A256GCM' })}.a.b.c.d`);
    expect(decoded?.header.alg).toBe('RSA-OAEP');
    expect(decoded?.payload).toBeNull();
  });

  it('returns no exp when the claim is missing or not a number', () => {
    expect(decodeJwt(jwt({ alg: 'HS256' }, { sub: 'x' }))?.exp).toBeUndefined();
    expect(decodeJwt(jwt({ alg: 'HS256' }, { exp: '1700000000' }))?.exp).toBeUndefined();
  });

  it.each([
    ['empty', ''],
    ['plain id', 'q8Zr2LmX0vTn5KbY7pWc3HdA9sJf1Ge4'],
    ['GA cookie', 'GA1.2.123456789.1700000000'],
    ['two segments', `${b64url({ alg: 'HS256' })}.${b64url({})}`],
    ['four segments', 'a.b.c.d'],
    ['header without alg', jwt({ typ: 'JWT' }, { sub: 'x' })],
    ['alg not a string', jwt({ alg: 1 }, { sub: 'x' })],
    ['header is an array', `${b64url(['alg'])}.${b64url({})}.sig`],
    ['payload not JSON', `${b64url({ alg: 'HS256' })}.${Buffer.from('not json').toString('base64url')}.sig`],
    ['payload is a string', `${b64url({ alg: 'HS256' })}.${b64url('hi')}.sig`],
    ['invalid UTF-8', `${Buffer.from([0xff, 0xfe, 0x7b]).toString('base64url')}.${b64url({})}.sig`],
    ['bad signature chars', `${b64url({ alg: 'HS256' })}.${b64url({})}.si+g`],
    ['bad percent-encoding', '%E0%A4%A'],
    ['huge', `${'a'.repeat(20_000)}.b.c`],
  ])('returns null for %s', (_label, value) => {
    expect(decodeJwt(value)).toBeNull();
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        expect(() => decodeJwt(s)).not.toThrow();
        expect(() => decodeJwt(`${s}.${s}.${s}`)).not.toThrow();
      }),
    );
  });
});
