import { tcString } from '../../core/consent/strings';
import type { SiteRoute } from './sites';

/**
 * Fixture sites for the consent audit. Their banners behave like the real platforms and write the platforms' real
 * cookie formats: OneTrust's OptanonConsent query string and OptanonAlertBoxClosed ISO time, and an IAB TCF v2 TC
 * string made by the IAB's own encoder. The banner script host is OneTrust's CDN name (cdn.cookielaw.org), served on
 * loopback like every fixture host, so the extension can name the platform from the script URL alone.
 *
 * - www.shop-onetrust.test: "Reject all" is recorded, yet the page's tags write _ga and _fbp afterwards.
 * - www.news-tcf.test: a TC string refusing purpose 1 (storage) is in place; an ad frame from ads-f.test still sets its id.
 * - www.blog-early.test: writes _ga on load while the OneTrust banner is unanswered.
 * - www.fair-shop.test: the same banner, and nothing but the consent record is written before or after "Reject all".
 */

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;

/** What OneTrust's banner script does on "Accept all"/"Reject all": the record, then whatever the site wires after. */
const ONETRUST_BANNER = `
window.otAnswer = (accept, after) => {
  const on = accept ? 1 : 0;
  const groups = encodeURIComponent('C0001:1,C0002:' + on + ',C0003:' + on + ',C0004:' + on + ',C0005:' + on);
  const stamp = encodeURIComponent(new Date().toString());
  const year = 60 * 60 * 24 * 365;
  document.cookie = 'OptanonConsent=isGpcEnabled=0&datestamp=' + stamp + '&version=202409.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=3f2a9c1e-8d7b-4e6a-9c2f-5d6e7f8a9b0c&interactionCount=1&isAnonUser=1&landingPath=NotLandingPage&groups=' + groups + '&AwaitingReconsent=false; path=/; max-age=' + year + '; SameSite=Lax; Secure';
  document.cookie = 'OptanonAlertBoxClosed=' + new Date().toISOString() + '; path=/; max-age=' + year + '; SameSite=Lax; Secure';
  document.getElementById('banner').hidden = true;
  if (after) setTimeout(after, 300);
  setTimeout(() => { document.documentElement.dataset.answered = 'yes'; }, 600);
};
`;

const BANNER_HTML = (onReject: string) => `
<div id="banner" role="dialog" aria-label="Cookie banner">
  <p>We use cookies.</p>
  <button id="accept" type="button" onclick="otAnswer(true)">Accept all</button>
  <button id="reject" type="button" onclick="otAnswer(false${onReject})">Reject all</button>
</div>`;

// Google Analytics and Meta Pixel ids in their real shapes, written by page script as the tags do.
const TAGS = `
const y = 60 * 60 * 24 * 390;
document.cookie = '_ga=GA1.1.1234567890.' + Math.floor(Date.now() / 1000) + '; path=/; max-age=' + y + '; SameSite=Lax; Secure';
document.cookie = '_fbp=fb.1.' + Date.now() + '.987654321; path=/; max-age=7776000; SameSite=Lax; Secure';
document.documentElement.dataset.tagsRan = 'yes';
`;

const STUB_SCRIPT = {
  type: 'text/javascript',
  // The banner's loader: it answers nothing by itself.
  body: 'document.documentElement.dataset.bannerLoaded = "yes";',
} satisfies SiteRoute;

/** A TC string refusing every purpose (purpose 1 included) from CMP 10, recorded a day before the test runs. */
function refusedTcString(): string {
  return tcString({ purposes: [], vendors: [], cmpId: 10, at: Date.now() - 86_400_000 });
}

export const CONSENT_SITES: Record<string, Record<string, SiteRoute>> = {
  'cdn.cookielaw.org': {
    '/scripttemplates/otSDKStub.js': STUB_SCRIPT,
  },
  'www.shop-onetrust.test': {
    '/': {
      type: 'text/html; charset=utf-8',
      body: ({ httpsPort }) =>
        page(
          'Shop with OneTrust',
          `<script src="https://cdn.cookielaw.org:${httpsPort}/scripttemplates/otSDKStub.js"></script>
<script>${ONETRUST_BANNER}window.siteTags = () => {${TAGS}};</script>${BANNER_HTML(', siteTags')}`,
        ),
    },
  },
  'www.fair-shop.test': {
    '/': {
      type: 'text/html; charset=utf-8',
      body: ({ httpsPort }) =>
        page(
          'Fair shop',
          `<script src="https://cdn.cookielaw.org:${httpsPort}/scripttemplates/otSDKStub.js"></script>
<script>${ONETRUST_BANNER}</script>${BANNER_HTML('')}`,
        ),
    },
  },
  'www.blog-early.test': {
    '/': {
      type: 'text/html; charset=utf-8',
      body: ({ httpsPort }) =>
        page(
          'Blog that tracks first',
          `<script src="https://cdn.cookielaw.org:${httpsPort}/scripttemplates/otSDKStub.js"></script>
<script>${ONETRUST_BANNER}${TAGS}</script>${BANNER_HTML('')}`,
        ),
    },
  },
  'www.news-tcf.test': {
    '/': {
      type: 'text/html; charset=utf-8',
      // The visitor refused on an earlier visit: the CMP's record comes back with the page.
      setCookies: () => [`euconsent-v2=${refusedTcString()}; Path=/; Max-Age=33696000; Secure; SameSite=Lax`],
      body: ({ httpsPort }) =>
        page(
          'News with a TCF CMP',
          `<iframe title="ad" width="300" height="250" src="https://ads-f.test:${httpsPort}/frame"></iframe>`,
        ),
    },
  },
  'ads-f.test': {
    '/frame': {
      type: 'text/html; charset=utf-8',
      setCookies: ['ad_id=7c1e9a2b4d6f8091a2b3c4d5e6f70819; Path=/; Max-Age=34128000; Secure; SameSite=None'],
      body: page('Ad', '<p>An ad that ignores the TCF string.</p>'),
    },
  },
};
