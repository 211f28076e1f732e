import { auditSite } from '../core/audit';
import type { ConsentInputs } from '../core/consent/inputs';
import { cookieKey } from '../core/cookie-key';
import type { TabView } from '../core/messages';
import { withPartitionOrigin } from '../core/partition-origin';
import { cookieHost, hostOfUrl, isWithin, siteOf } from '../core/party';
import {
  blockedAttempts,
  contactedSites,
  indexTraffic,
  newTabRecord,
  observationsFor,
  sentCookies,
  type TabRecord,
} from '../core/tab-record';
import type { Cookie, Observation } from '../core/types';
import { urlWithoutQuery } from '../core/url-without-query';
import { createAuditMemo } from './audit-memo';
import { warmUpClassifier } from './classifier-warmup';
import { consentTimes } from './consent-times';
import { currentOverrides } from './overrides';
import type { CookieQuery, TabInfo, WorkerPorts } from './ports';
import { cookieHistory, type SiteHistory } from './state/site-history';
import type { ViewCache } from './view-cache';
import type { WorkerState } from './worker-state';

export const NO_SITE_ACCESS =
  'Cookie Auditor may not read websites: its access to them was turned off. In Firefox: about:addons → Cookie ' +
  'Auditor → Permissions → "Access your data for all websites". In Chrome: chrome://extensions → Cookie Auditor → ' +
  'Details → Site access → "On all sites".';

function unsupportedMessage(url: string): string {
  // Without the "tabs" permission a browser page's URL is hidden from extensions: '' means one of those.
  if (url === '') return 'This is a browser page or a new tab: it has no cookies. Open a website to audit it.';
  if (url.startsWith('chrome://newtab') || url === 'about:newtab' || url === 'about:blank')
    return 'This is a new or blank tab: it has no cookies. Open a website to audit it.';
  if (url.startsWith('file:')) return 'Local files cannot hold cookies.';
  if (/^(chrome|edge|about|moz-extension|chrome-extension|devtools|view-source):/.test(url))
    return 'Browser pages cannot hold cookies, and extensions may not read them.';
  return 'This page is not a website, so it has no cookies to audit.';
}

export interface TabJar {
  tab: TabInfo;
  record: TabRecord;
  /** Cookies that belong to the tab, each with how it was seen. */
  cookies: Cookie[];
  observations: Map<string, Observation[]>;
  /** Every cookie looked at (for blocked-attempt detection). */
  looked: Cookie[];
}

export type TabViews = ReturnType<typeof createTabViews>;

/**
 * What the consent rules need from the worker: first-seen/last-written times from the page site's history, the
 * cookies the tab's requests carried with when each last travelled (a send after a refusal on the same page
 * counts), the scripts it loaded and whether its requests carried the browser's `Sec-GPC: 1`.
 */
function consentInputs(jar: TabJar, siteHistory: SiteHistory | undefined): ConsentInputs {
  const inputs: ConsentInputs = {
    sent: sentCookies(jar.record),
    scriptUrls: jar.record.scripts ?? [],
  };
  if (jar.record.gpc !== undefined) inputs.browserGpc = jar.record.gpc;
  if (siteHistory) inputs.cookieTimes = consentTimes(jar.cookies, siteHistory);
  return inputs;
}

/** Builds what the popup, the badge and the reports show for a tab. Reads only: building a view never writes. */
export function createTabViews(ports: WorkerPorts, state: WorkerState, cache: ViewCache) {
  const memo = createAuditMemo(ports.clock);
  // Started once the stored state has loaded (so the worker is ready for events as soon as it can be); builds wait
  // for it after collecting the jar, so its work overlaps the browser's answers to the cookie queries.
  const classifierReady = state.ready().then(warmUpClassifier, warmUpClassifier);

  /** The tab's record, or a fresh one from the tab's URL when the worker has none (a page opened before install). */
  async function recordFor(tab: TabInfo): Promise<TabRecord> {
    state.notePrivacy(tab.id, tab.incognito);
    const store = await state.tabStoreFor(tab.id);
    const rec = await store.read(String(tab.id));
    // Same page, or the same site after a history.pushState: the record still describes it.
    if (rec && (rec.url === urlWithoutQuery(tab.url, rec.url.length) || rec.site === siteOf(hostOfUrl(tab.url)))) {
      return rec;
    }
    return newTabRecord(tab.url, ports.clock.now(), tab.incognito);
  }

  /** The cookies of a tab: the page's own site, the third parties it talked to, and its partition. */
  async function collectTabJar(tab: TabInfo): Promise<TabJar> {
    const record = await recordFor(tab);
    // Firefox names every tab's store (containers each have their own); Chrome only needs asking for incognito tabs.
    const storeId = tab.cookieStoreId ?? (tab.incognito ? await ports.cookies.storeIdForTab(tab.id) : undefined);
    const base: CookieQuery = storeId ? { storeId } : {};
    const site = record.site;
    let protocol = 'https:';
    try {
      protocol = new URL(tab.url).protocol;
    } catch {
      // keep https:
    }
    const queries: CookieQuery[] = [
      { ...base, url: tab.url },
      { ...base, domain: site },
      // CHIPS cookies are left out of getAll unless a partition key is given (toolchain notes, trap 2).
      { ...base, partitionKey: { topLevelSite: `${protocol}//${site}` } },
    ];
    for (const other of contactedSites(record)) if (other !== site) queries.push({ ...base, domain: other });
    const results = await Promise.all(queries.map((q) => ports.cookies.getAll(q).catch(() => [] as Cookie[])));
    const byKey = new Map<string, Cookie>();
    for (const list of results) for (const c of list) byKey.set(cookieKey(c), c);
    const looked = [...byKey.values()];
    const cookies: Cookie[] = [];
    const observations = new Map<string, Observation[]>();
    const traffic = indexTraffic(record);
    for (const [key, c] of byKey) {
      const top = c.partitionKey?.topLevelSite;
      const partitionedHere = top !== undefined && siteOf(hostOfUrl(top)) === site;
      if (top !== undefined && !partitionedHere) continue;
      // Firefox with first-party isolation keeps a copy per first party (the queries ask for all of them with
      // firstPartyDomain: null): another site's copy of a tracker's cookie is not this tab's, even when named alike.
      if (c.firstPartyDomain && c.firstPartyDomain !== site) continue;
      const firstParty = isWithin(cookieHost(c.domain), site);
      const obs = withPartitionOrigin(observationsFor(record, c, traffic), c, traffic);
      if (!firstParty && !partitionedHere && !obs.some((o) => o !== 'jar')) continue;
      cookies.push(c);
      observations.set(key, obs.length > 0 ? obs : ['jar']);
    }
    return { tab, record, cookies, observations, looked };
  }

  const resolveTab = (tabId?: number) => (tabId === undefined ? ports.tabs.getActive() : ports.tabs.get(tabId));

  /** Builds under way per tab: the badge and a popup opened meanwhile wait for the same one instead of two. */
  const building = new Map<number, { stamp: string; url: string; view: Promise<TabView> }>();

  async function build(tabId?: number): Promise<TabView> {
    const tab = await resolveTab(tabId);
    if (!tab) {
      return {
        kind: 'no-tab',
        tabId: tabId ?? -1,
        url: '',
        title: '',
        incognito: false,
        message: 'No tab to audit. Open a website, then open Cookie Auditor again.',
      };
    }
    const cached = cache.get(tab.id, tab.url, ports.clock.now());
    if (cached) return cached;
    const startedAt = cache.stamp(tab.id);
    const pending = building.get(tab.id);
    if (pending && pending.stamp === startedAt && pending.url === tab.url) return pending.view;
    const view = buildFresh(tab, startedAt);
    building.set(tab.id, { stamp: startedAt, url: tab.url, view });
    const done = () => {
      if (building.get(tab.id)?.view === view) building.delete(tab.id);
    };
    void view.then(done, done);
    return view;
  }

  async function buildFresh(tab: TabInfo, startedAt: string): Promise<TabView> {
    const view: TabView = { kind: 'ok', tabId: tab.id, url: tab.url, title: tab.title, incognito: tab.incognito };
    // A hidden URL is a browser page, or any page once the person has withdrawn our host access: tell them which.
    if (tab.url === '' && !(await ports.permissions.hasAllSitesAccess())) {
      return { ...view, kind: 'unsupported', message: NO_SITE_ACCESS };
    }
    if (!/^https?:/i.test(tab.url) || hostOfUrl(tab.url) === '') {
      return { ...view, kind: 'unsupported', message: unsupportedMessage(tab.url) };
    }
    try {
      // The site's history decorates the view: load it (a read) alongside the cookies, never write it here.
      const history = tab.incognito ? undefined : state.sites.read(siteOf(hostOfUrl(tab.url))).catch(() => undefined);
      const jar = await collectTabJar(tab);
      // The consent rules need the history's times, so the view waits for it (read in parallel with the jar).
      const siteHistory = await history;
      await classifierReady;
      const audit = auditSite(jar.cookies, {
        pageUrl: tab.url,
        now: ports.clock.now(),
        settings: await state.settings.read(),
        overrides: await currentOverrides(state),
        blocked: blockedAttempts(jar.record, jar.looked),
        observations: jar.observations,
        consent: consentInputs(jar, siteHistory),
        memo,
      });
      view.audit = audit;
      // Firefox: say which container the tab is in, since only that container's cookies are listed.
      if (tab.cookieStoreId) {
        const container = await ports.containers.get(tab.cookieStoreId).catch(() => null);
        if (container) view.container = container;
      }
      if (jar.record.dropped > 0) view.droppedEntries = jar.record.dropped;
      if (!tab.incognito && (await state.droppedTabs.has(String(tab.id)))) view.recordDropped = true;
      if (siteHistory) {
        view.history = {};
        for (const c of audit.cookies) {
          const h = cookieHistory(siteHistory, c.cookie);
          if (h) view.history[c.id] = { firstSeen: h.firstSeen, changes: h.changes };
        }
      }
      cache.remember(view, ports.clock.now(), startedAt);
      return view;
    } catch (error) {
      return {
        ...view,
        kind: 'error',
        message: `Could not read this tab's cookies: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }

  return {
    collectTabJar,
    build,
  };
}
