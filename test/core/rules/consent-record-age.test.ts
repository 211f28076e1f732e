import { describe, expect, it } from 'vitest';
import { consentRecordAge } from '../../../src/core/rules/consent-record-age';
import { consentContext, oneTrustRecord } from './consent-factory';
import { audited } from './factory';

describe('consent-record-age', () => {
  it('flags a record older than 13 months, low', () => {
    const jar = oneTrustRecord('accept', 400 * 24 * 60);
    const f = consentRecordAge.test(audited({ cookie: jar[0] }), consentContext(jar));
    expect(f?.severity).toBe('low');
    expect(f?.message).toContain('"OptanonConsent" (OneTrust) records a choice made 13 months ago');
  });
  it('does not flag a recent record or a cookie that is not a record', () => {
    const jar = oneTrustRecord('accept', 60);
    expect(consentRecordAge.test(audited({ cookie: jar[0] }), consentContext(jar))).toBeNull();
    expect(consentRecordAge.test(audited(), consentContext(oneTrustRecord('accept', 400 * 24 * 60)))).toBeNull();
  });
});
