/**
 * A deterministic, realistic cookie jar for benchmarks: the mix of well-known tracker cookies, per-property
 * pattern cookies, framework sessions and site-specific names a long-used Chrome profile holds, spread over
 * first-party sites and third-party ad/analytics domains (~15 % third-party). Seeded, so every run sees the same jar.
 */
import { seeded } from '../scripts/train/random';
import type { Cookie, SameSite } from '../src/core/types';

export interface BenchCookie {
  cookie: Cookie;
  /** The registrable domain of the page the cookie was met on. */
  pageSite: string;
}

const FIRST_PARTY_NAMES = [
  '_ga',
  '_gid',
  '_gat',
  '_gcl_au',
  '_fbp',
  '_fbc',
  'OptanonConsent',
  'OptanonAlertBoxClosed',
  'CookieConsent',
  'PHPSESSID',
  'JSESSIONID',
  'ASP.NET_SessionId',
  'XSRF-TOKEN',
  'laravel_session',
  'csrftoken',
  'sessionid',
  '__cf_bm',
  '_cfuvid',
  'cf_clearance',
  '_hjid',
  '_hjFirstSeen',
  '_hjAbsoluteSessionInProgress',
  '__hstc',
  'hubspotutk',
  '__hssc',
  '__hssrc',
  '_clck',
  '_clsk',
  '_uetsid',
  '_uetvid',
  '_pin_unauth',
  '_ttp',
  '_rdt_uuid',
  '_scid',
  'ajs_anonymous_id',
  'ajs_user_id',
  '__stripe_mid',
  '__stripe_sid',
  '_shopify_y',
  '_shopify_s',
  'cart',
  'secure_customer_sig',
  'localization',
  '_tracking_consent',
  'AWSALB',
  'AWSALBCORS',
  'ARRAffinity',
  '__qca',
  'cto_bundle',
  '_ym_uid',
  '_ym_d',
  's_cc',
  's_sq',
  'euconsent-v2',
  'didomi_token',
  'cookieyes-consent',
  'wp-settings-time-1',
  'woocommerce_items_in_cart',
  'form_key',
  'mage-cache-storage',
  '__utma',
  '__utmz',
];
const PATTERN_NAMES = [
  (r: () => number) => `_ga_${id(r, 10).toUpperCase()}`,
  (r: () => number) => `_hjSessionUser_${Math.floor(r() * 4e6)}`,
  (r: () => number) => `_hjSession_${Math.floor(r() * 4e6)}`,
  (r: () => number) => `intercom-session-${id(r, 8)}`,
  (r: () => number) => `intercom-id-${id(r, 8)}`,
  (r: () => number) => `mp_${id(r, 32)}_mixpanel`,
  (r: () => number) => `AMP_${id(r, 10)}`,
  (r: () => number) => `_pk_id.${Math.floor(r() * 90)}.${id(r, 4)}`,
  (r: () => number) => `wordpress_logged_in_${id(r, 32)}`,
  (r: () => number) => `AMCV_${id(r, 24).toUpperCase()}%40AdobeOrg`,
  (r: () => number) => `BIGipServer~${id(r, 6)}~pool_${id(r, 4)}`,
  (r: () => number) => `incap_ses_${Math.floor(r() * 2000)}_${Math.floor(r() * 3e6)}`,
  (r: () => number) => `_${id(r, 6)}_session`,
];
const SITE_WORDS = [
  'shop',
  'news',
  'bank',
  'travel',
  'cook',
  'sport',
  'tech',
  'home',
  'garden',
  'auto',
  'book',
  'music',
  'film',
  'health',
  'school',
  'city',
  'hotel',
  'pet',
  'bike',
  'game',
  'art',
  'fashion',
  'wine',
  'job',
];
const TLDS = ['com', 'de', 'co.uk', 'fr', 'nl', 'it', 'es', 'pl', 'com.br', 'io', 'net', 'org', 'se', 'lt'];
const OWN_WORDS = [
  'user',
  'pref',
  'banner',
  'seen',
  'ab',
  'variant',
  'lang',
  'currency',
  'last',
  'visit',
  'cart',
  'token',
  'promo',
  'popup',
  'zone',
  'mode',
  'layout',
  'geo',
  'cid',
  'nav',
  'tab',
  'x',
  'q',
  'v2',
  'tmp',
];
const THIRD_PARTY: [domain: string, names: string[]][] = [
  ['.doubleclick.net', ['IDE', 'test_cookie', 'DSID', 'ar_debug']],
  ['.google.com', ['NID', 'AEC', '__Secure-3PSID', '__Secure-3PAPISID', 'SOCS', 'SIDCC']],
  ['.youtube.com', ['VISITOR_INFO1_LIVE', 'YSC', 'PREF', 'VISITOR_PRIVACY_METADATA']],
  ['.facebook.com', ['fr', 'datr', 'sb']],
  ['.linkedin.com', ['bcookie', 'lidc', 'li_sugr', 'UserMatchHistory', 'AnalyticsSyncHistory', 'bscookie']],
  ['.bing.com', ['MUID', 'MR', 'SRM_B']],
  ['.clarity.ms', ['CLID', 'MUID', 'ANONCHK']],
  ['.criteo.com', ['uid', 'optout']],
  ['.adnxs.com', ['uuid2', 'anj', 'XANDR_PANID']],
  ['.pubmatic.com', ['KADUSERCOOKIE', 'KRTBCOOKIE_97', 'PugT']],
  ['.rubiconproject.com', ['khaos', 'audit']],
  ['.adsrvr.org', ['TDID', 'TDCPM']],
  ['.demdex.net', ['demdex', 'dpm']],
  ['.yandex.ru', ['yandexuid', 'ymex', 'i']],
  ['.taboola.com', ['t_gid', 't_pt_gid']],
  ['.unknown-adtech.example', ['zxid', 'sync_ts', 'bk']],
];
const SAME_SITE: SameSite[] = ['lax', 'lax', 'unspecified', 'no_restriction', 'strict'];

function id(r: () => number, n: number): string {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < n; i++) s += chars[Math.floor(r() * chars.length)];
  return s;
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function value(r: () => number, name: string): string {
  if (name === '_ga') return `GA1.2.${Math.floor(r() * 2e9)}.${1_600_000_000 + Math.floor(r() * 1e8)}`;
  if (name === '_fbp') return `fb.1.${1_600_000_000_000 + Math.floor(r() * 1e11)}.${Math.floor(r() * 2e9)}`;
  const k = r();
  if (k < 0.15) return pick(r, ['1', 'true', '0', 'yes']);
  if (k < 0.25) return pick(r, ['en', 'de-DE', 'EUR', 'dark']);
  if (k < 0.4) return `${id(r, 8)}-${id(r, 4)}-4${id(r, 3)}-a${id(r, 3)}-${id(r, 12)}`;
  if (k < 0.5) return `${Math.floor(1_600_000_000 + r() * 1e8)}`;
  return id(r, 16 + Math.floor(r() * 48));
}

/** `count` cookies from `seed`; the same arguments always give the same jar. */
export function makeJar(count = 3300, seed = 20261101): BenchCookie[] {
  const r = seeded(seed);
  const sites = Array.from(
    { length: 220 },
    (_, i) => `${pick(r, SITE_WORDS)}${pick(r, SITE_WORDS)}${i}.${pick(r, TLDS)}`,
  );
  const now = 1_790_000_000;
  const out: BenchCookie[] = [];
  while (out.length < count) {
    const pageSite = pick(r, sites);
    const k = r();
    let name: string;
    let domain: string;
    if (k < 0.15) {
      const [d, names] = pick(r, THIRD_PARTY);
      domain = d;
      name = pick(r, names);
    } else {
      domain = r() < 0.6 ? `.${pageSite}` : `www.${pageSite}`;
      name =
        k < 0.6
          ? pick(r, FIRST_PARTY_NAMES)
          : k < 0.75
            ? pick(r, PATTERN_NAMES)(r)
            : `${pick(r, OWN_WORDS)}${pick(r, ['_', '-', '', '.'])}${pick(r, OWN_WORDS)}${r() < 0.3 ? Math.floor(r() * 99) : ''}`;
    }
    const session = r() < 0.25;
    const cookie: Cookie = {
      name,
      value: value(r, name),
      domain,
      hostOnly: !domain.startsWith('.'),
      path: '/',
      secure: r() < 0.7,
      httpOnly: r() < 0.3,
      sameSite: pick(r, SAME_SITE),
      session,
      storeId: '0',
    };
    if (!session) cookie.expirationDate = now + Math.floor(r() * 400 * 86_400);
    out.push({ cookie, pageSite });
  }
  return out;
}
