import { type DescribedCookieRule, findingOf } from './described-rule';
import { quoteName } from './plain-text';
import { REFERENCES } from './references';
import { serverSetCookieLine } from './set-cookie-line';

function hasPrefix(name: string, prefix: string): boolean {
  // Current browsers and RFC 6265bis match the prefixes case-insensitively ("__HOST-" counts).
  return name.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase();
}

/** The prefix rules this cookie breaks, in words; empty when it conforms (RFC 6265bis §4.1.3.1 and §4.1.3.2). */
export function prefixViolations(cookie: { name: string; secure: boolean; hostOnly: boolean; path: string }): string[] {
  const broken: string[] = [];
  if (hasPrefix(cookie.name, '__Host-')) {
    if (!cookie.secure) broken.push('it is not Secure');
    if (!cookie.hostOnly) broken.push('it has a Domain attribute');
    if (cookie.path !== '/') broken.push(`its Path is not "/"`);
  } else if (hasPrefix(cookie.name, '__Secure-') && !cookie.secure) {
    broken.push('it is not Secure');
  }
  return broken;
}

/**
 * `__Secure-` requires Secure; `__Host-` requires Secure, no Domain and Path=/. Browsers refuse to store cookies that
 * break these rules, so one seen anyway comes from a non-conforming store or an imported file, and the server that
 * relies on the prefix's guarantee does not get it.
 */
export const prefixMisuse: DescribedCookieRule = {
  id: 'prefix-misuse',
  severity: 'medium',
  title: 'Cookie breaks its name prefix rules',
  summary:
    'A __Secure- cookie without Secure, or a __Host- cookie without Secure, with a Domain, or with Path other than /.',
  reference: REFERENCES.namePrefixes,
  test(c) {
    const broken = prefixViolations(c.cookie);
    if (broken.length === 0) return null;
    const prefix = hasPrefix(c.cookie.name, '__Host-') ? '__Host-' : '__Secure-';
    const message = `${quoteName(c.cookie.name)} uses the ${prefix} prefix but ${broken.join(', ')}. Browsers refuse to store such a cookie, so this one comes from a non-conforming browser, an extension or an imported file, and the guarantee the prefix promises the server does not hold.`;
    const fix = `Send it in a form the prefix allows: ${serverSetCookieLine(c)}`;
    return findingOf(this, 'medium', message, fix);
  },
};
