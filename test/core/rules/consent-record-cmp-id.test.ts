import { describe, expect, it } from 'vitest';
import { consentRecordCmpId } from '../../../src/core/rules/consent-record-cmp-id';
import { tcString, tcStringWithCmpId } from '../consent/strings';
import { consentContext } from './consent-factory';
import { audited, makeCookie } from './factory';

describe('consent-record-cmp-id', () => {
  it('flags a TCF string from CMP id 1', () => {
    const c = makeCookie({ name: 'euconsent-v2', value: tcStringWithCmpId(1) });
    const f = consentRecordCmpId.test(audited({ cookie: c }), consentContext([c]));
    expect(f?.severity).toBe('low');
    expect(f?.message).toContain('CMP id 1');
  });
  it('does not flag a string from a valid CMP id', () => {
    const c = makeCookie({ name: 'euconsent-v2', value: tcString({ purposes: [1] }) });
    expect(consentRecordCmpId.test(audited({ cookie: c }), consentContext([c]))).toBeNull();
  });
});
