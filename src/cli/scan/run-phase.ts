import type { Page } from 'playwright-core';
import { auditSite } from '../../core/audit';
import type { ConsentInputs, CookieTimes, SentCookie } from '../../core/consent/inputs';
import type { ConsentRecord } from '../../core/consent/types';
import { cookieKey } from '../../core/cookie-key';
import type { OverrideSet } from '../../core/overrides/overrides';
import { cookieHost, hostOfUrl, isWithin, siteOf } from '../../core/party';
import { exportUrl } from '../../core/report/export-url';
import { siteReport } from '../../core/report/json';
import { parseSetCookie } from '../../core/set-cookie-parse';
import {
  blockedAttempts,
  indexTraffic,
  newTabRecord,
  noteCookieChange,
  noteHost,
  noteSent,
  noteSetCookie,
  observationsFor,
} from '../../core/tab-record';
import type { BlockedAttempt, Cookie, Observation } from '../../core/types';
import { attachAutoconsent } from './autoconsent-bridge';
import { type CdpCookie, cookieFromCdp } from './cookie-from-cdp';
import { type LaunchSettings, launchFresh } from './launch';
import { SCRIPT_COOKIE_BINDING, SCRIPT_COOKIE_RECORDER, type ScriptCookieWrite } from './script-cookie-recorder';
import type { BannerResult, CookieOrigin, Phase, PhaseResult } from './types';

export interface PhaseInput {
  url: string;
  phase: Phase;
  pages: number;
  waitMs: number;
  includeValues: boolean;
  version: string;
  launch: LaunchSettings;
  /** The user's category corrections (--overrides), applied before the catalogue as in the extension. */
  overrides?: OverrideSet;
}

export interface PhaseRun {
  result: PhaseResult;
  /** "Chrome/156.0..." from CDP Browser.getVersion, when the browser started. */
  browserVersion: string | null;
}

const NAV_TIMEOUT_MS = 30_000;
/** autoconsent's detection retries (6 × 500 ms) plus time for its clicks and waits (OneTrust's opt-out waits ~2.5 s). */
const BANNER_TIMEOUT_MS = 10_000;

const NO_BANNER: BannerResult = {
  action: null,
  platform: null,
  popupFound: false,
  succeeded: null,
  selfTest: null,
  detail: 'banner left alone',
};

/** One site in one phase: fresh browser, load, (answer the banner, reload, follow links), collect, audit. */
export async function runPhase(input: PhaseInput): Promise<PhaseRun> {
  const started = Date.now();
  const result: PhaseResult = {
    phase: input.phase,
    status: 'ok',
    error: null,
    startedAt: new Date(started).toISOString(),
    durationMs: 0,
    pagesVisited: [],
    banner: NO_BANNER,
    consent: [],
    audit: null,
    origins: {},
    chromeBlocked: [],
    findings: [],
  };
  let browserVersion: string | null = null;
  let browser: Awaited<ReturnType<typeof launchFresh>> | null = null;
  try {
    browser = await launchFresh(input.launch);
    const { context } = browser;
    const rec = newTabRecord(input.url, started);
    let navStart = started;
    const pending: Promise<unknown>[] = [];
    const responseOrigins: { name: string; target: string; at: number; origin: CookieOrigin }[] = [];
    // What the core's consent rules read (src/core/consent/inputs.ts), as the extension's worker hands it over.
    const sent: SentCookie[] = [];
    const scriptUrls: string[] = [];
    const scriptWrites: (ScriptCookieWrite & { atMs: number })[] = [];
    // What the phase keeps of a URL: with values off, no query or fragment (they carry reset tokens, OAuth codes,
    // session ids), the same cut the core's siteReport makes to the page URL. Matching runs on the full URLs first.
    const kept = (url: string) => exportUrl(url, input.includeValues);
    // Full URLs of the pages loaded, for the link walk's "already seen"; result.pagesVisited gets the kept form.
    const visited: string[] = [];

    context.on('request', (req) => {
      // Times are ms after the top-level navigation that loaded the page they happened on.
      if (req.isNavigationRequest() && req.frame().parentFrame() === null) navStart = Date.now();
      const host = hostOfUrl(req.url());
      noteHost(rec, host);
      if (req.resourceType() === 'script') scriptUrls.push(req.url());
      const at = Date.now();
      pending.push(
        req
          .headerValue('cookie')
          .then((header) => {
            if (!header) return;
            const names = cookieNames(header);
            noteSent(rec, host, names, at);
            for (const name of names) sent.push({ name, host, at });
          })
          .catch(() => undefined),
      );
    });
    context.on('response', (resp) => {
      const at = Date.now();
      pending.push(
        resp
          .headersArray()
          .then((headers) => {
            for (const h of headers) {
              if (h.name.toLowerCase() !== 'set-cookie') continue;
              // One header entry may carry several lines joined by "\n" (Playwright's raw headers).
              for (const line of h.value.split('\n')) {
                const attempt = parseSetCookie(line, at);
                if (!attempt) continue;
                noteSetCookie(rec, resp.url(), attempt, at);
                const target = attempt.domain || hostOfUrl(resp.url());
                responseOrigins.push({
                  name: attempt.name,
                  target,
                  at,
                  origin: { kind: 'response', url: kept(resp.url()), atMs: at - navStart },
                });
              }
            }
          })
          .catch(() => undefined),
      );
    });
    await context.exposeBinding(SCRIPT_COOKIE_BINDING, (_source, write: ScriptCookieWrite) => {
      scriptWrites.push({ ...write, atMs: Math.round(write.sinceNavigation) });
    });
    await context.addInitScript({ content: SCRIPT_COOKIE_RECORDER });
    const autoconsent =
      input.phase === 'none' ? null : await attachAutoconsent(context, input.phase === 'reject' ? 'optOut' : 'optIn');

    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    const requestUrls = new Map<string, string>();
    // Extra info can arrive before the request it belongs to: URLs are looked up once the phase is over.
    const blockedRaw: { requestId: string; name: string; reasons: string[] }[] = [];
    cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => {
      requestUrls.set(e.requestId, e.request.url);
    });
    cdp.on(
      'Network.responseReceivedExtraInfo',
      (e: { requestId: string; blockedCookies: { blockedReasons: string[]; cookieLine: string }[] }) => {
        for (const b of e.blockedCookies ?? []) {
          const name = b.cookieLine.slice(0, Math.max(0, b.cookieLine.indexOf('='))).trim();
          blockedRaw.push({ requestId: e.requestId, name, reasons: b.blockedReasons });
        }
      },
    );
    await cdp.send('Network.enable');
    const version = (await cdp.send('Browser.getVersion').catch(() => null)) as { product?: string } | null;
    browserVersion = version?.product ?? null;

    const visit = async (url: string) => {
      await page.goto(url, { waitUntil: 'load', timeout: NAV_TIMEOUT_MS });
      visited.push(page.url());
      result.pagesVisited.push(kept(page.url()));
      await page.waitForTimeout(input.waitMs);
    };

    await visit(input.url);
    const landed = page.url();
    rec.url = landed;
    rec.site = siteOf(hostOfUrl(landed));

    if (autoconsent) {
      result.banner = await autoconsent.result(BANNER_TIMEOUT_MS);
      autoconsent.stop();
      // The answer is in: load the page again and walk the site as a visitor who answered would.
      await visit(landed);
      for (const link of await sameSiteLinks(page, rec.site, input.pages, visited)) {
        await visit(link).catch(() => undefined);
      }
    }

    await Promise.allSettled(pending);
    // Full URLs here: withChromeReasons matches them against the tab record's; the result keeps the cut form.
    const chromeBlocked = blockedRaw.map((b) => ({
      name: b.name,
      url: requestUrls.get(b.requestId) ?? '',
      reasons: b.reasons,
    }));
    result.chromeBlocked = chromeBlocked.map((b) => ({ ...b, url: kept(b.url) }));
    const { cookies: raw } = (await cdp.send('Storage.getCookies')) as { cookies: CdpCookie[] };
    const jar = raw.map(cookieFromCdp);

    const origins = new Map<string, CookieOrigin>();
    const times = new Map<string, CookieTimes>();
    const written = (c: Cookie, at: number) => {
      const key = cookieKey(c);
      const t = times.get(key);
      times.set(
        key,
        t
          ? { firstSeen: Math.min(t.firstSeen, at), lastWritten: Math.max(t.lastWritten, at) }
          : { firstSeen: at, lastWritten: at },
      );
    };
    for (const c of jar) {
      const host = cookieHost(c.domain);
      const fromResponse = responseOrigins.find(
        (o) => o.name === c.name && o.target.replace(/^\./, '') === host && o.origin.atMs >= -60_000,
      );
      if (fromResponse) origins.set(cookieKey(c), fromResponse.origin);
      for (const o of responseOrigins) if (o.name === c.name && o.target.replace(/^\./, '') === host) written(c, o.at);
    }
    for (const w of scriptWrites) {
      const attempt = parseSetCookie(w.line, w.at);
      if (!attempt) continue;
      const target = attempt.domain || hostOfUrl(w.pageUrl);
      for (const c of jar) {
        if (c.name !== attempt.name || cookieHost(c.domain) !== target) continue;
        noteCookieChange(rec, c);
        written(c, w.at);
        const key = cookieKey(c);
        // The script URL falls back to location.href for inline scripts: the page's query and fragment with it.
        if (!origins.has(key)) origins.set(key, { kind: 'script', url: kept(w.scriptUrl), atMs: w.atMs });
      }
    }

    const { cookies, observations } = cookiesOfTab(rec, jar);
    const blocked = withChromeReasons(blockedAttempts(rec, jar), chromeBlocked);
    const consent: ConsentInputs = { sent, scriptUrls, cookieTimes: times };
    const audit = auditSite(cookies, { pageUrl: landed, blocked, observations, consent, overrides: input.overrides });
    result.audit = siteReport(audit, { includeValues: input.includeValues, extensionVersion: input.version });
    for (const c of audit.cookies) {
      const origin = origins.get(c.id);
      if (origin) result.origins[c.id] = origin;
    }
    // The consent platform's own record, decoded by the core (src/core/consent), in words.
    result.consent = (audit.consent?.records ?? [])
      .map((r) => ({ cookie: r.cookieName, state: recordText(r) }))
      .sort((a, b) => a.cookie.localeCompare(b.cookie));
  } catch (e) {
    result.status = 'error';
    result.error = loadError(e);
  } finally {
    await browser?.close();
    result.durationMs = Date.now() - started;
  }
  return { result, browserVersion };
}

/**
 * The same choice the extension's worker makes for a tab (src/worker/tab-view.ts collectTabJar): the page's own
 * site, cookies partitioned under it, and third-party cookies its traffic touched. The profile is fresh, so the
 * whole jar came from this phase; the filter keeps parity with what the popup would list.
 */
function cookiesOfTab(
  rec: ReturnType<typeof newTabRecord>,
  jar: readonly Cookie[],
): { cookies: Cookie[]; observations: Map<string, Observation[]> } {
  const cookies: Cookie[] = [];
  const observations = new Map<string, Observation[]>();
  const traffic = indexTraffic(rec);
  for (const c of jar) {
    const partitionedHere =
      c.partitionKey?.topLevelSite !== undefined && siteOf(hostOfUrl(c.partitionKey.topLevelSite)) === rec.site;
    if (c.partitionKey?.topLevelSite !== undefined && !partitionedHere) continue;
    const firstParty = isWithin(cookieHost(c.domain), rec.site);
    const obs = observationsFor(rec, c, traffic);
    if (!firstParty && !partitionedHere && !obs.some((o) => o !== 'jar')) continue;
    cookies.push(c);
    observations.set(cookieKey(c), obs.length > 0 ? obs : ['jar']);
  }
  return { cookies, observations };
}

/** Chrome's own words for a refusal beat our inference from the attributes. */
function withChromeReasons(
  blocked: BlockedAttempt[],
  chrome: readonly { name: string; url: string; reasons: string[] }[],
): BlockedAttempt[] {
  return blocked.map((b) => {
    const match = chrome.find((c) => c.name === b.name && c.url === b.url);
    return match ? { ...b, reason: `Chrome: ${match.reasons.join(', ')}` } : b;
  });
}

async function sameSiteLinks(page: Page, site: string, max: number, seen: readonly string[]): Promise<string[]> {
  if (max === 0) return [];
  const hrefs = await page
    .$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href))
    .catch(() => [] as string[]);
  const out: string[] = [];
  const visited = new Set(seen.map(withoutHash));
  for (const href of hrefs) {
    const url = withoutHash(href);
    if (!/^https?:/.test(url) || visited.has(url) || siteOf(hostOfUrl(url)) !== site) continue;
    visited.add(url);
    out.push(url);
    if (out.length >= max) break;
  }
  return out;
}

function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}

function cookieNames(header: string): string[] {
  return header
    .split(';')
    .map((p) => p.slice(0, Math.max(0, p.indexOf('='))).trim())
    .filter((n) => n !== '');
}

/** "OneTrust: analytics refused, marketing refused" — or the core's note for a record it cannot read. */
function recordText(r: ConsentRecord): string {
  if (!r.understood) return r.note;
  const choices = Object.entries(r.choices).map(([category, choice]) => `${category} ${choice}`);
  const what = r.answered ? choices.join(', ') || 'answered' : 'not answered (defaults only)';
  return `${r.platform}: ${what}`;
}

function loadError(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  // Playwright appends a call log after the first line; the first line says what happened (net::ERR_...).
  return text.split('\n')[0]?.slice(0, 500) ?? 'unknown error';
}
