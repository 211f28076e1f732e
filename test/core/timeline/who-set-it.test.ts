import { describe, expect, it } from 'vitest';
import { type SeenSetCookie, whoSetIt } from '../../../src/core/timeline/who-set-it';

const seen = (over: Partial<SeenSetCookie> = {}): SeenSetCookie => ({
  name: 'sid',
  domain: '',
  path: '/',
  host: 'www.site-a.test',
  url: 'https://www.site-a.test/login?token=secret#x',
  at: 1000,
  deletes: false,
  ...over,
});
const hostOnly = { name: 'sid', domain: 'www.site-a.test', path: '/', hostOnly: true };

describe('whoSetIt', () => {
  it('names the response whose Set-Cookie wrote the cookie, without query or fragment', () => {
    expect(whoSetIt(hostOnly, false, [seen()], { at: 1001 })).toEqual({
      kind: 'response',
      url: 'https://www.site-a.test/login',
    });
  });

  it('matches a Domain cookie by its Domain attribute, and not a host-only header of another host', () => {
    const domainCookie = { name: 'sid', domain: '.site-a.test', path: '/', hostOnly: false };
    expect(whoSetIt(domainCookie, false, [seen()], { at: 1000 }).kind).toBe('script');
    expect(whoSetIt(domainCookie, false, [seen({ domain: 'site-a.test' })], { at: 1000 }).kind).toBe('response');
  });

  it('falls back to page script with the frame URL when no header matches in time, name, path or direction', () => {
    const frameUrl = 'https://widget-c.test/embed?session=1';
    const headers = [
      seen({ at: 1000 - 6000 }),
      seen({ name: 'other' }),
      seen({ path: '/app' }),
      seen({ deletes: true }),
    ];
    expect(whoSetIt(hostOnly, false, headers, { at: 1000, frameUrl })).toEqual({
      kind: 'script',
      frameUrl: 'https://widget-c.test/embed',
    });
    expect(whoSetIt(hostOnly, false, [], { at: 1000 })).toEqual({ kind: 'script' });
  });

  it('names the response that deleted a cookie', () => {
    const r = whoSetIt(hostOnly, true, [seen({ deletes: true, url: 'https://www.site-a.test/logout' })], { at: 1200 });
    expect(r).toEqual({ kind: 'response', url: 'https://www.site-a.test/logout' });
  });
});
