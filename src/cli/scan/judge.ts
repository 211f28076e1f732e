import type { CookieReportV1 } from '../../core/report/json';
import type { Category, Finding } from '../../core/types';
import type { DiffRow, Phase, PhaseResult, ScanFinding } from './types';

/**
 * Categories that need consent before they are set: analytics and marketing are never "strictly necessary"
 * (ePrivacy Directive 2002/58/EC art. 5(3); EDPB Guidelines 2/2023 on its technical scope; CNIL's
 * "cookies et autres traceurs" recommendation exempts only a narrow audience-measurement case). Functional and
 * preference cookies a visitor asked for are exempt, so they are not judged before consent.
 */
export const CONSENT_REQUIRED: readonly Category[] = ['analytics', 'marketing'];

/**
 * What "reject all" refuses besides those: the functional and preference purposes the platforms list as optional
 * (OneTrust's "Functional Cookies" group C0003, Cookiebot's "preferences" category, IAB TCF v2.2 purposes 5 and 6
 * for personalisation). Once the visitor refused them, the exemption for what a user "explicitly requested"
 * (ePrivacy art. 5(3); Article 29 Working Party Opinion 04/2012 on cookie consent exemption, §3.6 on user-interface
 * customisation) no longer covers them. Judged at a lower severity than tracking, as the core's own
 * consent-set-despite-refusal rule does (src/core/consent/verdict.ts refusalSeverity: low).
 */
export const REFUSED_ALSO: readonly Category[] = ['functional', 'preferences'];

const EPRIVACY = 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32002L0058#d1e597-37-1';

export const SCAN_RULES = {
  beforeConsent: {
    ruleId: 'scan/set-before-consent',
    severity: 'medium',
    title: 'Set before consent',
  },
  despiteRefusal: {
    ruleId: 'scan/set-despite-refusal',
    severity: 'high',
    title: 'Set despite refusal',
  },
  /** A functional or preference cookie after "reject all": the same rule, at a lower severity. */
  optionalDespiteRefusal: {
    ruleId: 'scan/set-despite-refusal',
    severity: 'low',
    title: 'Set despite refusal',
  },
  /** Not a violation (nothing says what it is): a hint to look, which never changes the exit code. */
  unknownAfterRefusal: {
    ruleId: 'scan/unclassified-after-refusal',
    severity: 'info',
    title: 'Unclassified cookie after refusal',
  },
  bannerNotFound: {
    ruleId: 'scan/banner-not-found',
    severity: 'low',
    title: 'No consent banner found',
  },
  rejectFailed: {
    ruleId: 'scan/reject-failed',
    severity: 'high',
    title: 'Could not reject',
  },
  phaseFailed: {
    ruleId: 'scan/phase-failed',
    severity: 'info',
    title: 'Phase could not run',
  },
} as const;

/** Each scan rule once (two entries share scan/set-despite-refusal at different severities): for SARIF and JUnit. */
export const SCAN_RULE_LIST: readonly { ruleId: string; title: string }[] = [
  ...new Map(Object.values(SCAN_RULES).map((r) => [r.ruleId, { ruleId: r.ruleId, title: r.title }])).values(),
];

/** The core's consent rules (src/core/rules/consent-*) that judge the visitor's choice, not the record's form. */
const CORE_VIOLATIONS = new Set([
  'consent-set-before-consent',
  'consent-set-despite-refusal',
  'consent-refused-but-sent',
]);

function needsConsent(c: CookieReportV1): boolean {
  return CONSENT_REQUIRED.includes(c.classification.category);
}

function fromCore(f: Finding, phase: Phase, cookie: CookieReportV1 | null): ScanFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    title: f.title,
    message: f.message,
    fix: f.fix,
    phase,
    cookieId: cookie?.id ?? null,
    cookieName: cookie?.name ?? null,
    cookieDomain: cookie?.domain ?? null,
    violation: CORE_VIOLATIONS.has(f.ruleId),
    allowed: null,
    isNew: false,
    referenceUrl: f.reference.url,
  };
}

function cookieFinding(
  rule: (typeof SCAN_RULES)[keyof typeof SCAN_RULES],
  phase: Phase,
  c: CookieReportV1,
  message: string,
  fix: string,
  violation = true,
): ScanFinding {
  return {
    ...rule,
    message,
    fix,
    phase,
    cookieId: c.id,
    cookieName: c.name,
    cookieDomain: c.domain,
    violation,
    allowed: null,
    isNew: false,
    referenceUrl: EPRIVACY,
  };
}

function vendorOf(c: CookieReportV1): string {
  return c.classification.vendor ? ` (${c.classification.vendor})` : '';
}

/**
 * Fills each phase's findings (the extension's own findings, then the consent judgement) and returns the site's
 * findings across phases and the diff table. Pure: the same phases in give the same judgement out.
 */
export function judgeSite(phases: PhaseResult[]): { findings: ScanFinding[]; diff: DiffRow[] } {
  const siteFindings: ScanFinding[] = [];
  for (const p of phases) {
    p.findings = [];
    if (p.status === 'error' || !p.audit) {
      siteFindings.push({
        ...SCAN_RULES.phaseFailed,
        message: `The ${p.phase} phase could not run: ${p.error ?? 'unknown error'}.`,
        fix: 'Check that the page loads in Chromium from this machine.',
        phase: p.phase,
        cookieId: null,
        cookieName: null,
        cookieDomain: null,
        violation: false,
        allowed: null,
        isNew: false,
        referenceUrl: EPRIVACY,
      });
      continue;
    }
    for (const c of p.audit.cookies) for (const f of c.findings) p.findings.push(fromCore(f, p.phase, c));
    for (const f of p.audit.siteFindings) p.findings.push(fromCore(f, p.phase, null));
    // The core's consent rules judge from the site's own record, with its timing: when one of them already calls a
    // cookie a violation in this phase, the scan's phase-based verdict of the same kind would say it a second time.
    const judgedByCore = new Set(
      p.findings.filter((f) => f.violation && f.cookieId !== null).map((f) => `${f.ruleId}|${f.cookieId}`),
    );
    const saidByCore = (ruleId: string, c: CookieReportV1) => judgedByCore.has(`${ruleId}|${c.id}`);
    for (const c of p.audit.cookies) {
      if (p.phase === 'reject') judgeOtherAfterRefusal(p, c, saidByCore);
      if (!needsConsent(c)) continue;
      const what = `${c.name}${vendorOf(c)} is a ${c.classification.category} cookie`;
      if (p.phase === 'none' && !saidByCore('consent-set-before-consent', c)) {
        p.findings.push(
          cookieFinding(
            SCAN_RULES.beforeConsent,
            'none',
            c,
            `${what} set before the visitor answered the consent banner.`,
            'Load the script that sets it only after consent (through the consent platform’s blocking or tag manager consent mode).',
          ),
        );
      } else if (p.phase === 'reject' && !saidByCore('consent-set-despite-refusal', c)) {
        p.findings.push(
          cookieFinding(
            SCAN_RULES.despiteRefusal,
            'reject',
            c,
            `${what} still set after the visitor chose "reject all".`,
            'Do not load the script that sets it when consent is refused; delete the cookie when consent is withdrawn.',
          ),
        );
      }
    }
    if (p.phase === 'reject' && p.banner.action === 'optOut') {
      const noBanner = !p.banner.popupFound;
      // autoconsent's self-test reads the platform's own state after the click (e.g. OneTrust's active groups).
      if (p.banner.selfTest === false) {
        p.banner = { ...p.banner, succeeded: false, detail: `${p.banner.detail}; the platform still records consent` };
      }
      if (noBanner || p.banner.succeeded === false) {
        const rule = noBanner ? SCAN_RULES.bannerNotFound : SCAN_RULES.rejectFailed;
        const tracking = p.audit.cookies.filter(needsConsent).length;
        siteFindings.push({
          ...rule,
          message: noBanner
            ? `No consent banner was recognised (${p.banner.detail}); ${tracking} cookie(s) that need consent were set.`
            : `The banner (${p.banner.platform ?? 'unknown platform'}) was found but "reject all" did not succeed: ${p.banner.detail}.`,
          fix: noBanner
            ? 'If the site sets cookies that need consent, show a banner with a "reject all" as easy as "accept all".'
            : 'Offer a "reject all" button on the first layer of the banner that works like "accept all".',
          phase: 'reject',
          cookieId: null,
          cookieName: null,
          cookieDomain: null,
          violation: !noBanner,
          allowed: null,
          isNew: false,
          referenceUrl: EPRIVACY,
        });
      }
    }
    p.findings.sort(compareFindings);
  }
  siteFindings.sort(compareFindings);
  return { findings: siteFindings, diff: diffTable(phases) };
}

/** After "reject all": a functional or preference cookie is set despite refusal (low); an unknown one is a hint. */
function judgeOtherAfterRefusal(
  p: PhaseResult,
  c: CookieReportV1,
  saidByCore: (ruleId: string, c: CookieReportV1) => boolean,
): void {
  const category = c.classification.category;
  if (REFUSED_ALSO.includes(category) && !saidByCore('consent-set-despite-refusal', c)) {
    p.findings.push(
      cookieFinding(
        SCAN_RULES.optionalDespiteRefusal,
        'reject',
        c,
        `${c.name}${vendorOf(c)} is a ${category} cookie still set after the visitor chose "reject all", which refuses ${category} cookies too.`,
        'Set it only once the visitor opts in to this purpose, or, if the site cannot work without it, list it as strictly necessary in the banner.',
      ),
    );
  } else if (category === 'unknown') {
    p.findings.push(
      cookieFinding(
        SCAN_RULES.unknownAfterRefusal,
        'reject',
        c,
        `${c.name} is an unclassified cookie after refusal — check it: nothing says whether it is necessary.`,
        'Find what sets it; if it is not strictly necessary, do not set it when consent is refused (or add a category correction with --overrides).',
        false,
      ),
    );
  }
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2, info: 3 } as const;

export function compareFindings(a: ScanFinding, b: ScanFinding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.ruleId.localeCompare(b.ruleId) ||
    (a.cookieId ?? '').localeCompare(b.cookieId ?? '') ||
    a.phase.localeCompare(b.phase)
  );
}

/** One row per cookie seen in any phase: where it appeared and what that means. */
export function diffTable(phases: readonly PhaseResult[]): DiffRow[] {
  const rows = new Map<string, DiffRow>();
  for (const p of phases) {
    for (const c of p.audit?.cookies ?? []) {
      let row = rows.get(c.id);
      if (!row) {
        row = {
          cookieId: c.id,
          name: c.name,
          domain: c.domain,
          category: c.classification.category,
          party: c.party,
          phases: {},
          verdict: 'other',
        };
        rows.set(c.id, row);
      }
      row.phases[p.phase] = true;
    }
  }
  const ran = new Set(phases.filter((p) => p.status === 'ok').map((p) => p.phase));
  for (const row of rows.values()) {
    for (const phase of ran) row.phases[phase] ??= false;
    const consent = CONSENT_REQUIRED.includes(row.category as Category);
    const refused = REFUSED_ALSO.includes(row.category as Category);
    row.verdict = !consent
      ? row.category === 'necessary'
        ? 'necessary'
        : refused && row.phases.reject
          ? 'set despite refusal'
          : 'other'
      : row.phases.reject
        ? 'set despite refusal'
        : row.phases.none
          ? 'set before consent'
          : row.phases.accept
            ? 'after accept only'
            : 'other';
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name) || a.cookieId.localeCompare(b.cookieId));
}
