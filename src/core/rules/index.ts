import type { Reference, Severity } from '../types';
import { blockedAttempts } from './blocked-attempts';
import { consentRecordAge } from './consent-record-age';
import { consentRecordCmpId } from './consent-record-cmp-id';
import { consentRecordScope } from './consent-record-scope';
import { consentRefusedButSent } from './consent-refused-but-sent';
import { consentSetBeforeConsent } from './consent-set-before-consent';
import { consentSetDespiteRefusal } from './consent-set-despite-refusal';
import type { DescribedCookieRule, DescribedSiteRule } from './described-rule';
import { insecureThirdParty } from './insecure-third-party';
import { longLived } from './long-lived';
import { longerThanExpected } from './longer-than-expected';
import { oversized } from './oversized';
import { prefixMisuse } from './prefix-misuse';
import type { CookieRule, SiteRule } from './rule';
import { sameSiteNoneTracker } from './samesite-none-tracker';
import { sessionBroadDomain } from './session-broad-domain';
import { sessionJwtAlgNone } from './session-jwt-alg-none';
import { sessionJwtExpiry } from './session-jwt-expiry';
import { sessionLongLived } from './session-long-lived';
import { sessionNoHostPrefix } from './session-no-host-prefix';
import { sessionNotHttpOnly } from './session-not-httponly';
import { sessionNotSecure } from './session-not-secure';
import { sessionSameSiteNone } from './session-samesite-none';
import { tooManyCookies } from './too-many-cookies';

const DESCRIBED_COOKIE_RULES: readonly DescribedCookieRule[] = [
  consentSetDespiteRefusal,
  consentRefusedButSent,
  consentSetBeforeConsent,
  consentRecordAge,
  consentRecordCmpId,
  consentRecordScope,
  sessionNotHttpOnly,
  sessionNotSecure,
  sessionJwtAlgNone,
  sessionSameSiteNone,
  sessionLongLived,
  sessionJwtExpiry,
  sessionBroadDomain,
  sessionNoHostPrefix,
  sameSiteNoneTracker,
  longLived,
  longerThanExpected,
  insecureThirdParty,
  prefixMisuse,
  oversized,
];

const DESCRIBED_SITE_RULES: readonly DescribedSiteRule[] = [tooManyCookies, blockedAttempts];

/** Ids of the consent rules: their findings form the consent section of reports and the marks in the popup. */
export const CONSENT_RULE_IDS: ReadonlySet<string> = new Set([
  consentSetDespiteRefusal.id,
  consentRefusedButSent.id,
  consentSetBeforeConsent.id,
  consentRecordAge.id,
  consentRecordCmpId.id,
  consentRecordScope.id,
]);

/** Every cookie rule, in the order their findings are listed. */
export const COOKIE_RULES: readonly CookieRule[] = DESCRIBED_COOKIE_RULES;

/** Every site-level rule. */
export const SITE_RULES: readonly SiteRule[] = DESCRIBED_SITE_RULES;

export interface RuleInfo {
  id: string;
  /** The highest severity the rule emits. */
  severity: Severity;
  title: string;
  summary: string;
  reference: Reference;
  scope: 'cookie' | 'site';
}

/** Every rule with its id, severity, title and reference, for the options page, help text and reports. */
export function getRuleCatalogue(): RuleInfo[] {
  const describe = (rule: DescribedCookieRule | DescribedSiteRule, scope: RuleInfo['scope']): RuleInfo => ({
    id: rule.id,
    severity: rule.severity,
    title: rule.title,
    summary: rule.summary,
    reference: rule.reference,
    scope,
  });
  return [
    ...DESCRIBED_COOKIE_RULES.map((r) => describe(r, 'cookie')),
    ...DESCRIBED_SITE_RULES.map((r) => describe(r, 'site')),
  ];
}
