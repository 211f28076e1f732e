import { auditSite } from '../core/audit';
import { cookieKey } from '../core/cookie-key';
import { siteOfCookie } from '../core/party';
import type { Cookie, SiteAudit } from '../core/types';
import { consentTimes } from './consent-times';
import { currentOverrides } from './overrides';
import type { WorkerPorts } from './ports';
import type { WorkerState } from './worker-state';

export type SiteAudits = ReturnType<typeof createSiteAudits>;

export function createSiteAudits(ports: WorkerPorts, state: WorkerState) {
  /**
   * Every cookie in the normal store (or the Firefox container's store given), partitioned ones included, grouped by
   * the site they belong to.
   */
  async function jarBySite(storeId?: string): Promise<Map<string, Cookie[]>> {
    const base = storeId ? { storeId } : {};
    const [plain, partitioned] = await Promise.all([
      ports.cookies.getAll(base),
      ports.cookies.getAll({ ...base, partitionKey: {} }).catch(() => [] as Cookie[]),
    ]);
    const bySite = new Map<string, Cookie[]>();
    const seen = new Set<string>();
    for (const list of [plain, partitioned]) {
      for (const c of list) {
        if (state.privateStoreIds.has(c.storeId)) continue;
        const key = cookieKey(c);
        if (seen.has(key)) continue;
        seen.add(key);
        const site = siteOfCookie(c);
        const group = bySite.get(site);
        if (group) group.push(c);
        else bySite.set(site, [c]);
      }
    }
    return bySite;
  }

  /** A site's audit from the jar as it is now, at the page (without query) the site was last visited at. */
  async function audit(site: string, cookies: Cookie[]): Promise<SiteAudit> {
    const history = await state.sites.read(site);
    return auditSite(cookies, {
      pageUrl: history?.lastUrl ?? `https://${site}/`,
      now: ports.clock.now(),
      settings: await state.settings.read(),
      overrides: await currentOverrides(state),
      ...(history ? { consent: { cookieTimes: consentTimes(cookies, history) } } : {}),
    });
  }

  return { jarBySite, audit };
}
