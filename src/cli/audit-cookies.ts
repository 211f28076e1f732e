import { auditSite } from '../core/audit';
import type { OverrideSet } from '../core/overrides/overrides';
import { siteOf } from '../core/party';
import type { Cookie, SiteAudit } from '../core/types';

/** Every cookie audited as met on one page. Findings are computed as the report streams them (lazyFindings). */
export function auditForPage(
  cookies: readonly Cookie[],
  pageUrl: string,
  now: number,
  overrides?: OverrideSet,
): SiteAudit {
  return auditSite(
    cookies,
    overrides ? { pageUrl, now, overrides, lazyFindings: true } : { pageUrl, now, lazyFindings: true },
  );
}

/**
 * A jar with no page: cookies grouped by registrable domain, each group audited as met on `https://<site>/`,
 * sites in alphabetical order. That is how a browser profile's export reads as a list of sites.
 */
export function auditBySite(cookies: readonly Cookie[], now: number, overrides?: OverrideSet): SiteAudit[] {
  const bySite = new Map<string, Cookie[]>();
  for (const c of cookies) {
    const site = siteOf(c.domain);
    const group = bySite.get(site);
    if (group) group.push(c);
    else bySite.set(site, [c]);
  }
  return [...bySite.keys()].sort().map((site) => {
    const pageUrl = sitePageUrl(site);
    return auditSite(
      bySite.get(site) ?? [],
      overrides ? { pageUrl, now, overrides, lazyFindings: true } : { pageUrl, now, lazyFindings: true },
    );
  });
}

function sitePageUrl(site: string): string {
  if (site === '') return '';
  // IPv6 hosts need their brackets back inside a URL (RFC 3986 §3.2.2).
  return site.includes(':') ? `https://[${site}]/` : `https://${site}/`;
}
