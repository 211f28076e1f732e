import { getCookies } from '../browser/cookies';
import { auditSite } from '../core/audit';
import { cookieKey } from '../core/cookie-match';
import { cookieHost, siteOf } from '../core/party';
import type { Cookie, SiteAudit } from '../core/types';
import { privateStoreIds, settings, sites } from './state';

/** Every cookie in the normal store, partitioned ones included, grouped by the site they belong to. */
export async function jarBySite(): Promise<Map<string, Cookie[]>> {
  const [plain, partitioned] = await Promise.all([getCookies({}), getCookies({ partitionKey: {} })]);
  const bySite = new Map<string, Cookie[]>();
  const seen = new Set<string>();
  for (const c of [...plain, ...partitioned]) {
    if (privateStoreIds.has(c.storeId)) continue;
    const key = cookieKey(c);
    if (seen.has(key)) continue;
    seen.add(key);
    // A partitioned cookie belongs to the top-level site it is keyed to, where a person met it.
    const site = c.partitionKey?.topLevelSite
      ? siteOf(new URL(c.partitionKey.topLevelSite).hostname)
      : siteOf(cookieHost(c.domain));
    const list = bySite.get(site);
    if (list) list.push(c);
    else bySite.set(site, [c]);
  }
  return bySite;
}

/** A site's audit from the jar as it is now, with the page URL the site was last visited at. */
export async function auditStoredSite(site: string, cookies: Cookie[]): Promise<SiteAudit> {
  const history = await sites.read(site);
  return auditSite(cookies, {
    pageUrl: history?.lastUrl ?? `https://${site}/`,
    settings: await settings.read(),
  });
}
