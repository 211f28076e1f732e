import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { makeCertificate } from './cert';
import { SITES } from './sites';

/**
 * Fixture sites for `cookie-auditor scan`, on loopback under several hostnames (Chromium maps them to 127.0.0.1
 * with --host-resolver-rules). Their banners copy the markup and globals of two real consent platforms closely
 * enough that @duckduckgo/autoconsent's own rules recognise and operate them:
 *
 * - www.fair-shop.test: OneTrust-shaped (#onetrust-banner-sdk, #onetrust-reject-all-handler,
 *   #onetrust-accept-btn-handler; OptanonConsent "groups=C0001:1,C0002:0,…"; window.OnetrustActiveGroups, which
 *   autoconsent's self-test reads). Analytics and marketing load only after "accept all": compliant.
 * - www.leaky-news.test: Cookiebot-shaped (window.Cookiebot with dialog.visible/hasResponse/withdraw/hide,
 *   #CybotCookiebotDialog, the "decline all" button id; CookieConsent cookie). The Meta pixel runs whatever the
 *   answer: `_fbp` before consent and after "reject all".
 * - www.plain-blog.test: no banner at all, one necessary cookie.
 * Each has an /about page linked from the home page, for --pages. The extension's own fixture sites (sites.ts)
 * are served too, for the parity test.
 */

export interface ScanRoute {
  type: string;
  body: string | ((ctx: { httpsPort: number; query: URLSearchParams; cookie: string }) => string);
  setCookies?: string[];
}

const DAY = 86_400;
const YEAR = 365 * DAY;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}<p><a href="/about">About us</a></p></body></html>`;
}

/** A first-party analytics script that writes `_ga` the way gtag.js does (a document.cookie on the site's domain). */
const ANALYTICS_JS = `document.cookie = '_ga=GA1.1.1234567890.1700000000; path=/; max-age=${YEAR}; SameSite=Lax; Secure';`;
/** The Meta pixel's first-party cookie, as fbevents.js writes it. */
const PIXEL_JS = `document.cookie = '_fbp=fb.1.1700000000000.1234567890; path=/; max-age=${90 * DAY}; SameSite=Lax; Secure';`;

const ONETRUST_BANNER = `
<div id="onetrust-consent-sdk">
  <div id="onetrust-banner-sdk" role="dialog" aria-label="Cookie banner" style="position:fixed;bottom:0;left:0;right:0;padding:16px;background:#eee">
    <p id="onetrust-policy-text">We use cookies to measure and personalise.</p>
    <button id="onetrust-pc-btn-handler">Cookie settings</button>
    <button id="onetrust-reject-all-handler">Reject all</button>
    <button id="onetrust-accept-btn-handler">Accept all cookies</button>
  </div>
</div>
<script>
(() => {
  const read = (n) => document.cookie.split('; ').find((c) => c.startsWith(n + '='))?.slice(n.length + 1);
  const load = (src) => { const s = document.createElement('script'); s.src = src; document.head.appendChild(s); };
  const apply = () => {
    const groups = (new URLSearchParams(read('OptanonConsent') || '').get('groups') || 'C0001:1').split(',');
    window.OnetrustActiveGroups = ',' + groups.filter((g) => g.endsWith(':1')).map((g) => g.split(':')[0]).join(',') + ',';
    if (groups.includes('C0002:1')) load('/analytics.js');
    if (groups.includes('C0004:1')) load('/pixel.js');
  };
  const answer = (all) => {
    const groups = ['C0001:1', 'C0002:' + all, 'C0003:' + all, 'C0004:' + all].join(',');
    const y = ${YEAR};
    // OneTrust's own layout: a query string whose values are percent-encoded, the groups among them.
    const record = 'isGpcEnabled=0&datestamp=' + encodeURIComponent(new Date().toString()) + '&version=202411.1.0&interactionCount=1&landingPath=NotLandingPage&groups=' + encodeURIComponent(groups) + '&AwaitingReconsent=false';
    document.cookie = 'OptanonConsent=' + record + '; path=/; max-age=' + y + '; SameSite=Lax; Secure';
    document.cookie = 'OptanonAlertBoxClosed=' + new Date().toISOString() + '; path=/; max-age=' + y + '; SameSite=Lax; Secure';
    document.getElementById('onetrust-banner-sdk').style.display = 'none';
    apply();
  };
  if (read('OptanonAlertBoxClosed')) document.getElementById('onetrust-banner-sdk').style.display = 'none';
  document.getElementById('onetrust-reject-all-handler').addEventListener('click', () => answer(0));
  document.getElementById('onetrust-accept-btn-handler').addEventListener('click', () => answer(1));
  apply();
})();
</script>`;

const COOKIEBOT_BANNER = `
<div id="CybotCookiebotDialog" role="dialog" style="position:fixed;bottom:0;left:0;right:0;padding:16px;background:#eef">
  <p>This website uses cookies.</p>
  <button id="CybotCookiebotDialogBodyLevelButtonLevelOptinDeclineAll">Deny</button>
  <button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button>
  <button id="CybotCookiebotDialogBodyButtonAccept">OK</button>
</div>
<script>
(() => {
  const dialog = document.getElementById('CybotCookiebotDialog');
  const stored = document.cookie.split('; ').find((c) => c.startsWith('CookieConsent='));
  const save = (yes) => {
    const v = "{stamp:'Qm9ndXNTdGFtcEZvclRlc3Rz',necessary:true,preferences:" + yes + ",statistics:" + yes + ",marketing:" + yes + ",method:'explicit',ver:1,utc:" + Date.now() + ",region:'fr'}";
    document.cookie = 'CookieConsent=' + encodeURIComponent(v) + '; path=/; max-age=${YEAR}; SameSite=Lax; Secure';
    window.Cookiebot.hasResponse = true;
    window.Cookiebot.declined = !yes;
    window.Cookiebot.consented = yes;
    window.Cookiebot.hide();
  };
  window.Cookiebot = {
    hasResponse: Boolean(stored),
    declined: Boolean(stored && stored.includes('marketing%3Afalse')),
    consented: Boolean(stored && stored.includes('marketing%3Atrue')),
    dialog: { visible: !stored },
    withdraw() { save(false); },
    hide() { dialog.style.display = 'none'; window.Cookiebot.dialog.visible = false; },
  };
  if (stored) window.Cookiebot.hide();
  document.getElementById('CybotCookiebotDialogBodyLevelButtonLevelOptinDeclineAll').addEventListener('click', () => save(false));
  document.getElementById('CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll').addEventListener('click', () => save(true));
  document.getElementById('CybotCookiebotDialogBodyButtonAccept').addEventListener('click', () => save(true));
})();
</script>`;

const NECESSARY = `__Host-sid=Zk9hY3RpdmVTZXNzaW9u; Path=/; Max-Age=${DAY}; Secure; HttpOnly; SameSite=Lax`;

export const SCAN_SITES: Record<string, Record<string, ScanRoute>> = {
  'www.fair-shop.test': {
    '/': { type: 'text/html; charset=utf-8', setCookies: [NECESSARY], body: page('Fair shop', ONETRUST_BANNER) },
    '/about': { type: 'text/html; charset=utf-8', body: page('Fair shop — about', ONETRUST_BANNER) },
    '/analytics.js': { type: 'text/javascript', body: ANALYTICS_JS },
    '/pixel.js': { type: 'text/javascript', body: PIXEL_JS },
  },
  'www.leaky-news.test': {
    '/': {
      type: 'text/html; charset=utf-8',
      setCookies: [NECESSARY],
      // The pixel is loaded unconditionally: that is the bug the scan must catch.
      body: page('Leaky news', `${COOKIEBOT_BANNER}<script src="/pixel.js"></script>`),
    },
    '/about': { type: 'text/html; charset=utf-8', body: page('Leaky news — about', COOKIEBOT_BANNER) },
    '/pixel.js': { type: 'text/javascript', body: PIXEL_JS },
  },
  'www.plain-blog.test': {
    '/': { type: 'text/html; charset=utf-8', setCookies: [NECESSARY], body: page('Plain blog', '<p>No banner.</p>') },
    '/about': { type: 'text/html; charset=utf-8', body: page('Plain blog — about', '<p>Still none.</p>') },
  },
};

export interface RunningScanSites {
  port: number;
  url(host: string, path?: string): string;
  /** Replaces or adds a route while running (the baseline test adds a cookie between two scans). */
  route(host: string, path: string, route: ScanRoute): void;
  close(): Promise<void>;
}

/** Serves SCAN_SITES and the extension's fixture SITES over HTTPS on one loopback port. */
export async function startScanSites(): Promise<RunningScanSites> {
  const routes: Record<string, Record<string, ScanRoute>> = structuredClone(SCAN_SITES);
  const hosts = [...new Set([...Object.keys(SCAN_SITES), ...Object.keys(SITES)])];
  const { key, cert } = makeCertificate(hosts);
  let port = 0;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `https://${host}`);
    const own = routes[host]?.[url.pathname];
    const extension = SITES[host]?.[url.pathname];
    if (!own && !extension) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const headers: Record<string, string | string[]> = { 'cache-control': 'no-store' };
    let body: string | Buffer;
    let cookies: string[] | undefined;
    if (own) {
      headers['content-type'] = own.type;
      body =
        typeof own.body === 'function'
          ? own.body({ httpsPort: port, query: url.searchParams, cookie: req.headers.cookie ?? '' })
          : own.body;
      cookies = own.setCookies;
    } else if (extension) {
      headers['content-type'] = extension.type;
      body =
        typeof extension.body === 'function'
          ? extension.body({ httpsPort: port, httpPort: 0, query: url.searchParams })
          : extension.body;
      cookies =
        typeof extension.setCookies === 'function' ? extension.setCookies(url.searchParams) : extension.setCookies;
      if (extension.type === 'image/gif' && typeof body === 'string') body = Buffer.from(body, 'latin1');
    } else return;
    if (cookies && cookies.length > 0) headers['set-cookie'] = cookies;
    res.writeHead(200, headers);
    res.end(body);
  };
  const server = createHttpsServer({ key, cert }, handle);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (host, path = '/') => `https://${host}:${port}${path}`,
    route(host, path, route) {
      routes[host] ??= {};
      (routes[host] as Record<string, ScanRoute>)[path] = route;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

/** A port nothing listens on, for "a site that does not load". */
export async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}
