import { describe, expect, it } from 'vitest';
import { expiryText, humanDuration, parseLifespan } from '../../src/core/lifespan';
import { isIpHost, isPublicSuffix, partyOf, siteOf } from '../../src/core/party';

describe('party (Public Suffix List via tldts)', () => {
  it('finds registrable domains, including multi-label suffixes and private suffixes', () => {
    expect(siteOf('.www.example.co.uk')).toBe('example.co.uk');
    expect(siteOf('user.github.io')).toBe('user.github.io');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
    expect(siteOf('localhost')).toBe('localhost');
    expect(siteOf('www.site-a.test')).toBe('site-a.test');
  });
  it('tells first from third party', () => {
    expect(partyOf({ domain: '.cdn.example.com' }, 'example.com')).toBe('first');
    expect(partyOf({ domain: 'doubleclick.net' }, 'example.com')).toBe('third');
  });
  it('knows IPs and public suffixes', () => {
    expect(isIpHost('10.0.0.1')).toBe(true);
    expect(isPublicSuffix('co.uk')).toBe(true);
    expect(isPublicSuffix('example.co.uk')).toBe(false);
  });
});

describe('lifespans in human terms', () => {
  it.each([
    [30, '30 seconds'],
    [1800, '30 minutes'],
    [43_200, '12 hours'],
    [29 * 86_400, '29 days'],
    [395 * 86_400, '13 months'],
    [2 * 365 * 86_400, '2 years'],
  ])('%i s is %s', (s, text) => expect(humanDuration(s)).toBe(text));

  it('says session and expired', () => {
    expect(expiryText({ session: true }, 0)).toBe('session');
    expect(expiryText({ session: false, expirationDate: 10 }, 20_000)).toBe('expired');
  });

  it('parses catalogue lifespans', () => {
    expect(parseLifespan('session')).toBe('session');
    expect(parseLifespan('30m')).toBe(1800);
    expect(parseLifespan('2y')).toBe(2 * 365 * 86_400);
    expect(parseLifespan('13mo')).toBeCloseTo(13 * (365 / 12) * 86_400);
    expect(parseLifespan('forever')).toBeUndefined();
  });
});
