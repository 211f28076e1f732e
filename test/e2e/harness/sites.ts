/**
 * The fixture sites, served on loopback under several hostnames (mapped to 127.0.0.1 by --host-resolver-rules).
 *
 * - www.site-a.test: a modern AI/SaaS app (the first party) with the cookie inventory such apps publish, embedding
 *   tracker-b.test (image pixel + script) and widget-c.test (iframe with a partitioned cookie).
 * - other-d.test: an unrelated second site; /embeds-tracker embeds tracker-b.test's pixel too.
 * - app.risky-e.test: a deliberately risky session cookie (http) and a well-configured one (https).
 */

import { CONSENT_SITES } from './consent-sites';
import { STATE_SITES } from './state-sites';

export interface RouteContext {
  httpsPort: number;
  httpPort: number;
  query: URLSearchParams;
}

export interface SiteRoute {
  type: string;
  body: string | Buffer | ((ctx: RouteContext) => string);
  setCookies?: string[] | ((query: URLSearchParams) => string[]);
}

const YEAR = 31_536_000;
// 1x1 transparent GIF.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** Deterministic ids so screenshots and assertions are stable. */
const UUID = '3f2a9c4e-7b1d-4e8a-9c2f-5d6e7f8a9b0c';
const RANDOM = 'Zk9hY3RpdmVTZXNzaW9uS2V5VmFsdWVGb3JUZXN0aW5nT25seQ';

const BASE_DOMAIN_A = 'site-a.test';

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;
}

export const FIRST_PARTY_SERVER_COOKIES = [
  `sessionKey=sk-ant-sid01-${RANDOM}${RANDOM}; Path=/; Max-Age=2592000; HttpOnly; Secure; SameSite=Lax`,
  `activitySessionId=${UUID}; Path=/; Max-Age=43200; Secure; SameSite=Lax`,
  `lastActiveOrg=${UUID}; Path=/; Max-Age=${YEAR}; Secure; SameSite=Lax`,
  `CH-prefers-color-scheme=dark; Path=/; Max-Age=${YEAR}; Secure; SameSite=Lax`,
  `anthropic-consent-preferences=%7B%22analytics%22%3Atrue%2C%22marketing%22%3Atrue%7D; Path=/; Max-Age=${YEAR}; Secure; SameSite=Lax`,
  `__ssid=a1b2c3d4e5f60718293a4b5c6d7e8f90; Path=/; Max-Age=${YEAR}; Secure; SameSite=Lax`,
  `__cf_bm=${RANDOM}.1700000000-1.0.1.1-abcdef; Path=/; Max-Age=1800; Domain=${BASE_DOMAIN_A}; HttpOnly; Secure; SameSite=None`,
  `cf_clearance=${RANDOM}-1700000000-1.2.1.1-xyz; Path=/; Max-Age=${YEAR}; Domain=${BASE_DOMAIN_A}; HttpOnly; Secure; SameSite=None`,
  `guest_id=v1%3A170000000000000000; Path=/; Max-Age=34128000; Domain=${BASE_DOMAIN_A}; Secure; SameSite=None`,
];

/** Names of the cookies page script writes on www.site-a.test (inline script + tracker-b's script). */
export const FIRST_PARTY_SCRIPT_COOKIES = [
  '__stripe_mid',
  'intercom-session-abc123',
  'intercom-device-id-abc123',
  'ajs_anonymous_id',
  '_rdt_uuid',
  '_ttclid',
  '_fbp',
  '_fbc',
];

const INLINE_SCRIPT = `
const y = 60 * 60 * 24 * 365;
const set = (n, v, age, extra = '') => { document.cookie = n + '=' + v + '; path=/; max-age=' + age + '; SameSite=Lax' + extra; };
set('__stripe_mid', '${UUID}a1b2c3', y, '; Secure');
set('intercom-session-abc123', 'dGVzdC1pbnRlcmNvbS1zZXNzaW9u', 7 * 24 * 3600);
set('intercom-device-id-abc123', '${UUID}', 270 * 24 * 3600);
set('ajs_anonymous_id', '${UUID}', y);
set('_rdt_uuid', '1700000000000.${UUID}', 90 * 24 * 3600, '; Secure');
set('_ttclid', 'E.C.P.${RANDOM}', 30 * 24 * 3600);
document.documentElement.dataset.cookiesSet = 'yes';
`;

const TRACKER_SCRIPT = `
(() => {
  const now = Date.now();
  document.cookie = '_fbp=fb.1.' + now + '.1234567890; path=/; max-age=7776000; SameSite=Lax';
  document.cookie = '_fbc=fb.1.' + now + '.IwAR0${RANDOM}; path=/; max-age=7776000; SameSite=Lax';
  document.documentElement.dataset.trackerRan = 'yes';
})();
`;

export const SITES: Record<string, Record<string, SiteRoute>> = {
  ...CONSENT_SITES,
  'www.site-a.test': {
    '/': {
      type: 'text/html; charset=utf-8',
      setCookies: FIRST_PARTY_SERVER_COOKIES,
      body: ({ httpsPort }) =>
        page(
          'Site A — a modern app',
          `<p>First-party app with embedded third parties.</p>
<img alt="" width="1" height="1" src="https://tracker-b.test:${httpsPort}/pixel.gif">
<script src="https://tracker-b.test:${httpsPort}/t.js"></script>
<iframe title="widget" width="300" height="80" src="https://widget-c.test:${httpsPort}/embed"></iframe>
<script>${INLINE_SCRIPT}</script>`,
        ),
    },
    '/next': {
      type: 'text/html; charset=utf-8',
      body: page('Site A — another page', '<p>No embeds here.</p>'),
    },
    '/hostile': {
      type: 'text/html; charset=utf-8',
      setCookies: [
        '<script>alert(1)</script>=1; Path=/; Secure; SameSite=Lax',
        `huge_value=${'A'.repeat(3900)}; Path=/; Secure; SameSite=Lax`,
      ],
      body: page(
        'Site A — hostile cookies',
        `<script>document.cookie = '<img src' + '=x onerror=alert(1)>; path=/; SameSite=Lax'; document.documentElement.dataset.cookiesSet='yes';</script>`,
      ),
    },
  },
  'tracker-b.test': {
    '/pixel.gif': {
      type: 'image/gif',
      body: PIXEL.toString('latin1'),
      setCookies: [`tb_uid=${UUID}; Path=/; Max-Age=34560000; Secure; SameSite=None`],
    },
    '/t.js': {
      type: 'text/javascript',
      body: TRACKER_SCRIPT,
      setCookies: [`tb_sync=1700000000; Path=/; Max-Age=${YEAR}; Secure; SameSite=None`],
    },
  },
  'widget-c.test': {
    '/embed': {
      type: 'text/html; charset=utf-8',
      setCookies: [
        `wc_session=${RANDOM}; Path=/; Secure; HttpOnly; SameSite=None; Partitioned`,
        'wc_pref=blue; Path=/; Max-Age=86400; Secure; SameSite=None',
      ],
      body: page('Widget C', '<p>Embedded chat widget.</p>'),
    },
  },
  'other-d.test': {
    '/': {
      type: 'text/html; charset=utf-8',
      setCookies: [`od_session=${RANDOM}; Path=/; HttpOnly; Secure; SameSite=Lax`],
      body: page('Site D — unrelated', '<p>Nothing embedded.</p>'),
    },
    // A second site embedding tracker-b's pixel: under first-party isolation each site gets its own tb_uid.
    '/embeds-tracker': {
      type: 'text/html; charset=utf-8',
      setCookies: [`od_session=${RANDOM}; Path=/; HttpOnly; Secure; SameSite=Lax`],
      body: ({ httpsPort }) =>
        page(
          'Site D — with a tracker',
          `<img alt="" width="1" height="1" src="https://tracker-b.test:${httpsPort}/pixel.gif" onload="this.onerror()" onerror="document.documentElement.dataset.pixelAnswered='yes'">`,
        ),
    },
  },
  'app.risky-e.test': {
    '/': {
      type: 'text/html; charset=utf-8',
      // Deliberately risky: readable by scripts, sent in clear text, a year long, shared with every subdomain.
      setCookies: [`session_id=${RANDOM}0123456789; Path=/; Max-Age=${YEAR}; Domain=risky-e.test`],
      body: page('Risky E (http)', '<p>Plain-http login.</p>'),
    },
    '/secure': {
      type: 'text/html; charset=utf-8',
      setCookies: [
        // SameSite=None on a session token: sent with every cross-site request (Chrome needs Secure for None).
        `auth_token=eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIxMjMiLCJleHAiOjQxMDI0NDQ4MDB9.; Path=/; Max-Age=${YEAR}; Domain=risky-e.test; Secure; SameSite=None`,
        // Done right: __Host- prefix, HttpOnly, Secure, Lax, host-only, a day.
        `__Host-sid=${RANDOM}; Path=/; Max-Age=86400; Secure; HttpOnly; SameSite=Lax`,
      ],
      body: page('Risky E (https)', '<p>Secure login.</p>'),
    },
  },
  // The timeline's fixture (issue 15): a response sets `basket_pref` (its Max-Age from ?age=, so a revisit can change
  // the expiry), "Accept" fetches a response that sets `consent`, "Reject" one that deletes it (Max-Age=0).
  'shop-f.test': {
    '/': {
      type: 'text/html; charset=utf-8',
      setCookies: (q) => [`basket_pref=eur; Path=/; Max-Age=${Number(q.get('age') ?? 86400)}; Secure; SameSite=Lax`],
      body: page(
        'Shop F — consent',
        `<button id="accept" onclick="fetch('/api/accept').then(() => document.body.dataset.done = 'accept')">Accept</button>
<button id="reject" onclick="fetch('/api/reject').then(() => document.body.dataset.done = 'reject')">Reject</button>`,
      ),
    },
    '/api/accept': {
      type: 'application/json',
      setCookies: [`consent=all; Path=/; Max-Age=${YEAR}; Secure; SameSite=Lax`],
      body: '{"ok":true}',
    },
    '/api/reject': {
      type: 'application/json',
      setCookies: ['consent=; Path=/; Max-Age=0; Secure; SameSite=Lax'],
      body: '{"ok":true}',
    },
  },
};

// defineProperty, not assignment: assigning a key named __proto__ would replace the object's prototype.
for (const [host, routes] of Object.entries(STATE_SITES)) {
  Object.defineProperty(SITES, host, { value: routes, enumerable: true, writable: true, configurable: true });
}

/** Hosts the certificate must cover (a DNS name has no underscore: __proto__ is served over plain http only). */
export const TEST_HOSTS = Object.keys(SITES).filter((h) => !h.includes('_'));
