import { describe, expect, it } from 'vitest';
import { insecureThirdParty } from '../../../src/core/rules/insecure-third-party';
import { audited, CLASSES, ruleContext, SESSION_ID } from './factory';

const ctx = ruleContext();

describe('insecure-third-party', () => {
  it('rates a third-party tracker without Secure medium, naming its domain', () => {
    const c = audited({
      cookie: { name: 'uid', value: SESSION_ID, domain: '.tracker.example', hostOnly: false, secure: false },
      classification: CLASSES.marketing,
      party: 'third',
    });
    const f = insecureThirdParty.test(c, ctx);
    expect(f?.severity).toBe('medium');
    expect(f?.message).toContain('"uid" from tracker.example');
    expect(f?.fix).toContain('Domain=tracker.example; Path=/; Secure');
  });

  it('rates an unknown third-party cookie with a random id medium and one without an id low', () => {
    const id = audited({
      cookie: { name: 'x', value: SESSION_ID, domain: 'cdn.example.net', secure: false },
      party: 'third',
    });
    expect(insecureThirdParty.test(id, ctx)?.severity).toBe('medium');
    const flag = audited({
      cookie: { name: 'x', value: '1', domain: 'cdn.example.net', secure: false },
      party: 'third',
    });
    expect(insecureThirdParty.test(flag, ctx)?.severity).toBe('low');
  });

  it('does not flag first-party cookies, Secure ones, loopback hosts, or third-party session credentials', () => {
    expect(insecureThirdParty.test(audited({ cookie: { secure: false } }), ctx)).toBeNull();
    expect(insecureThirdParty.test(audited({ cookie: { domain: 'cdn.example.net' }, party: 'third' }), ctx)).toBeNull();
    const local = audited({ cookie: { domain: '127.0.0.1', secure: false }, party: 'third' });
    expect(insecureThirdParty.test(local, ctx)).toBeNull();
    const login = audited({
      cookie: { name: 'sid', value: SESSION_ID, secure: false },
      classification: CLASSES.login,
      party: 'third',
    });
    expect(insecureThirdParty.test(login, ctx)).toBeNull();
  });

  it('says a partitioned copy links visits to its one top-level site, not across every site that embeds it', () => {
    const cookie = { name: 'uid', value: SESSION_ID, domain: 'tracker.example', secure: false };
    const plain = insecureThirdParty.test(audited({ cookie, classification: CLASSES.marketing, party: 'third' }), ctx);
    expect(plain?.message).toContain('across every site that embeds it');
    const partitioned = insecureThirdParty.test(
      audited({
        cookie: { ...cookie, storeId: 'firefox-default', partitionKey: { topLevelSite: 'https://site-a.test' } },
        classification: CLASSES.marketing,
        party: 'third',
      }),
      ctx,
    );
    expect(partitioned?.severity).toBe('medium');
    expect(partitioned?.message).toContain('on every visit to https://site-a.test');
    expect(partitioned?.message).not.toContain('across every site');
  });
});
