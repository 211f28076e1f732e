import type { TabView } from '../core/messages';
import type { AuditedCookie, Finding } from '../core/types';

const NO_REFERENCE = Object.freeze({ title: '', url: '' });

/**
 * What a cookie row shows and what the popup's filters, sort and delete confirmation read: name, domain, flags,
 * expiry, party, category, vendor, tags, and each finding's rule, severity and title. The long texts (finding
 * messages and fixes, purpose, reason, the value) are left out: they are ~80 % of a view's bytes and appear only in a
 * cookie's details, which the popup fills from the full view it asks for right after its first paint.
 */
function rowOf(c: AuditedCookie): AuditedCookie {
  const { ref: _ref, ...classification } = c.classification;
  return {
    ...c,
    cookie: { ...c.cookie, value: '' },
    classification: { ...classification, purpose: '', reason: '' },
    findings: c.findings.map(
      (f): Finding => ({
        ruleId: f.ruleId,
        severity: f.severity,
        title: f.title,
        message: '',
        fix: '',
        reference: NO_REFERENCE,
      }),
    ),
  };
}

/** The view cut to the popup's first screen (`rowsOnly`): every row, none of the details. */
export function firstScreenView(view: TabView): TabView {
  if (!view.audit) return view;
  const { history: _history, ...rest } = view;
  return { ...rest, rowsOnly: true, audit: { ...view.audit, cookies: view.audit.cookies.map(rowOf) } };
}
