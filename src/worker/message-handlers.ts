import { removeCookie } from '../browser/cookies';
import { type Handlers, onMessage } from '../browser/messages';
import { extensionVersion } from '../browser/runtime';
import { getTab } from '../browser/tabs';
import { cookieKey } from '../core/cookie-match';
import type { SiteListing } from '../core/messages';
import { buildAllSitesReport, buildReport } from '../core/report/index';
import type { Settings } from '../core/settings';
import { scheduleBadge } from './badge';
import { auditStoredSite, jarBySite } from './site-audits';
import { settings, sites } from './state';
import { buildTabView, collectTabJar } from './tab-view';
import { invalidateViews } from './view-cache';

/** How long the last tab view took to build, for benchmarks (no cookie data). */
export const handlerStats = { lastViewMs: 0 };

function checkSite(site: string): string {
  const s = site.toLowerCase();
  if (!/^[a-z0-9.:[\]-]+$/.test(s) || s.length > 253) throw new Error(`Not a site name: ${site.slice(0, 80)}`);
  return s;
}

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
  'get-tab-view': async (req) => {
    const t0 = performance.now();
    const view = await buildTabView(req.tabId);
    handlerStats.lastViewMs = performance.now() - t0;
    return view;
  },

  'delete-cookies': async (req) => {
    const tab = await getTab(req.tabId);
    if (!tab) throw new Error('That tab is closed.');
    const jar = await collectTabJar(tab);
    invalidateViews();
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
    // A loop: spreading a large set into push's arguments overflows the stack (test/no-unbounded-spread.test.ts).
    for (const id of wanted) failed.push(id);
    scheduleBadge(req.tabId, 50);
    return { deleted, failed };
  },

  'get-settings': () => settings.read(),

  'set-settings': async (req) => {
    await settings.update((s) => {
      Object.assign(s, clampSettings(req.settings));
    });
    // After the new limits are in: a view built meanwhile is not kept.
    invalidateViews();
    await settings.flush();
    return settings.read();
  },

  'list-sites': async () => {
    const [map, jar] = await Promise.all([sites.readAll(), jarBySite()]);
    const names = new Set([...Object.keys(map), ...jar.keys()]);
    names.delete('');
    const list: SiteListing[] = [];
    for (const site of names) {
      const h = map[site];
      const history = Object.values(h?.cookies ?? {});
      const audit = await auditStoredSite(site, jar.get(site) ?? []);
      const listing: SiteListing = {
        site,
        lastSeen: h?.lastSeen ?? 0,
        cookies: Math.max(history.length, audit.summary.total),
        present: audit.summary.total,
        summary: audit.summary,
      };
      if (h?.lastVisit !== undefined) listing.lastVisit = h.lastVisit;
      if (h?.lastUrl !== undefined) listing.lastUrl = h.lastUrl;
      list.push(listing);
    }
    return list.sort(
      (a, b) => (b.lastVisit ?? b.lastSeen) - (a.lastVisit ?? a.lastSeen) || a.site.localeCompare(b.site),
    );
  },

  'tab-report': async (req) => {
    const view = await buildTabView(req.tabId);
    if (!view.audit) throw new Error(view.message ?? 'This tab has no cookies to report.');
    return buildReport(view.audit, {
      format: req.format,
      includeValues: req.includeValues,
      extensionVersion: extensionVersion(),
    });
  },

  'site-report': async (req) => {
    const site = checkSite(req.site);
    const audit = await auditStoredSite(site, (await jarBySite()).get(site) ?? []);
    return buildReport(audit, {
      format: req.format,
      includeValues: req.includeValues,
      extensionVersion: extensionVersion(),
    });
  },

  'all-sites-report': async (req) => {
    const jar = await jarBySite();
    const audits = [];
    for (const [site, cookies] of [...jar.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      if (site) audits.push(await auditStoredSite(site, cookies));
    }
    return buildAllSitesReport(audits, {
      format: req.format,
      includeValues: req.includeValues,
      extensionVersion: extensionVersion(),
      generatedAt: new Date().toISOString(),
    });
  },
};

onMessage(handlers);
