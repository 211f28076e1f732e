import { describe, expect, it } from 'vitest';
import { CookieFileError } from '../../../src/core/import/cookie-file-error';
import { parseCookieFile } from '../../../src/core/import/parse-cookie-file';

function errorOf(text: string, options = {}): CookieFileError {
  try {
    parseCookieFile(text, options);
  } catch (e) {
    if (e instanceof CookieFileError) return e;
    throw e;
  }
  throw new Error('expected a CookieFileError');
}

const t = (...fields: string[]) => fields.join('\t');

describe('Netscape cookies.txt', () => {
  it('reads cookies, #HttpOnly_ lines and session expiry, skipping comments and blank lines', () => {
    const text = [
      '# Netscape HTTP Cookie File',
      '# https://curl.se/docs/http-cookies.html',
      '',
      t('.example.com', 'TRUE', '/', 'FALSE', '1767225600', '_ga', 'GA1.1.1.2'),
      t('#HttpOnly_www.example.com', 'FALSE', '/app', 'TRUE', '0', 'sid', 'a\tb'),
      '   ',
      t('example.org', 'TRUE', '/', 'FALSE', '0', 'empty'),
    ].join('\r\n');
    expect(parseCookieFile(text)).toEqual({
      format: 'netscape',
      cookies: [
        {
          name: '_ga',
          value: 'GA1.1.1.2',
          domain: '.example.com',
          hostOnly: false,
          path: '/',
          secure: false,
          httpOnly: false,
          sameSite: 'unspecified',
          session: false,
          expirationDate: 1767225600,
          storeId: '0',
        },
        {
          name: 'sid',
          value: 'a\tb',
          domain: 'www.example.com',
          hostOnly: true,
          path: '/app',
          secure: true,
          httpOnly: true,
          sameSite: 'unspecified',
          session: true,
          storeId: '0',
        },
        {
          name: 'empty',
          value: '',
          domain: '.example.org',
          hostOnly: false,
          path: '/',
          secure: false,
          httpOnly: false,
          sameSite: 'unspecified',
          session: true,
          storeId: '0',
        },
      ],
    });
  });

  it('reads a file of comments only as no cookies', () => {
    expect(parseCookieFile('# Netscape HTTP Cookie File\n\n').cookies).toEqual([]);
  });

  it.each([
    [
      t('x.test', 'TRUE', '/'),
      'line 2: expected 7 tab-separated fields (domain, includeSubdomains, path, secure, expiry, name, value), found 3',
    ],
    [
      'x.test TRUE / FALSE 0 a b',
      'line 2: expected 7 tab-separated fields (domain, includeSubdomains, path, secure, expiry, name, value), found 1 (fields must be separated by tabs, not spaces)',
    ],
    [
      t('x.test', 'yes', '/', 'FALSE', '0', 'a', 'b'),
      'line 2: includeSubdomains (field 2) must be TRUE or FALSE, found "yes"',
    ],
    [t('x.test', 'TRUE', '/', '1', '0', 'a', 'b'), 'line 2: secure (field 4) must be TRUE or FALSE, found "1"'],
    [
      t('x.test', 'TRUE', '/', 'FALSE', 'soon', 'a', 'b'),
      'line 2: expiry (field 5) must be seconds since the epoch (0 for a session cookie), found "soon"',
    ],
    [
      t('x.test', 'TRUE', '/', 'FALSE', '-1', 'a', 'b'),
      'line 2: expiry (field 5) must be seconds since the epoch, not a negative number (0 for a session cookie), found "-1"',
    ],
    [
      t('x.test', 'TRUE', '/', 'FALSE', '9'.repeat(400), 'a', 'b'),
      `line 2: expiry (field 5) must be seconds since the epoch up to 8640000000000 (the year 275760) (0 for a session cookie), found "${'9'.repeat(40)}…"`,
    ],
    [
      t('1.2.3.4.5', 'TRUE', '/', 'FALSE', '0', 'a', 'b'),
      'line 2: the domain (field 1) "1.2.3.4.5" is not a host name a browser would store',
    ],
    [t(' ', 'TRUE', '/', 'FALSE', '0', 'a', 'b'), 'line 2: the domain (field 1) is empty'],
  ])('rejects %j with the line at fault', (line, message) => {
    const e = errorOf(`# Netscape HTTP Cookie File\n${line}\n`);
    expect(e.message).toBe(message);
    expect(e.location).toEqual({ format: 'netscape', line: 2 });
  });

  it('caps the cookie count', () => {
    const line = t('x.test', 'TRUE', '/', 'FALSE', '0', 'a', 'b');
    expect(errorOf([line, line, line].join('\n'), { maxCookies: 2 }).message).toBe(
      'line 3: more than 2 cookies; at most 2 are read at once',
    );
  });
});
