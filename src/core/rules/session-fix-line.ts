import { SECONDS } from '../lifespan';
import { secondsLeft } from './cookie-facts';
import type { RuleCookie } from './described-rule';
import type { RuleContext } from './rule';
import { type SetCookieOverrides, serverSetCookieLine } from './set-cookie-line';

/**
 * The Set-Cookie line a session-* finding suggests. Each finding names its own change, but the line also carries
 * the other baseline attributes a session cookie should have (HttpOnly, Secure, SameSite=Lax unless Strict, a
 * lifetime within the limit), so a site owner who copies any one fix does not reintroduce another problem.
 * Structural changes (dropping Domain, renaming to __Host-) appear only in the finding that asks for them, since
 * they can break a site that shares the cookie across subdomains or reads it by name.
 */
export function sessionFixLine(c: RuleCookie, ctx: RuleContext, overrides: SetCookieOverrides = {}): string {
  const left = secondsLeft(c, ctx);
  const limit = ctx.settings.maxSessionLifetimeDays * SECONDS.DAY;
  const baseline: SetCookieOverrides = {
    httpOnly: true,
    secure: true,
    sameSite: c.cookie.sameSite === 'strict' ? 'strict' : 'lax',
  };
  if (left !== null && left > limit) baseline.maxAge = limit;
  return serverSetCookieLine(c, { ...baseline, ...overrides });
}
