import { describe, expect, it } from 'vitest';
import { prefixMisuse, prefixViolations } from '../../../src/core/rules/prefix-misuse';
import type { Cookie } from '../../../src/core/types';
import { audited, ruleContext } from './factory';

const ctx = ruleContext();
const run = (cookie: Partial<Cookie>) => prefixMisuse.test(audited({ cookie }), ctx);

describe('prefix-misuse', () => {
  it('flags __Secure- without Secure (medium) with a corrected line', () => {
    const f = run({ name: '__Secure-id', secure: false });
    expect(f?.severity).toBe('medium');
    expect(f?.message).toContain('"__Secure-id" uses the __Secure- prefix but it is not Secure');
    expect(f?.fix).toContain('Set-Cookie: __Secure-id=<value>; Path=/; Secure;');
  });

  it('lists every __Host- rule broken, and the fix drops Domain and sets Path=/', () => {
    const f = run({ name: '__Host-sid', secure: false, hostOnly: false, domain: '.example.com', path: '/app' });
    expect(f?.message).toContain('it is not Secure, it has a Domain attribute, its Path is not "/"');
    expect(f?.fix).toBe(
      'Send it in a form the prefix allows: Set-Cookie: __Host-sid=<value>; Path=/; Secure; HttpOnly; SameSite=Lax',
    );
  });

  it('matches prefixes case-insensitively', () => {
    expect(run({ name: '__HOST-sid', hostOnly: false, domain: '.example.com' })).not.toBeNull();
    expect(run({ name: '__secure-x', secure: false })).not.toBeNull();
  });

  it('accepts conforming prefixed cookies and unprefixed ones', () => {
    expect(run({ name: '__Host-sid' })).toBeNull();
    expect(run({ name: '__Secure-id', domain: '.example.com', hostOnly: false, path: '/x' })).toBeNull();
    expect(run({ name: 'sid', secure: false, hostOnly: false, domain: '.example.com' })).toBeNull();
    expect(run({ name: '_Host-sid', secure: false })).toBeNull();
    expect(prefixViolations({ name: '__Host-a', secure: true, hostOnly: true, path: '/' })).toEqual([]);
  });

  it('flags a __Host- Domain cookie on a public suffix too', () => {
    expect(run({ name: '__Host-x', domain: '.github.io', hostOnly: false })?.message).toContain('Domain attribute');
  });
});
