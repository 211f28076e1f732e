import { describe, expect, it } from 'vitest';
import { sessionBroadDomain } from '../../../src/core/rules/session-broad-domain';
import type { Cookie } from '../../../src/core/types';
import { audited, CLASSES, ruleContext, SESSION_ID } from './factory';

const login = (cookie: Partial<Cookie>) =>
  audited({ cookie: { name: 'sid', value: SESSION_ID, ...cookie }, classification: CLASSES.login });

describe('session-broad-domain', () => {
  it('is medium when the Domain is the registrable domain and the page is on a subdomain', () => {
    const f = sessionBroadDomain.test(login({ domain: '.example.com', hostOnly: false }), ruleContext());
    expect(f?.severity).toBe('medium');
    expect(f?.message).toContain('Domain=example.com');
    expect(f?.message).toContain('This page is on www.example.com');
    expect(f?.fix).toBe(
      'Omit the Domain attribute so only the host that sets it receives it: Set-Cookie: sid=<value>; Path=/; Secure; HttpOnly; SameSite=Lax',
    );
  });

  it('is low when the page is on the domain itself, the Domain is a subdomain, or the page is unknown', () => {
    const atApex = ruleContext({ pageUrl: 'https://example.com/' });
    expect(sessionBroadDomain.test(login({ domain: '.example.com', hostOnly: false }), atApex)?.severity).toBe('low');
    const sub = ruleContext({ pageUrl: 'https://a.app.example.com/' });
    expect(sessionBroadDomain.test(login({ domain: '.app.example.com', hostOnly: false }), sub)?.severity).toBe('low');
    const noPage = ruleContext({ pageUrl: '', pageSite: '' });
    const f = sessionBroadDomain.test(login({ domain: '.example.com', hostOnly: false }), noPage);
    expect(f?.severity).toBe('low');
    expect(f?.message).not.toContain('This page is on');
  });

  it('calls out a public-suffix Domain as non-conforming', () => {
    const ctx = ruleContext({ pageUrl: 'https://shop.example.co.uk/', pageSite: 'example.co.uk' });
    const f = sessionBroadDomain.test(login({ domain: '.co.uk', hostOnly: false }), ctx);
    expect(f?.severity).toBe('medium');
    expect(f?.message).toContain('public suffix');
    const gh = sessionBroadDomain.test(
      login({ domain: '.github.io', hostOnly: false }),
      ruleContext({ pageUrl: 'https://me.github.io/' }),
    );
    expect(gh?.message).toContain('public suffix');
  });

  it('does not flag host-only cookies, IP-address hosts or non-credentials', () => {
    expect(sessionBroadDomain.test(login({ domain: 'www.example.com', hostOnly: true }), ruleContext())).toBeNull();
    const ip = ruleContext({ pageUrl: 'http://10.0.0.2/', pageSite: '10.0.0.2' });
    expect(sessionBroadDomain.test(login({ domain: '10.0.0.2', hostOnly: false }), ip)).toBeNull();
    const pref = audited({ cookie: { name: 'lang', value: 'en', domain: '.example.com', hostOnly: false } });
    expect(sessionBroadDomain.test(pref, ruleContext())).toBeNull();
  });

  it('flags a .localhost Domain cookie low (subdomains of localhost exist)', () => {
    const ctx = ruleContext({ pageUrl: 'http://localhost:3000/', pageSite: 'localhost' });
    expect(sessionBroadDomain.test(login({ domain: '.localhost', hostOnly: false }), ctx)?.severity).toBe('low');
  });
});
