import { summarise } from '../../../src/core/audit';
import type {
  AuditedCookie,
  BlockedAttempt,
  Category,
  Classification,
  Cookie,
  Finding,
  Party,
  Severity,
  SiteAudit,
} from '../../../src/core/types';

/** 2025-03-01T12:00:00Z: every fixture time is relative to it, so lifespans print the same forever. */
export const NOW = Date.UTC(2025, 2, 1, 12, 0, 0);
const DAY = 86_400;

export function cookie(overrides: Partial<Cookie> & Pick<Cookie, 'name'>): Cookie {
  return {
    value: 'v',
    domain: 'example.com',
    hostOnly: true,
    path: '/',
    secure: true,
    httpOnly: false,
    sameSite: 'lax',
    session: true,
    storeId: '0',
    ...overrides,
  };
}

export function finding(ruleId: string, severity: Severity, overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    severity,
    title: `Title of ${ruleId}`,
    message: `Message of ${ruleId}.`,
    fix: `Set-Cookie: fix-for-${ruleId}`,
    reference: { title: 'MDN: Set-Cookie', url: 'https://developer.mozilla.org/docs/Web/HTTP/Headers/Set-Cookie' },
    ...overrides,
  };
}

export interface AuditedInput {
  cookie: Cookie;
  party?: Party;
  category?: Category;
  classification?: Partial<Classification>;
  findings?: Finding[];
}

export function audited(input: AuditedInput): AuditedCookie {
  const c = input.cookie;
  return {
    id: `${c.name}|${c.domain}|${c.path}||${c.storeId}`,
    cookie: c,
    party: input.party ?? 'first',
    classification: {
      category: input.category ?? 'unknown',
      purpose: '',
      tags: [],
      confidence: 0,
      reason: 'not classified',
      source: 'none',
      ...input.classification,
    },
    findings: input.findings ?? [],
    remainingSeconds: c.session || c.expirationDate === undefined ? null : c.expirationDate - NOW / 1000,
    observedVia: ['jar'],
  };
}

/** Builds a SiteAudit directly, with the summary counted the way auditSite counts it. */
export function siteAudit(
  cookies: AuditedCookie[],
  extra: { site?: string; pageUrl?: string; blocked?: BlockedAttempt[]; siteFindings?: Finding[] } = {},
): SiteAudit {
  const blocked = extra.blocked ?? [];
  const siteFindings = extra.siteFindings ?? [];
  return {
    pageUrl: extra.pageUrl ?? 'https://www.example.com/',
    site: extra.site ?? 'example.com',
    generatedAt: new Date(NOW).toISOString(),
    catalogueVersion: 'test-1',
    cookies,
    blocked,
    siteFindings,
    summary: summarise(cookies, blocked, siteFindings),
  };
}

/** A plain, friendly site: what a cookie policy table normally looks like. */
export function plainAudit(): SiteAudit {
  return siteAudit([
    audited({
      cookie: cookie({ name: 'sessionid', value: 'abc123', httpOnly: true }),
      category: 'necessary',
      classification: {
        purpose: 'Keeps you signed in.',
        confidence: 0.7,
        reason: "name contains 'session'",
        source: 'heuristic',
        tags: ['session'],
      },
    }),
    audited({
      cookie: cookie({
        name: '_ga',
        value: 'GA1.1.123.456',
        domain: '.example.com',
        hostOnly: false,
        session: false,
        expirationDate: NOW / 1000 + 400 * DAY,
        secure: false,
      }),
      category: 'analytics',
      classification: {
        vendor: 'Google Analytics',
        purpose: 'Distinguishes visitors.',
        confidence: 0.98,
        reason: 'exact catalogue match: Google Analytics',
        source: 'catalogue',
        tags: ['analytics'],
        expectedLifespan: 400 * DAY,
        ref: 'https://support.google.com/analytics/answer/11397207',
      },
      findings: [
        finding('tracker-lifetime', 'medium', { title: 'Outlives 13 months', message: 'Kept for 13 months.' }),
      ],
    }),
  ]);
}

/** Names, values and vendors an attacker controls: each one must stay inert in every format. */
export function hostileAudit(): SiteAudit {
  const script = '<script>alert(1)</script>';
  return siteAudit(
    [
      audited({
        cookie: cookie({
          name: script,
          value: '=HYPERLINK("http://evil.test","click")',
          domain: '.evil.test',
          hostOnly: false,
        }),
        party: 'third',
        category: 'marketing',
        classification: {
          vendor: 'Evil <b>Ads</b> & Co',
          purpose: 'Tracks | you * everywhere_',
          confidence: 0.5,
          reason: 'guess',
        },
        findings: [
          finding('no-secure', 'high', {
            title: '<img src=x onerror=alert(2)>',
            message: 'Sent over "http" too.',
            fix: 'Set-Cookie: x=y; Secure',
            reference: { title: 'bad link', url: 'javascript:alert(3)' },
          }),
        ],
      }),
      audited({ cookie: cookie({ name: '| x |', value: '+1' }), category: 'unknown' }),
      audited({
        cookie: cookie({ name: '@SUM(A1:A9)', value: '-2' }),
        category: 'preferences',
        classification: { purpose: '\tleading tab' },
      }),
      audited({
        cookie: cookie({ name: 'line\nbreak "quoted"', value: '\rcarriage, return' }),
        category: 'functional',
        classification: { purpose: '# heading\n- list' },
      }),
      audited({
        cookie: cookie({ name: 'größe_🍪', value: 'ünïcødé ✓' }),
        category: 'preferences',
        classification: { vendor: '`tick` [link](http://x)' },
      }),
    ],
    {
      blocked: [
        {
          name: '__Host-x',
          domain: 'evil.test',
          url: 'https://evil.test/p',
          attributes: 'Path=/',
          reason: 'third-party cookies blocked',
          party: 'third',
          at: NOW,
        },
      ],
      siteFindings: [
        finding('too-many', 'low', {
          title: 'Many cookies',
          message: 'More than 50 cookies.',
          fix: 'Remove unused cookies.',
        }),
      ],
    },
  );
}

/** A cookie whose value is 5 KB: more than any browser keeps, only an imported file can carry it. */
export function bigValueAudit(): SiteAudit {
  return siteAudit([audited({ cookie: cookie({ name: 'big', value: 'x'.repeat(5 * 1024) }), category: 'functional' })]);
}
