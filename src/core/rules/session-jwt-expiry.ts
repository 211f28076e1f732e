import { decodeJwt } from '../jwt';
import { humanDuration, SECONDS } from '../lifespan';
import { type DescribedCookieRule, findingOf } from './described-rule';
import { quoteName } from './plain-text';
import { REFERENCES } from './references';
import { sessionCredentialReason } from './session-credential';

// A signed session token should expire in minutes to hours (OWASP JSON Web Token Cheat Sheet); beyond a year it is
// effectively permanent, because it cannot be revoked without extra server state.
const MAX_TOKEN_LIFETIME_SECONDS = 365 * SECONDS.DAY;
// NumericDate is seconds (RFC 7519 §2); a value past year 5138 in seconds is almost surely milliseconds.
const MILLISECONDS_THRESHOLD = 1e11;

function isoDay(seconds: number): string {
  const d = new Date(seconds * 1000);
  return Number.isNaN(d.getTime()) ? 'an impossible date' : d.toISOString().slice(0, 10);
}

/**
 * The `exp` claim of a JWT in a login cookie: already past (the cookie outlives its token, and a server that forgets
 * to check `exp` would still honour it) or years away (a bearer token that works for years). Missing `exp` is low.
 */
export const sessionJwtExpiry: DescribedCookieRule = {
  id: 'session-jwt-expiry',
  severity: 'medium',
  title: 'Token expiry is wrong',
  summary: 'A JWT in a session credential has an exp claim in the past or more than a year away (or none at all).',
  reference: REFERENCES.jwtExpiry,
  test(c, ctx) {
    const why = sessionCredentialReason(c);
    const jwt = why === null ? null : decodeJwt(c.cookie.value);
    // JWE payloads are encrypted: nothing to read.
    if (why === null || jwt === null || jwt.payload === null) return null;
    const name = quoteName(c.cookie.name);
    const intro = `${name} looks like a login cookie (${why}) and holds a JSON Web Token`;
    const nowSeconds = ctx.now / 1000;
    const exp = jwt.exp;

    if (exp === undefined) {
      const message = `${intro} with no "exp" claim, so the token itself never expires: it stays valid for as long as the server keeps accepting its signature.`;
      return findingOf(
        this,
        'low',
        message,
        'Add an "exp" claim minutes to hours ahead and refresh the token as needed.',
      );
    }
    if (exp <= nowSeconds) {
      const message = `${intro} that expired on ${isoDay(exp)} (${humanDuration(nowSeconds - exp)} ago), yet the browser still keeps and sends it. A server that does not check "exp" would still accept it.`;
      const fix =
        'Check "exp" on every request, and give the cookie the same lifetime as the token (Max-Age no longer than the token is valid) so a stale token is not kept.';
      return findingOf(this, 'medium', message, fix);
    }
    if (exp - nowSeconds > MAX_TOKEN_LIFETIME_SECONDS) {
      const ms = exp > MILLISECONDS_THRESHOLD ? ' (the value looks like milliseconds where seconds are expected)' : '';
      const message = `${intro} whose "exp" is ${humanDuration(exp - nowSeconds)} away${ms}. Whoever copies it can use it for that long, and a signed token cannot be revoked without extra server state.`;
      const fix =
        'Issue short-lived tokens (minutes to hours, "exp" in seconds) and renew them with a refresh token kept in an HttpOnly cookie.';
      return findingOf(this, 'medium', message, fix);
    }
    return null;
  },
};
