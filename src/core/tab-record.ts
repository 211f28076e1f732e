import { type CookieIdentity, cookieKey, parseCookieKey } from './cookie-key';
import { domainMatches } from './cookie-match';
import { cookieHost, hostOfUrl, isWithin, siteOf } from './party';
import type { SetCookieAttempt } from './set-cookie-parse';
import { storedBytes } from './stored-bytes';
import type { BlockedAttempt, Cookie, Observation, Party } from './types';
import { urlWithoutQuery } from './url-without-query';

export const TAB_RECORD_VERSION = 2;

/**
 * Limits that keep a long-lived tab (a web app open all day) from growing without bound: counts per list, sizes per
 * entry (a hostile site may send 8 KB Set-Cookie lines), and the record's bytes in storage.session (see TAB_BUDGET).
 */
export const TAB_LIMITS = Object.freeze({
  hosts: 500,
  sent: 2000,
  setAttempts: 1000,
  scriptSets: 1000,
  blocked: 200,
  scripts: 200,
  nameChars: 256,
  hostChars: 253,
  pathChars: 256,
  attributeChars: 512,
  urlChars: 512,
} as const);

/** What one tab's current page has talked to and which cookies travelled. Keyed in storage by the tab id as text. */
export interface TabRecord {
  v: typeof TAB_RECORD_VERSION;
  url: string;
  site: string;
  incognito: boolean;
  /** ms since the epoch when the top-level navigation started. */
  startedAt: number;
  /** webRequest id of the document request that started this page; redirects keep it. */
  navRequestId?: string;
  /** Hosts any frame of the page requested, including the page's own. */
  hosts: string[];
  /** "host|name" pairs: cookies the browser sent in a Cookie request header. */
  sent: string[];
  /**
   * ms since the epoch of the latest send of `sent[i]`, index for index: the consent audit asks whether a cookie
   * still travelled after the visitor refused it on this same page. Absent in records kept before it was (those
   * count their sends at `startedAt`).
   */
  sentAt?: number[];
  /** Set-Cookie headers seen in responses to the tab, value left out. */
  setAttempts: (SetCookieAttempt & { host: string; url: string; at: number })[];
  /** Keys of cookies that changed while the tab's page was open and matched its traffic. */
  scriptSets: string[];
  /** Entries dropped to stay within the limits: the popup says "N older entries not kept". */
  dropped: number;
  /** Script URLs (no query) the page loaded, for naming a consent banner when no record is found. */
  scripts?: string[];
  /**
   * The browser's Global Privacy Control as the page's requests showed it: true once a request carried `Sec-GPC: 1`,
   * false when the page's document request went without it, absent when no document request was seen.
   */
  gpc?: boolean;
}

export function newTabRecord(url: string, now: number, incognito = false): TabRecord {
  const host = hostOfUrl(url);
  return {
    v: TAB_RECORD_VERSION,
    url: urlWithoutQuery(url, TAB_LIMITS.urlChars),
    site: host ? siteOf(host) : '',
    incognito,
    startedAt: now,
    hosts: host ? [host.slice(0, TAB_LIMITS.hostChars)] : [],
    sent: [],
    setAttempts: [],
    scriptSets: [],
    dropped: 0,
  };
}

function addCapped(rec: TabRecord, list: string[], value: string, cap: number): void {
  if (list.includes(value)) return;
  list.push(value);
  if (list.length > cap) {
    list.shift();
    rec.dropped += 1;
  }
}

export function noteHost(rec: TabRecord, host: string): void {
  if (host) addCapped(rec, rec.hosts, host.toLowerCase().slice(0, TAB_LIMITS.hostChars), TAB_LIMITS.hosts);
}

export function noteSent(rec: TabRecord, host: string, names: readonly string[], at: number): void {
  noteHost(rec, host);
  const h = host.toLowerCase().slice(0, TAB_LIMITS.hostChars);
  // Times start with this record's first timed send: earlier entries (an older record) were sent at the page's start.
  rec.sentAt ??= rec.sent.map(() => rec.startedAt);
  const times = rec.sentAt;
  for (const n of names) {
    const entry = `${h}|${n.slice(0, TAB_LIMITS.nameChars)}`;
    const i = rec.sent.indexOf(entry);
    if (i >= 0) {
      times[i] = at;
      continue;
    }
    rec.sent.push(entry);
    times.push(at);
    if (rec.sent.length > TAB_LIMITS.sent) {
      rec.sent.shift();
      times.shift();
      rec.dropped += 1;
    }
  }
}

/** Each cookie the tab's requests carried, with when it last travelled. */
export function sentCookies(rec: TabRecord): { host: string; name: string; at: number }[] {
  return rec.sent.map((s, i) => {
    const bar = s.indexOf('|');
    return { host: s.slice(0, bar), name: s.slice(bar + 1), at: rec.sentAt?.[i] ?? rec.startedAt };
  });
}

/**
 * A request of the page, with or without `Sec-GPC: 1`. The document request decides (a browser sends the header on
 * every request when GPC is on); a later request carrying it still counts, for a page whose document request the
 * worker missed.
 */
export function noteGpc(rec: TabRecord, gpc: boolean, documentRequest: boolean): void {
  if (documentRequest) rec.gpc = gpc;
  else if (gpc) rec.gpc = true;
}

export function noteScript(rec: TabRecord, url: string): void {
  rec.scripts ??= [];
  addCapped(rec, rec.scripts, urlWithoutQuery(url, TAB_LIMITS.urlChars), TAB_LIMITS.scripts);
}

export function noteSetCookie(rec: TabRecord, url: string, attempt: SetCookieAttempt, at: number): void {
  const host = hostOfUrl(url).slice(0, TAB_LIMITS.hostChars);
  noteHost(rec, host);
  const kept: TabRecord['setAttempts'][number] = {
    ...attempt,
    name: attempt.name.slice(0, TAB_LIMITS.nameChars),
    domain: attempt.domain.slice(0, TAB_LIMITS.hostChars),
    path: attempt.path.slice(0, TAB_LIMITS.pathChars),
    attributes: attempt.attributes.slice(0, TAB_LIMITS.attributeChars),
    host,
    url: urlWithoutQuery(url, TAB_LIMITS.urlChars),
    at,
  };
  const same = rec.setAttempts.findIndex(
    (a) => a.host === host && a.name === kept.name && a.domain === kept.domain && a.path === kept.path,
  );
  if (same !== -1) rec.setAttempts.splice(same, 1);
  rec.setAttempts.push(kept);
  if (rec.setAttempts.length > TAB_LIMITS.setAttempts) {
    rec.setAttempts.shift();
    rec.dropped += 1;
  }
}

/** A cookie changed in the jar: it belongs to this tab when its domain matches a host the page talked to. */
export function noteCookieChange(rec: TabRecord, cookie: CookieIdentity & Pick<Cookie, 'hostOnly'>): boolean {
  if (!touchesTab(rec, cookie)) return false;
  const c = {
    ...cookie,
    name: cookie.name.slice(0, TAB_LIMITS.nameChars),
    path: cookie.path.slice(0, TAB_LIMITS.pathChars),
  };
  addCapped(rec, rec.scriptSets, cookieKey(c), TAB_LIMITS.scriptSets);
  return true;
}

/**
 * Whether a cookie can appear in this tab's view: first-party to the page, on a host the page talked to, or
 * partitioned under the page's site. A cookie change invalidates the views (and badges) of these tabs only.
 */
export function touchesTab(
  rec: Pick<TabRecord, 'hosts' | 'site'>,
  cookie: Pick<Cookie, 'domain' | 'hostOnly' | 'partitionKey'>,
  cookieSite: string = siteOf(cookieHost(cookie.domain)),
): boolean {
  if (rec.site && cookieSite === rec.site) return true;
  const top = cookie.partitionKey?.topLevelSite;
  if (top && rec.site && siteOf(hostOfUrl(top)) === rec.site) return true;
  return rec.hosts.some((h) => domainMatches(cookie, h));
}

/** Bytes the record may take in storage.session: 50 busy tabs at this size use 7.5 of its 10 MB. */
export const TAB_BUDGET = 150 * 1024;

/**
 * Trims a record to `budget` bytes as stored, dropping the oldest entries of its lists (Set-Cookie lines first: they
 * are the largest) and counting them in `dropped`. Returns the same object when it already fits.
 */
export function fitTabRecord(rec: TabRecord, budget: number, key = ''): TabRecord {
  let bytes = storedBytes(key, rec);
  if (bytes <= budget) return rec;
  const lists: (keyof Pick<TabRecord, 'setAttempts' | 'sent' | 'scriptSets' | 'hosts'>)[] = [
    'setAttempts',
    'sent',
    'scriptSets',
    'hosts',
  ];
  for (const name of lists) {
    const list = rec[name] as unknown[];
    let cut = 0;
    while (bytes > budget && cut < list.length) {
      // +1 for the comma between entries.
      bytes -= storedBytes('', list[cut]) + 1;
      cut += 1;
    }
    if (cut > 0) {
      list.splice(0, cut);
      if (name === 'sent') rec.sentAt?.splice(0, cut);
      rec.dropped += cut;
    }
    if (bytes <= budget) break;
  }
  return rec;
}

/** The effective domain a Set-Cookie targets: its Domain attribute, or the response host for host-only cookies. */
export function attemptDomain(a: { domain: string; host: string }): string {
  return a.domain || a.host;
}

export function attemptMatchesCookie(a: TabRecord['setAttempts'][number], c: Cookie): boolean {
  if (a.name !== c.name) return false;
  const target = attemptDomain(a);
  return cookieHost(c.domain) === target && (a.domain === '' ? c.hostOnly : !c.hostOnly);
}

/** The tab's traffic indexed by cookie name, built once per view instead of scanned once per cookie. */
export interface TrafficIndex {
  /** name -> hosts the cookie was sent to. */
  sent: Map<string, string[]>;
  /** name -> Set-Cookie attempts (deletions left out). */
  set: Map<string, TabRecord['setAttempts']>;
  scriptSets: Set<string>;
}

export function indexTraffic(rec: TabRecord): TrafficIndex {
  const sent = new Map<string, string[]>();
  for (const s of rec.sent) {
    const bar = s.indexOf('|');
    const name = s.slice(bar + 1);
    const hosts = sent.get(name);
    if (hosts) hosts.push(s.slice(0, bar));
    else sent.set(name, [s.slice(0, bar)]);
  }
  const set = new Map<string, TabRecord['setAttempts']>();
  for (const a of rec.setAttempts) {
    if (a.deletes) continue;
    const list = set.get(a.name);
    if (list) list.push(a);
    else set.set(a.name, [a]);
  }
  return { sent, set, scriptSets: new Set(rec.scriptSets) };
}

/**
 * How each jar cookie was seen in the tab. A cookie is part of the tab when it is first-party to the page, was sent
 * in one of the tab's requests, was set by one of its responses, changed while the page was talking to its domain,
 * or is partitioned under the page's site.
 */
export function observationsFor(rec: TabRecord, c: Cookie, index: TrafficIndex = indexTraffic(rec)): Observation[] {
  const obs: Observation[] = [];
  if (c.partitionKey?.topLevelSite) obs.push('partitioned');
  if (index.sent.get(c.name)?.some((host) => domainMatches(c, host))) obs.push('request');
  if (index.set.get(c.name)?.some((a) => attemptMatchesCookie(a, c))) obs.push('response');
  else if (index.scriptSets.has(cookieKey(c))) obs.push('script');
  if (rec.site && isWithin(cookieHost(c.domain), rec.site) && obs.length === 0) obs.push('jar');
  return obs;
}

/**
 * Set-Cookie attempts that never made it into the jar: the browser refused them (third-party cookies blocked,
 * a bad prefix, Secure from an insecure origin...). Deletions (Max-Age=0, past Expires) are not attempts.
 */
export function blockedAttempts(rec: TabRecord, jar: readonly Cookie[]): BlockedAttempt[] {
  const out: BlockedAttempt[] = [];
  const byName = new Map<string, Cookie[]>();
  for (const c of jar) {
    const list = byName.get(c.name);
    if (list) list.push(c);
    else byName.set(c.name, [c]);
  }
  // Cookies the browser did store while the page was open (cookies.onChanged), even if gone since: not refused.
  // Matched without the path: a Set-Cookie without Path gets the request's directory (RFC 6265bis §5.1.4).
  const stored = new Set<string>();
  for (const k of rec.scriptSets) {
    const parsed = parseCookieKey(k);
    if (parsed) stored.add(`${parsed.domain}|${parsed.name}`);
  }
  for (const a of rec.setAttempts) {
    if (a.deletes) continue;
    if (byName.get(a.name)?.some((c) => attemptMatchesCookie(a, c))) continue;
    if (stored.has(`${a.domain ? `.${a.domain}` : a.host}|${a.name}`)) continue;
    const domain = attemptDomain(a);
    const party: Party = rec.site && siteOf(domain) === rec.site ? 'first' : 'third';
    out.push({
      name: a.name.slice(0, 256),
      domain,
      url: a.url,
      attributes: a.attributes.slice(0, 512),
      reason: blockReason(a, party, rec.url),
      party,
      at: a.at,
    });
    if (out.length >= TAB_LIMITS.blocked) break;
  }
  return out;
}

function blockReason(a: TabRecord['setAttempts'][number], party: Party, pageUrl: string): string {
  const httpsPage = pageUrl.startsWith('https:');
  if (a.name.startsWith('__Host-') && (!a.secure || a.domain !== '' || a.path !== '/'))
    return '__Host- prefix rules not met (needs Secure, Path=/ and no Domain)';
  if (a.name.startsWith('__Secure-') && !a.secure) return '__Secure- prefix without the Secure attribute';
  if (a.sameSite === 'no_restriction' && !a.secure) return 'SameSite=None without Secure';
  if (a.domain && !isWithin(a.host, a.domain)) return `Domain=${a.domain} does not cover the responding host ${a.host}`;
  if (party === 'third' && !a.partitioned) return 'third-party cookie blocked by the browser settings';
  if (a.secure && !a.url.startsWith('https:') && !httpsPage) return 'Secure cookie from an insecure origin';
  return 'not stored by the browser';
}

/** The third-party sites the tab talked to, for looking their cookies up in the jar. */
export function contactedSites(rec: TabRecord): string[] {
  const sites = new Set<string>();
  for (const h of rec.hosts) sites.add(siteOf(h));
  for (const a of rec.setAttempts) sites.add(siteOf(attemptDomain(a)));
  sites.delete('');
  return [...sites];
}
