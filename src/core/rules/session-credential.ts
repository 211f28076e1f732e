import { decodeJwt } from '../jwt';
import { type Category, PURPOSE_TAGS, type PurposeTag } from '../types';
import type { RuleCookie } from './described-rule';
import { looksRandom } from './value-shape';

/**
 * Which cookies are session credentials: whoever holds the value is logged in as the user.
 * The session-* rules only judge these, so this must not mistake an analytics "session" (a visit counter such as
 * `_ga`, `_hjSession_*`, `__hssc`, `_uetsid`) or a fraud/bot/load-balancer cookie for a login.
 */

// Analytics and marketing cookies are trackers, not logins, whatever their name; "preferences" hold no secret.
const CREDENTIAL_CATEGORIES: ReadonlySet<Category> = new Set(['necessary', 'functional', 'unknown']);

// Tags that say the catalogue knows the cookie and it is something other than a login: every tag but those that can
// describe a credential (a support-chat session, a security or identity token can log someone in).
const CREDENTIAL_TAGS: ReadonlySet<PurposeTag> = new Set<PurposeTag>([
  'authentication',
  'session',
  'support-chat',
  'security',
  'identity',
]);
const NON_CREDENTIAL_TAGS: ReadonlySet<PurposeTag> = new Set(PURPOSE_TAGS.filter((t) => !CREDENTIAL_TAGS.has(t)));

// Well-known analytics/marketing/fraud cookies whose names contain "session", "sid" or "auth". Only consulted when the
// classifier did not recognise the cookie, so an uncatalogued `_hjSession_123` is still not taken for a login.
const NOT_CREDENTIAL_NAMES: readonly RegExp[] = [
  /^_ga($|_)/i,
  /^_gid$/i,
  /^_hjsession/i,
  /^_hjfirstseen$/i,
  /^__hs(sc|sr|tc)$/i,
  /^_uet(sid|vid)$/i,
  /^ajs_/i,
  /^__stripe_(sid|mid)$/i,
  /^_pk_(ses|id)/i,
  /^_sp_(ses|id)/i,
  /^s_(sess|pers)$/i,
  /^_shopify_(s|y|sa_t|sa_p)$/i,
  /^_cs_s$/i,
  /^_hp2_/i,
  /^_cl(sk|ck)$/i,
  /^amplitude/i,
  /^mp_.*_mixpanel$/i,
  /^optimizely/i,
  /^_pin_unauth$/i,
  /^__utm/i,
  /^_dd_s$/i,
  /^intercom-(id|device-id)-/i,
];

// CSRF tokens are secrets but not credentials: one alone logs nobody in (OWASP CSRF Prevention Cheat Sheet).
const CSRF_NAME = /csrf|xsrf|antiforgery|requestverificationtoken/i;

/** Splits "ASP.NET_SessionId" into ["asp", "net", "session", "id"], "authToken" into ["auth", "token"]. */
function nameWords(name: string): string[] {
  return name
    .replace(/^__(host|secure)-/i, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

const CREDENTIAL_WORDS: ReadonlySet<string> = new Set([
  'sid',
  'ssid',
  'token',
  'tokens',
  'jwt',
  'login',
  'logged',
  'credential',
  'credentials',
  'bearer',
  'apikey',
]);

/** Names like PHPSESSID, JSESSIONID, connect.sid, laravel_session, auth_token, remember_user_token, wordpress_logged_in_x. */
export function hasCredentialName(name: string): boolean {
  if (CSRF_NAME.test(name)) return false;
  return nameWords(name).some(
    (w) =>
      w.includes('sess') ||
      CREDENTIAL_WORDS.has(w) ||
      w.startsWith('auth') ||
      w.endsWith('auth') ||
      w.startsWith('remember') ||
      w.endsWith('token') ||
      w.endsWith('sid'),
  );
}

/**
 * Why the cookie counts as a session credential, in words for a message, or null when it does not.
 * Catalogue tags decide first; otherwise the name must look like a session id or token AND the value must look like
 * one (long and random, or a JWT), so `lang=en` or `logged_in=yes` stay out.
 */
export function sessionCredentialReason(c: RuleCookie): string | null {
  const { classification, cookie } = c;
  if (!CREDENTIAL_CATEGORIES.has(classification.category)) return null;
  // Say who made the call: a catalogue entry, or the classifier's reading of the name and value.
  const who = classification.source === 'catalogue' ? 'the catalogue lists it' : 'the classifier takes it';
  if (classification.tags.includes('authentication')) return `${who} as an authentication cookie`;
  if (classification.tags.some((t) => NON_CREDENTIAL_TAGS.has(t))) return null;
  if (classification.tags.includes('session')) return `${who} as a session cookie`;
  if (CSRF_NAME.test(cookie.name)) return null;
  if (classification.category === 'unknown' && NOT_CREDENTIAL_NAMES.some((re) => re.test(cookie.name))) return null;

  const jwt = decodeJwt(cookie.value);
  if (hasCredentialName(cookie.name)) {
    if (jwt) return 'its name looks like a session token and its value is a JWT';
    if (looksRandom(cookie.value)) return 'its name looks like a session id and its value is long and random';
    return null;
  }
  // A signed token naming a subject is an identity assertion: a bearer credential whatever the cookie is called.
  if (jwt?.payload && typeof jwt.payload.sub === 'string') return 'its value is a JWT naming a user (a "sub" claim)';
  return null;
}

/** True for cookies whose value logs someone in: catalogue auth/session cookies, or session-id/token-looking ones. */
export function isSessionCredential(c: RuleCookie): boolean {
  return sessionCredentialReason(c) !== null;
}
