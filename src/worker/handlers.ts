import { cookieKey } from '../core/cookie-key';
import type { Handlers, SiteListing } from '../core/messages';
import { withOverride, withoutOverride } from '../core/overrides/overrides';
import { parseOverrides, serialiseOverrides } from '../core/overrides/overrides-file';
import { checkOverridesFit } from '../core/overrides/overrides-limit';
import { hostOfUrl, siteOf } from '../core/party';
import { buildAllSitesReport, buildReport } from '../core/report/index';
import { withTimeline } from '../core/timeline/report-with-timeline';
import { buildTimelineView, changeMarks, TIMELINE_VIEW_LIMITS } from '../core/timeline/timeline-view';
import type { Badges } from './badges';
import { firstScreenView } from './first-screen';
import type { WorkerPorts } from './ports';
import type { SiteAudits } from './site-audits';
import { isQuotaError } from './state/storage-area';
import type { TabViews } from './tab-view';
import type { TimelineStore } from './timeline/timeline-store';
import type { ViewCache } from './view-cache';
import { OVERRIDES_KEY, type WorkerState } from './worker-state';

/** What the popup and the reports page may ask; requests arrive checked against the protocol (core/messages). */
export function createHandlers(
  ports: WorkerPorts,
  state: WorkerState,
  tabViews: TabViews,
  views: ViewCache,
  siteAudits: SiteAudits,
  badges: Badges,
  stats: { lastViewMs: number },
  timeline: TimelineStore,
): Handlers {
  const version = () => ports.runtime.version();
  /**
   * Saves a person's own change now. When storage.local is full of what is not ours (no history left to give up),
   * says so in words: the change is kept in memory and tried again while the worker runs.
   */
  async function saveOwn(what: string, flush: () => Promise<void>): Promise<void> {
    try {
      await flush();
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      throw new Error(
        "The browser's storage for Cookie Auditor is full (other data fills it, and no history is left to give up): " +
          `${what} is not saved yet. It is tried again while Cookie Auditor runs.`,
      );
    }
  }

  /** A correction changes verdicts on every tab: drop cached views, save at once, answer with the new list. */
  async function afterOverrides() {
    views.invalidateAll();
    await saveOwn('the correction', () => state.overrides.flush());
    return state.overrides.read();
  }

  /** The tab's site and whether it is private, for the timeline messages. */
  async function tabSite(tabId: number): Promise<{ site: string; incognito: boolean }> {
    const tab = await ports.tabs.get(tabId);
    if (!tab) throw new Error('That tab is closed.');
    return { site: siteOf(hostOfUrl(tab.url)), incognito: tab.incognito };
  }

  return {
    'get-tab-view': async (req) => {
      const t0 = performance.now();
      const view = await tabViews.build(req.tabId);
      stats.lastViewMs = performance.now() - t0;
      // The first paint asks for the rows only (TabView.rowsOnly); the details come with the next ask.
      if (req.rowsOnly) return firstScreenView(view);
      if (!view.audit?.site) return view;
      // "Changed since your last visit" marks: from the timeline's first view (memory, or one small saved record:
      // the whole log is not read), which the Timeline tab then shows as it is. Only with the details: the first
      // paint never waits for IndexedDB.
      const marks = changeMarks((await timeline.readView(view.audit.site, view.incognito)).sinceLastVisit);
      return Object.keys(marks).length > 0 ? { ...view, marks } : view;
    },

    'get-timeline': async (req) => {
      const { site, incognito } = await tabSite(req.tabId);
      if (!site) throw new Error('This tab shows no website, so it has no timeline.');
      if (req.perGroup === undefined && req.visits === undefined) return timeline.readView(site, incognito);
      // More than the first view: the whole log is read (only when a person asks).
      const log = await timeline.read(site, incognito);
      return buildTimelineView(log, {
        now: ports.clock.now(),
        perGroup: req.perGroup ?? TIMELINE_VIEW_LIMITS.perGroup,
        maxGroups: req.visits ?? TIMELINE_VIEW_LIMITS.maxGroups,
      });
    },

    'clear-site-history': async (req) => {
      await timeline.clear(req.site);
      await state.sites.update(req.site, () => null);
      views.invalidateAll();
      return { cleared: true };
    },

    'delete-cookies': async (req) => {
      const tab = await ports.tabs.get(req.tabId);
      if (!tab) throw new Error('That tab is closed.');
      const jar = await tabViews.collectTabJar(tab);
      views.invalidate(req.tabId);
      const wanted = new Set(req.ids);
      let deleted = 0;
      const failed: string[] = [];
      for (const c of jar.cookies) {
        const id = cookieKey(c);
        if (!wanted.has(id)) continue;
        wanted.delete(id);
        if (await ports.cookies.remove(c).catch(() => false)) deleted += 1;
        else failed.push(id);
      }
      for (const id of wanted) failed.push(id);
      badges.schedule(req.tabId, 50);
      return { deleted, failed };
    },

    'get-settings': () => state.settings.read(),

    'set-settings': async (req) => {
      await state.settings.update((s) => {
        Object.assign(s, req.settings);
      });
      // After the new limits are in: a view built meanwhile is not kept.
      views.invalidateAll();
      await saveOwn('the setting', () => state.settings.flush());
      return state.settings.read();
    },

    'list-sites': async (req) => {
      const [histories, jar, metas] = await Promise.all([
        state.sites.readAll(),
        siteAudits.jarBySite(req.storeId),
        timeline.listMeta(),
      ]);
      const timelines = new Map(metas.map((m) => [m.site, m]));
      // A container's list is the sites with cookies in it; the history is kept per site, not per container.
      const names = new Set(req.storeId ? jar.keys() : [...histories.keys(), ...jar.keys(), ...timelines.keys()]);
      names.delete('');
      const list: SiteListing[] = [];
      for (const site of names) {
        const h = histories.get(site);
        const audit = await siteAudits.audit(site, jar.get(site) ?? []);
        const listing: SiteListing = {
          site,
          lastSeen: h?.lastSeen ?? 0,
          cookies: Math.max(h ? Object.keys(h.cookies).length : 0, audit.summary.total),
          present: audit.summary.total,
          summary: audit.summary,
        };
        if (h?.lastVisit !== undefined) listing.lastVisit = h.lastVisit;
        if (h?.lastUrl !== undefined) listing.lastUrl = h.lastUrl;
        if (h && h.dropped > 0) listing.droppedEntries = h.dropped;
        const t = timelines.get(site);
        if (t) listing.timeline = { events: t.events, dropped: t.dropped, lastEventAt: t.lastEventAt, daily: t.daily };
        list.push(listing);
      }
      return list.sort(
        (a, b) => (b.lastVisit ?? b.lastSeen) - (a.lastVisit ?? a.lastSeen) || a.site.localeCompare(b.site),
      );
    },

    'storage-status': async () => {
      const sites = state.sites.status();
      const tabs = state.tabs.status();
      const status = {
        failedWrites: sites.failedWrites + tabs.failedWrites + state.settings.failedWrites + timeline.failedWrites,
        evictedSites: sites.evicted,
        droppedTabRecords: await state.droppedTabs.total(),
        localBytes: sites.bytes,
        sessionBytes: tabs.bytes,
      };
      const paused = sites.pausedSince ?? tabs.pausedSince;
      return paused === undefined ? status : { ...status, pausedSince: paused };
    },

    'tab-report': async (req) => {
      const view = await tabViews.build(req.tabId);
      if (!view.audit) throw new Error(view.message ?? 'This tab has no cookies to report.');
      const file = buildReport(view.audit, {
        format: req.format,
        includeValues: req.includeValues,
        extensionVersion: version(),
      });
      if (!req.includeTimeline || !view.audit.site) return file;
      return withTimeline(file, req.format, await timeline.read(view.audit.site, view.incognito));
    },

    'list-containers': () => ports.containers.list(),

    'site-report': async (req) => {
      const audit = await siteAudits.audit(req.site, (await siteAudits.jarBySite(req.storeId)).get(req.site) ?? []);
      return buildReport(audit, { format: req.format, includeValues: req.includeValues, extensionVersion: version() });
    },

    'get-overrides': () => state.overrides.read(),

    'set-override': async (req) => {
      // The popup names the cookie by its host; a correction holds for the cookie's registrable domain.
      const o = {
        ...req.override,
        cookieSite: req.override.cookieSite && siteOf(req.override.cookieSite),
        setAt: new Date(ports.clock.now()).toISOString(),
      };
      await state.overrides.update((list) => {
        const next = withOverride(list, o);
        checkOverridesFit(next, OVERRIDES_KEY);
        replaceContents(list, next);
      });
      return afterOverrides();
    },

    'clear-override': async (req) => {
      await state.overrides.update((list) => {
        const target = { ...req.override, cookieSite: req.override.cookieSite && siteOf(req.override.cookieSite) };
        const next = withoutOverride(list, target);
        if (next.length === list.length) return false;
        replaceContents(list, next);
      });
      return afterOverrides();
    },

    'import-overrides': async (req) => {
      const rows = parseOverrides(req.text);
      await state.overrides.update((list) => {
        let next = list.slice();
        for (const o of rows) next = withOverride(next, o);
        // The merged list, not only the file, is held to the limits: imports add up.
        checkOverridesFit(next, OVERRIDES_KEY);
        replaceContents(list, next);
      });
      const total = (await afterOverrides()).length;
      return { imported: rows.length, total };
    },

    'export-overrides': async () => ({
      filename: 'cookie-auditor-overrides.json',
      mime: 'application/json',
      body: serialiseOverrides(await state.overrides.read()),
    }),

    'all-sites-report': async (req) => {
      const jar = await siteAudits.jarBySite(req.storeId);
      const audits = [];
      for (const site of [...jar.keys()].sort()) {
        if (site) audits.push(await siteAudits.audit(site, jar.get(site) ?? []));
      }
      return buildAllSitesReport(audits, {
        format: req.format,
        includeValues: req.includeValues,
        extensionVersion: version(),
        generatedAt: new Date(ports.clock.now()).toISOString(),
      });
    },
  };
}

/** Replaces a list's contents in place (the persisted value keeps its array), without spreading it into arguments. */
function replaceContents<T>(list: T[], next: readonly T[]): void {
  list.length = 0;
  for (const item of next) list.push(item);
}
