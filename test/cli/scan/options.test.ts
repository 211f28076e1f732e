import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/parse-args';
import { findChrome, NoChromeError } from '../../../src/cli/scan/find-chrome';
import { parseScanArgs } from '../../../src/cli/scan/options';
import { parseSitemap, parseUrlList, shardUrls } from '../../../src/cli/scan/url-list';

describe('scan options', () => {
  it('has defaults for CI and keeps phases and formats in canonical order', () => {
    const o = parseScanArgs(['https://a.test', '--phases', 'accept,none', '--format', 'sarif,json']);
    expect(o).toMatchObject({
      urls: ['https://a.test/'],
      phases: ['none', 'accept'],
      formats: ['json', 'sarif'],
      outDir: 'cookie-scan',
      failOn: 'high',
      pages: 2,
      concurrency: 2,
      includeValues: false,
      allowThirdPartyCookies: false,
      overrides: null,
    });
    expect(parseScanArgs(['https://a.test', '--overrides', 'mine.json']).overrides).toBe('mine.json');
    expect(parseScanArgs(['https://a.test', '--chrome-arg=--a', '--chrome-arg=--b=c']).chromeArgs).toEqual([
      '--a',
      '--b=c',
    ]);
  });

  it.each([
    [[], /nothing to scan/],
    [['ftp://a.test'], /must be an http\(s\) URL/],
    [['https://a.test', '--phases', 'later'], /--phases: unknown value "later"/],
    [['https://a.test', '--shard', '3/2'], /--shard needs I\/N/],
    [['https://a.test', '--shard', '0/2'], /--shard needs I\/N/],
    [['https://a.test', '--concurrency', '0'], /at least 1/],
    [['https://a.test', '--wait', '1s'], /whole number/],
    [['https://a.test', '--fail-on', 'new'], /needs --baseline/],
    [['https://a.test', '--bogus'], /Unknown option '--bogus'/],
    [['https://a.test', '--overrides='], /--overrides needs a value/],
    // A Chromium flag starts with a dash: node:util wants it attached with "=", and says so.
    [['https://a.test', '--chrome-arg', '--x'], /use '--chrome-arg=-XYZ'/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseScanArgs(argv)).toThrow(UsageError);
    expect(() => parseScanArgs(argv)).toThrow(message);
  });
});

describe('URL lists and shards', () => {
  it('reads a URL file and a sitemap', () => {
    expect(parseUrlList('# sites\nhttps://a.test\n\n  https://b.test/x  \n')).toEqual([
      'https://a.test/',
      'https://b.test/x',
    ]);
    const xml = `<?xml version="1.0"?><urlset><url><loc> https://a.test/?a=1&amp;b=2 </loc></url><url><loc>javascript:x</loc></url></urlset>`;
    expect(parseSitemap(xml)).toEqual(['https://a.test/?a=1&b=2']);
  });

  it('splits a list into disjoint, balanced, deterministic shards that cover it', () => {
    const urls = Array.from({ length: 10 }, (_, i) => `https://s${i}.test/`);
    const shards = [1, 2, 3].map((index) => shardUrls([...urls, urls[0] as string], { index, count: 3 }));
    expect(shards.map((s) => s.length)).toEqual([4, 3, 3]);
    expect(shards.flat().sort()).toEqual([...urls].sort());
    expect(shardUrls(urls, { index: 2, count: 3 })).toEqual(shards[1]);
  });
});

describe('findChrome', () => {
  const exists = (paths: string[]) => (p: unknown) => paths.includes(String(p));
  it('takes --chrome, then CHROME_PATH, then Debian’s chromium', () => {
    expect(findChrome('/x/chrome', {}, exists(['/x/chrome', '/usr/bin/chromium']))).toBe('/x/chrome');
    expect(findChrome(null, { CHROME_PATH: '/y' }, exists(['/y', '/usr/bin/chromium']))).toBe('/y');
    expect(findChrome(null, {}, exists(['/usr/bin/chromium']))).toBe('/usr/bin/chromium');
  });
  it('names every way to give one when none is found', () => {
    expect(() => findChrome(null, {}, exists([]))).toThrow(NoChromeError);
    expect(() => findChrome(null, {}, exists([]))).toThrow(/--chrome PATH or set CHROME_PATH/);
    expect(() => findChrome('/nope', {}, exists([]))).toThrow('--chrome /nope: no such file');
  });
});
