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

/** One cookie of Cookie-Editor's JSON export, field for field. */
const cookieEditorExport = `[
  {
    "domain": ".example.com",
    "expirationDate": 1767225600.5,
    "hostOnly": false,
    "httpOnly": false,
    "name": "_ga",
    "path": "/",
    "sameSite": null,
    "secure": false,
    "session": false,
    "storeId": null,
    "value": "GA1.1.1.2"
  },
  {
    "domain": "www.example.com",
    "hostOnly": true,
    "httpOnly": true,
    "name": "sid",
    "path": "/",
    "sameSite": "no_restriction",
    "secure": true,
    "session": true,
    "storeId": "0",
    "value": "abc"
  }
]`;

describe('JSON cookie files', () => {
  it("reads Cookie-Editor's export", () => {
    expect(parseCookieFile(cookieEditorExport)).toEqual({
      format: 'json',
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
          expirationDate: 1767225600.5,
          storeId: '0',
        },
        {
          name: 'sid',
          value: 'abc',
          domain: 'www.example.com',
          hostOnly: true,
          path: '/',
          secure: true,
          httpOnly: true,
          sameSite: 'no_restriction',
          session: true,
          storeId: '0',
        },
      ],
    });
  });

  it('fills missing optional fields with defaults', () => {
    const [c] = parseCookieFile('[{"name":"a","domain":".x.test"}]').cookies;
    expect(c).toEqual({
      name: 'a',
      value: '',
      domain: '.x.test',
      hostOnly: false,
      path: '/',
      secure: false,
      httpOnly: false,
      sameSite: 'unspecified',
      session: true,
      storeId: '0',
    });
    const [d] = parseCookieFile('[{"name":"b","domain":"x.test","expirationDate":"1767225600"}]').cookies;
    expect(d).toMatchObject({ hostOnly: true, session: false, expirationDate: 1767225600 });
  });

  it('accepts every SameSite spelling', () => {
    const spellings = ['no_restriction', 'lax', 'strict', 'unspecified', 'None', 'Lax', 'Strict', null, ''];
    const json = JSON.stringify(spellings.map((sameSite, i) => ({ name: `c${i}`, domain: 'x.test', sameSite })));
    expect(parseCookieFile(json).cookies.map((c) => c.sameSite)).toEqual([
      'no_restriction',
      'lax',
      'strict',
      'unspecified',
      'no_restriction',
      'lax',
      'strict',
      'unspecified',
      'unspecified',
    ]);
  });

  it('accepts an object with a cookies array, a BOM, and keeps a partition key', () => {
    const text =
      '\uFEFF{"cookies":[{"name":"p","domain":"x.test","partitionKey":{"topLevelSite":"https://top.test"}}]}';
    expect(parseCookieFile(text).cookies[0]?.partitionKey).toEqual({ topLevelSite: 'https://top.test' });
  });

  it('reads a session flag the way Chrome would when the file disagrees with itself', () => {
    const [a, b] = parseCookieFile(
      '[{"name":"a","domain":"x.test","session":true,"expirationDate":5},{"name":"b","domain":"x.test","session":false}]',
    ).cookies;
    expect(a).toMatchObject({ session: true });
    expect(a).not.toHaveProperty('expirationDate');
    expect(b).toMatchObject({ session: true });
  });

  it.each([
    ['[{"name":"a","domain":"x.test"}, 5]', 'cookie at index 1: expected a cookie object, found number 5'],
    ['[{"domain":"x.test"}]', 'cookie at index 0, field "name": expected a string, found nothing'],
    ['[{"name":"a"}]', 'cookie at index 0, field "domain": expected a string, found nothing'],
    ['[{"name":"a","domain":" "}]', 'cookie at index 0, field "domain": expected a host name, found the string " "'],
    [
      '[{"name":"a","domain":"x","secure":"yes"}]',
      'cookie at index 0, field "secure": expected true or false, found the string "yes"',
    ],
    [
      '[{"name":"a","domain":"x","sameSite":"sometimes"}]',
      'cookie at index 0, field "sameSite": expected one of no_restriction, lax, strict, unspecified, None, Lax, Strict, found the string "sometimes"',
    ],
    [
      '[{"name":"a","domain":"x","expirationDate":"tomorrow"}]',
      'cookie at index 0, field "expirationDate": expected seconds since the epoch, found the string "tomorrow"',
    ],
    [
      '[{"name":"a","domain":"x","expirationDate":-5}]',
      'cookie at index 0, field "expirationDate": expected seconds since the epoch, not a negative number, found number -5',
    ],
    [
      `[{"name":"a","domain":"x","expirationDate":"${'9'.repeat(400)}"}]`,
      `cookie at index 0, field "expirationDate": expected seconds since the epoch up to 8640000000000 (the year 275760), found the string "${'9'.repeat(40)}…"`,
    ],
    [
      '[{"name":"a","domain":"1.2.3.4.5"}]',
      'cookie at index 0, field "domain": expected a host name a browser would store, found the string "1.2.3.4.5"',
    ],
    [
      '[{"name":"a","domain":"x","value":7}]',
      'cookie at index 0, field "value": expected a string or nothing, found number 7',
    ],
    [
      '[{"name":"a","domain":"x","partitionKey":"top"}]',
      'cookie at index 0, field "partitionKey": expected an object with a "topLevelSite" string, found the string "top"',
    ],
    ['{"data":[]}', 'expected a JSON array of cookies, or an object with a "cookies" array'],
  ])('rejects %s', (text, message) => {
    const e = errorOf(text);
    expect(e.message).toBe(message);
    expect(e.location.format).toBe('json');
  });

  it('names the line and column of a syntax error, even where V8 gives no position', () => {
    const trailingComma = '[\n  {"name":"a","domain":"x"},\n]';
    expect(errorOf(trailingComma).message).toBe("line 3, column 1: not valid JSON: Unexpected token ']'");
    expect(errorOf('[\n  {"name":"a",\n   "domain" "x"}\n]').location).toMatchObject({ line: 3, column: 13 });
    expect(errorOf('[{"name":"a"').message).toMatch(/^line 1, column 13: not valid JSON: /);
  });

  it('caps the cookie count and the size', () => {
    expect(errorOf('[{"name":"a","domain":"x"},{"name":"b","domain":"x"}]', { maxCookies: 1 }).message).toBe(
      'the file holds 2 cookies; at most 1 are read at once',
    );
    expect(errorOf(`[${' '.repeat(2048)}]`, { maxBytes: 1024 }).message).toBe('the file is larger than 1 KB');
    expect(errorOf('  \n').message).toBe('the file is empty');
  });
});
