import { getCookies, removeCookie } from '../browser/cookies';
import { type Handlers, onMessage } from '../browser/messages';
import { getTab } from '../browser/tabs';
import { auditSite } from '../core/audit';
import { cookieKey } from '../core/cookie-match';
import type { SiteListing } from '../core/messages';
import type { Settings } from '../core/settings';
import { scheduleBadge } from './badge';
import { settings, sites } from './state';
import { buildTabView, collectTabJar } from './tab-view';

function clampSettings(patch: Partial<Settings>): Partial<Settings> {
  const out: Partial<Settings> = {};
  const days = (v: unknown, min: number, max: number) =>
    typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.round(v))) : undefined;
  const tracker = days(patch.maxTrackerLifetimeDays, 1, 3650);
  const session = days(patch.maxSessionLifetimeDays, 1, 3650);
  if (tracker !== undefined) out.maxTrackerLifetimeDays = tracker;
  if (session !== undefined) out.maxSessionLifetimeDays = session;
  return out;
}

const handlers: Handlers = {
  'get-tab-view': (req) => buildTabView(req.tabId),

  'delete-cookies': async (req) => {
    const tab = await getTab(req.tabId);
    if (!tab) throw new Error('That tab is closed.');
    const jar = await collectTabJar(tab);
    const wanted = new Set(req.ids);
    let deleted = 0;
    const failed: string[] = [];
    for (const c of jar.cookies) {
      const id = cookieKey(c);
      if (!wanted.has(id)) continue;
      wanted.delete(id);
      if (await removeCookie(c).catch(() => false)) deleted += 1;
      else failed.push(id);
    }
    failed.push(...wanted);
    scheduleBadge(req.tabId, 50);
    return { deleted, failed };
  },

  'get-settings': () => settings.read(),

  'set-settings': async (req) => {
    await settings.update((s) => {
      Object.assign(s, clampSettings(req.settings));
    });
    await settings.flush();
    return settings.read();
  },

  'list-sites': async () => {
    const map = await sites.read();
    const list: SiteListing[] = Object.values(map).map((s) => {
      const cookies = Object.values(s.cookies);
      const listing: SiteListing = {
        site: s.site,
        lastSeen: s.lastSeen,
        cookies: cookies.length,
        present: cookies.filter((c) => c.present).length,
      };
      if (s.lastVisit !== undefined) listing.lastVisit = s.lastVisit;
      if (s.lastUrl !== undefined) listing.lastUrl = s.lastUrl;
      return listing;
    });
    return list.sort((a, b) => (b.lastVisit ?? b.lastSeen) - (a.lastVisit ?? a.lastSeen));
  },

  'get-site-history': async (req) => (await sites.read())[req.site] ?? null,

  'audit-site': async (req) => {
    const site = req.site.toLowerCase();
    if (!/^[a-z0-9.-]+$/.test(site)) throw new Error(`Not a site name: ${req.site.slice(0, 80)}`);
    const [own, partitioned] = await Promise.all([
      getCookies({ domain: site }),
      getCookies({ partitionKey: { topLevelSite: `https://${site}` } }),
    ]);
    const byKey = new Map([...own, ...partitioned].map((c) => [cookieKey(c), c]));
    const history = (await sites.read())[site];
    return auditSite([...byKey.values()], {
      pageUrl: history?.lastUrl ?? `https://${site}/`,
      settings: await settings.read(),
    });
  },
};

onMessage(handlers);
