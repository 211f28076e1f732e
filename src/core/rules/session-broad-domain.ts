import { cookieHost, hostOfUrl, isIpHost, isPublicSuffix, isWithin, siteOf } from '../party';
import { hostOf } from './cookie-facts';
import { type DescribedCookieRule, findingOf } from './described-rule';
import { clip, quoteName } from './plain-text';
import { REFERENCES } from './references';
import { sessionCredentialReason } from './session-credential';
import { sessionFixLine } from './session-fix-line';

/**
 * A login cookie with a Domain attribute (hostOnly false) is sent to every subdomain, so any of them (a forgotten
 * staging host, a user-content host, a hijacked DNS entry) receives the credential. Worse when the Domain is the
 * registrable domain and the page itself lives on a subdomain: the site widened it on purpose beyond its own host.
 */
export const sessionBroadDomain: DescribedCookieRule = {
  id: 'session-broad-domain',
  severity: 'medium',
  title: 'Session cookie shared with every subdomain',
  summary:
    'A session credential has a Domain attribute; medium when that is the whole registrable domain and the page is on a subdomain.',
  reference: REFERENCES.owaspDomainPath,
  test(c, ctx) {
    const why = sessionCredentialReason(c);
    const domain = hostOf(c);
    // IP addresses have no subdomains; Chrome stores their cookies host-only anyway.
    if (why === null || c.cookie.hostOnly || domain === '' || isIpHost(domain)) return null;
    const name = quoteName(c.cookie.name);
    const shown = clip(domain);
    const fix = `Omit the Domain attribute so only the host that sets it receives it: ${sessionFixLine(c, ctx, { domain: null })}`;

    if (isPublicSuffix(domain)) {
      const message = `${name} looks like a login cookie (${why}) and is scoped to ${shown}, a public suffix shared by unrelated sites. Browsers refuse such cookies, so this comes from a non-conforming store or an imported file; if it were honoured, every site under ${shown} would receive the credential.`;
      return findingOf(this, 'medium', message, fix);
    }

    const pageHost = cookieHost(hostOfUrl(ctx.pageUrl));
    const wholeSite = domain === siteOf(domain);
    const pageOnSubdomain = pageHost !== '' && pageHost !== domain && isWithin(pageHost, domain);
    const severity = wholeSite && pageOnSubdomain ? 'medium' : 'low';
    const where = pageOnSubdomain
      ? ` This page is on ${clip(pageHost)}, yet the cookie is set for all of ${shown}.`
      : '';
    const message = `${name} looks like a login cookie (${why}) and has Domain=${shown}, so the browser sends it to every subdomain of ${shown}. Any of them (a staging host, a user-content host, a subdomain taken over through a stale DNS record) receives the credential.${where}`;
    return findingOf(this, severity, message, fix);
  },
};
