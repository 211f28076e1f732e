import { describe, expect, it } from 'vitest';
import { consentRecordScope } from '../../../src/core/rules/consent-record-scope';
import { consentContext, oneTrustRecord } from './consent-factory';
import { audited } from './factory';

describe('consent-record-scope', () => {
  it('flags a record with SameSite=None readable by every subdomain, info, with a host-only Lax fix', () => {
    const jar = oneTrustRecord('reject');
    const wide = { ...jar[0]!, sameSite: 'no_restriction' as const };
    const f = consentRecordScope.test(audited({ cookie: wide }), consentContext([wide, jar[1]!]));
    expect(f?.severity).toBe('info');
    expect(f?.message).toContain(
      'is SameSite=None, so requests from other sites carry it and is readable by every subdomain of example.com',
    );
    expect(f?.fix).toContain('SameSite=Lax');
    expect(f?.fix).not.toContain('Domain=');
  });
  it('does not flag a host-only Lax record or ordinary cookies', () => {
    const jar = oneTrustRecord('reject');
    const narrow = { ...jar[0]!, hostOnly: true, domain: 'www.example.com' };
    expect(consentRecordScope.test(audited({ cookie: narrow }), consentContext([narrow]))).toBeNull();
    expect(
      consentRecordScope.test(audited({ cookie: { hostOnly: false, domain: '.example.com' } }), consentContext(jar)),
    ).toBeNull();
  });
});
