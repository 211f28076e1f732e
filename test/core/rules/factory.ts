import { remainingSeconds } from '../../../src/core/lifespan';
import type { RuleCookie } from '../../../src/core/rules/described-rule';
import type { RuleContext } from '../../../src/core/rules/rule';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Classification, Cookie, Observation, Party } from '../../../src/core/types';

/** A fixed clock: 2025-01-15T12:00:00Z. */
export const NOW = Date.UTC(2025, 0, 15, 12);
export const DAY = 86_400;

/** A long random-looking value, the shape of a real session id. */
export const SESSION_ID = 'q8Zr2LmX0vTn5KbY7pWc3HdA9sJf1Ge4';

/** Seconds-since-epoch expiry `days` from NOW (negative for the past). */
export function expiresIn(days: number): Pick<Cookie, 'session' | 'expirationDate'> {
  return { session: false, expirationDate: NOW / 1000 + days * DAY };
}

export const SESSION_ONLY: Pick<Cookie, 'session' | 'expirationDate'> = { session: true, expirationDate: undefined };

/** A first-party, host-only, Secure, HttpOnly, Lax session cookie on www.example.com unless overridden. */
export function makeCookie(overrides: Partial<Cookie> = {}): Cookie {
  const cookie: Cookie = {
    name: 'pref',
    value: 'dark',
    domain: 'www.example.com',
    hostOnly: true,
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'lax',
    session: true,
    storeId: '0',
    ...overrides,
  };
  if (cookie.session) delete cookie.expirationDate;
  return cookie;
}

export function makeClassification(overrides: Partial<Classification> = {}): Classification {
  return {
    category: 'unknown',
    purpose: '',
    tags: [],
    confidence: 0,
    reason: 'test',
    source: 'none',
    ...overrides,
  };
}

export interface AuditedOverrides {
  cookie?: Partial<Cookie>;
  classification?: Partial<Classification>;
  party?: Party;
  observedVia?: Observation[];
}

/** What a cookie rule receives, built directly (no classifier): cookie + classification + party. */
export function audited(overrides: AuditedOverrides = {}): RuleCookie {
  const cookie = makeCookie(overrides.cookie);
  return {
    id: `${cookie.name}|${cookie.domain}|${cookie.path}||${cookie.storeId}`,
    cookie,
    party: overrides.party ?? 'first',
    classification: makeClassification(overrides.classification),
    remainingSeconds: remainingSeconds(cookie, NOW),
    observedVia: overrides.observedVia ?? ['jar'],
  };
}

/** A rule context for https://www.example.com/ at NOW with default settings. */
export function ruleContext(overrides: Partial<RuleContext> = {}): RuleContext {
  return {
    pageUrl: 'https://www.example.com/',
    pageSite: 'example.com',
    now: NOW,
    settings: DEFAULT_SETTINGS,
    ...overrides,
  };
}

/** Catalogue-style classifications used across tests. */
export const CLASSES: Record<'login' | 'analytics' | 'marketing' | 'csrf' | 'preferences', Partial<Classification>> = {
  login: { category: 'necessary', tags: ['authentication', 'session'], source: 'catalogue', confidence: 1 },
  analytics: {
    category: 'analytics',
    vendor: 'Google Analytics',
    tags: ['analytics'],
    source: 'catalogue',
    confidence: 1,
  },
  marketing: {
    category: 'marketing',
    vendor: 'Meta',
    tags: ['ads', 'retargeting'],
    source: 'catalogue',
    confidence: 1,
  },
  csrf: { category: 'necessary', tags: ['csrf', 'security'], source: 'catalogue', confidence: 1 },
  preferences: { category: 'preferences', tags: ['ui-state'], source: 'catalogue', confidence: 1 },
};

/** Base64url of a JSON object, for building JWTs in tests. */
export function b64url(obj: unknown): string {
  return Buffer.from(JSON.stringify(obj)).toString('base64url');
}

export function jwt(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  signature = 'c2lnbmF0dXJl',
): string {
  return `${b64url(header)}.${b64url(payload)}.${signature}`;
}
