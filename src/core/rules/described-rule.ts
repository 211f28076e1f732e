import type { AuditedCookie, Finding, Reference, Severity } from '../types';
import type { CookieRule, SiteRule } from './rule';

/** What a cookie rule receives: an audited cookie before findings are attached. */
export type RuleCookie = Omit<AuditedCookie, 'findings'>;

/**
 * Our rules also carry the reference they cite, so the UI and reports can list every rule without running it.
 * `severity` is the highest severity the rule emits; a single finding may be lower (e.g. first-party vs third-party).
 */
export interface DescribedCookieRule extends CookieRule {
  reference: Reference;
  /** One sentence: when the rule fires. */
  summary: string;
}

export interface DescribedSiteRule extends SiteRule {
  reference: Reference;
  summary: string;
}

/** Builds a finding stamped with the rule's id, title and reference. */
export function findingOf(
  rule: Pick<DescribedCookieRule, 'id' | 'title' | 'reference'>,
  severity: Severity,
  message: string,
  fix: string,
): Finding {
  return { ruleId: rule.id, severity, title: rule.title, message, fix, reference: rule.reference };
}
