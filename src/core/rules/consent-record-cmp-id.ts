import { type DescribedCookieRule, findingOf } from './described-rule';
import { clip, quoteName } from './plain-text';
import { REFERENCES } from './references';

/**
 * A TCF string whose CMP id the IAB never assigns (0 and 1 are invalid: TCF v2 spec, "CmpId"; @iabtcf/core refuses
 * them). Ad vendors must ignore such strings, and the TCF policy allows only registered CMPs. The full CMP list is
 * a file on IAB Europe's site, which an extension that makes no requests cannot read, so only invalid ids are caught.
 */
export const consentRecordCmpId: DescribedCookieRule = {
  id: 'consent-record-cmp-id',
  severity: 'low',
  title: 'TCF string from an unregistered CMP',
  summary: 'A TCF consent string carries a CMP id the IAB never assigns (0 or 1).',
  reference: REFERENCES.tcfPolicy,
  test(c, ctx) {
    const record = ctx.consent?.summary.records.find(
      (r) =>
        !r.understood &&
        r.problem?.kind === 'invalid-cmp-id' &&
        r.cookieName === c.cookie.name &&
        r.cookieDomain === c.cookie.domain,
    );
    if (!record || record.understood || !record.problem) return null;
    const message = `${quoteName(c.cookie.name)} on ${clip(c.cookie.domain)} is a TCF string written by CMP id ${record.problem.cmpId}, an id the IAB never assigns, so vendors must treat it as no consent at all.`;
    return findingOf(this, 'low', message, 'Use a CMP registered with IAB Europe, or stop writing a TCF string.');
  },
};
