import { siteOf } from '../party';
import { CHROME_MAX_COOKIES_PER_DOMAIN } from '../settings';
import type { Finding } from '../types';
import { type DescribedSiteRule, findingOf } from './described-rule';
import { clip, count } from './plain-text';
import { REFERENCES } from './references';

// Chrome purges down to 180 - 30 = 150 once the limit is hit (cookie_monster.h kDomainPurgeCookies = 30), so a
// domain at 150 or more is one burst of cookies away from eviction.
const NEAR_LIMIT = 150;

/**
 * Counts cookies per registrable domain (separately per cookie store and per CHIPS partition, which Chrome limits
 * on their own) and warns when a domain nears or passes Chrome's 180-cookie limit, above which Chrome evicts the
 * least recently used ones, logins included.
 */
export const tooManyCookies: DescribedSiteRule = {
  id: 'too-many-cookies',
  severity: 'high',
  title: 'Too many cookies on one domain',
  summary: 'A registrable domain holds 150 or more cookies (high at 180, where Chrome starts evicting).',
  reference: REFERENCES.chromeCookieSizeAndCount,
  test(cookies) {
    const groups = new Map<string, { site: string; partitioned: boolean; n: number }>();
    for (const { cookie } of cookies) {
      const site = siteOf(cookie.domain);
      const partition = cookie.partitionKey?.topLevelSite ?? '';
      const key = `${cookie.storeId}\u0000${site}\u0000${partition}`;
      const group = groups.get(key) ?? { site, partitioned: partition !== '', n: 0 };
      group.n += 1;
      groups.set(key, group);
    }
    const findings: Finding[] = [];
    for (const { site, partitioned, n } of groups.values()) {
      if (n < NEAR_LIMIT || site === '') continue;
      const over = n >= CHROME_MAX_COOKIES_PER_DOMAIN;
      const where = `${clip(site)}${partitioned ? ' (in one partition)' : ''}`;
      const message = over
        ? `${where} holds ${count(n, 'cookie')}. Chrome keeps at most ${CHROME_MAX_COOKIES_PER_DOMAIN} per domain and evicts the least recently used ones beyond that (down to ${NEAR_LIMIT}), so some of this site's cookies, possibly logins or consent choices, are being dropped.`
        : `${where} holds ${count(n, 'cookie')}, close to Chrome's limit of ${CHROME_MAX_COOKIES_PER_DOMAIN} per domain. Past it, Chrome evicts the least recently used ones, possibly logins or consent choices.`;
      const fix =
        'Remove cookies nobody reads (old A/B tests, duplicated analytics tags), merge related values into one cookie, and keep data that scripts only need in localStorage.';
      findings.push(findingOf(this, over ? 'high' : 'medium', message, fix));
    }
    return findings;
  },
};
