import { describe, expect, it } from 'vitest';
import { sessionNotSecure } from '../../../src/core/rules/session-not-secure';
import type { Cookie } from '../../../src/core/types';
import { audited, CLASSES, ruleContext, SESSION_ID } from './factory';

const login = (cookie: Partial<Cookie>) =>
  audited({ cookie: { name: 'sid', value: SESSION_ID, ...cookie }, classification: CLASSES.login });

describe('session-not-secure', () => {
  it('flags a login cookie without Secure as high, saying it is in clear text on this http:// page', () => {
    const ctx = ruleContext({ pageUrl: 'http://www.example.com/login' });
    const f = sessionNotSecure.test(login({ secure: false }), ctx);
    expect(f?.severity).toBe('high');
    expect(f?.message).toContain('served over plain http://');
    expect(f?.fix).toContain('; Secure;');
  });

  it('flags it on https pages too (any http:// request would carry it), and without a page URL', () => {
    expect(sessionNotSecure.test(login({ secure: false }), ruleContext())?.message).toContain('Any http:// request');
    expect(sessionNotSecure.test(login({ secure: false }), ruleContext({ pageUrl: '', pageSite: '' }))).not.toBeNull();
  });

  it('flags IP-address hosts: a LAN is still a network', () => {
    const ctx = ruleContext({ pageUrl: 'http://192.168.1.1/', pageSite: '192.168.1.1' });
    expect(sessionNotSecure.test(login({ secure: false, domain: '192.168.1.1' }), ctx)?.message).toContain(
      'plain http://',
    );
  });

  it.each([
    ['localhost', 'http://localhost:3000/'],
    ['app.localhost', 'http://app.localhost/'],
    ['127.0.0.1', 'http://127.0.0.1:8080/'],
    ['::1', 'http://[::1]/'],
    ['[::1]', 'http://[::1]/'],
  ])('exempts loopback host %s (a secure context, nothing on the wire)', (domain, pageUrl) => {
    const ctx = ruleContext({ pageUrl, pageSite: domain });
    expect(sessionNotSecure.test(login({ secure: false, domain }), ctx)).toBeNull();
  });

  it('does not flag Secure login cookies, even met on an http page, nor non-credentials', () => {
    expect(
      sessionNotSecure.test(login({ secure: true }), ruleContext({ pageUrl: 'http://www.example.com/' })),
    ).toBeNull();
    expect(
      sessionNotSecure.test(audited({ cookie: { name: 'lang', value: 'en', secure: false } }), ruleContext()),
    ).toBeNull();
  });
});
