import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../src/core/catalogue/learned/shipped-model';
import { CATALOGUE_VERSION, classify, isBestGuess } from '../../src/core/classify';
import { CATEGORIES, type Category, type Cookie } from '../../src/core/types';

const YEAR_AHEAD = Math.floor(Date.now() / 1000) + 365 * 86_400;

function cookie(name: string, domain = '.example.com', extra: Partial<Cookie> = {}): Cookie {
  return {
    name,
    value: 'x',
    domain,
    hostOnly: !domain.startsWith('.'),
    path: '/',
    secure: true,
    httpOnly: false,
    sameSite: 'lax',
    session: false,
    expirationDate: YEAR_AHEAD,
    storeId: '0',
    ...extra,
  };
}

// Every cookie the issue names, with the vendor (display name) and category it must get. `domain` is where the
// cookie is normally found: first-party on the site unless the vendor's own domain sets it.
const PINNED: [name: string, domain: string, vendor: string, category: Category][] = [
  // claude.ai's published list
  ['sessionKey', '.claude.ai', 'Anthropic (Claude)', 'necessary'],
  ['activitySessionId', '.claude.ai', 'Anthropic (Claude)', 'necessary'],
  ['CH-prefers-color-scheme', '.claude.ai', 'Anthropic (Claude)', 'necessary'],
  ['lastActiveOrg', '.claude.ai', 'Anthropic (Claude)', 'necessary'],
  ['__ssid', '.claude.ai', 'Sift', 'necessary'],
  ['anthropic-device-id', '.claude.ai', 'Anthropic (Claude)', 'necessary'],
  ['anthropic-consent-preferences', '.claude.ai', 'Anthropic (Claude)', 'necessary'],
  ['__stripe_mid', '.claude.ai', 'Stripe', 'necessary'],
  ['__stripe_sid', '.claude.ai', 'Stripe', 'necessary'],
  ['__cf_bm', '.claude.ai', 'Cloudflare', 'necessary'],
  ['cf_clearance', '.claude.ai', 'Cloudflare', 'necessary'],
  ['_cfuvid', '.claude.ai', 'Cloudflare', 'necessary'],
  ['intercom-device-id-abc123', '.claude.ai', 'Intercom', 'necessary'],
  ['intercom-session-abc123', '.example.com', 'Intercom', 'necessary'],
  ['intercom-id-abc123', '.example.com', 'Intercom', 'necessary'],
  ['ajs_anonymous_id', '.example.com', 'Segment', 'analytics'],
  ['ajs_user_id', '.example.com', 'Segment', 'analytics'],
  ['li_giant', '.example.com', 'LinkedIn Insight Tag', 'marketing'],
  ['oribi_cookie_test', '.example.com', 'LinkedIn Insight Tag', 'marketing'],
  ['oribili_user_guid', '.example.com', 'LinkedIn Insight Tag', 'marketing'],
  ['__session', '.example.com', 'Clerk', 'necessary'],
  ['__client_uat', '.example.com', 'Clerk', 'necessary'],
  // Google Analytics
  ['_ga', '.example.com', 'Google Analytics', 'analytics'],
  ['_ga_ABC123XYZ', '.example.com', 'Google Analytics', 'analytics'],
  ['_gid', '.example.com', 'Google Analytics', 'analytics'],
  ['_gat', '.example.com', 'Google Analytics', 'analytics'],
  ['_gat_UA-12345-1', '.example.com', 'Google Analytics', 'analytics'],
  ['_gat_gtag_UA_12345_1', '.example.com', 'Google Analytics', 'analytics'],
  ['__utma', '.example.com', 'Google Analytics', 'analytics'],
  ['__utmb', '.example.com', 'Google Analytics', 'analytics'],
  ['__utmc', '.example.com', 'Google Analytics', 'analytics'],
  ['__utmz', '.example.com', 'Google Analytics', 'analytics'],
  ['__utmzz', '.example.com', 'Google Analytics', 'analytics'],
  // Google Ads / DoubleClick / sign-in / YouTube
  ['_gcl_au', '.example.com', 'Google Ads / DoubleClick', 'marketing'],
  ['_gcl_aw', '.example.com', 'Google Ads / DoubleClick', 'marketing'],
  ['_gcl_xyz', '.example.com', 'Google Ads / DoubleClick', 'marketing'],
  ['IDE', '.doubleclick.net', 'Google Ads / DoubleClick', 'marketing'],
  ['test_cookie', '.doubleclick.net', 'Google Ads / DoubleClick', 'marketing'],
  ['DSID', '.doubleclick.net', 'Google Ads / DoubleClick', 'marketing'],
  ['NID', '.google.com', 'Google', 'marketing'],
  ['AEC', '.google.com', 'Google', 'necessary'],
  ['1P_JAR', '.google.com', 'Google', 'marketing'],
  ['__Secure-3PSID', '.google.com', 'Google Ads / DoubleClick', 'marketing'],
  ['SID', '.google.com', 'Google', 'necessary'],
  ['HSID', '.google.com', 'Google', 'necessary'],
  ['SSID', '.google.com', 'Google', 'necessary'],
  ['APISID', '.google.com', 'Google', 'necessary'],
  ['SAPISID', '.google.com', 'Google', 'necessary'],
  ['__Secure-1PSID', '.google.com', 'Google', 'necessary'],
  ['VISITOR_INFO1_LIVE', '.youtube.com', 'YouTube', 'marketing'],
  // Met on example.com, so embedded: the category of the embed (see 'category in context').
  ['YSC', '.youtube.com', 'YouTube', 'marketing'],
  ['PREF', '.youtube.com', 'YouTube', 'preferences'],
  // Meta, X, TikTok, Reddit, Pinterest, Snap
  ['_fbp', '.example.com', 'Meta Pixel', 'marketing'],
  ['_fbc', '.example.com', 'Meta Pixel', 'marketing'],
  ['fr', '.facebook.com', 'Facebook', 'marketing'],
  ['_rdt_uuid', '.example.com', 'Reddit', 'marketing'],
  ['_ttclid', '.example.com', 'TikTok', 'marketing'],
  ['_ttp', '.example.com', 'TikTok', 'marketing'],
  ['guest_id', '.x.com', 'X (Twitter)', 'marketing'],
  ['personalization_id', '.twitter.com', 'X (Twitter)', 'marketing'],
  ['_pinterest_sess', '.pinterest.com', 'Pinterest', 'necessary'],
  ['_pin_unauth', '.example.com', 'Pinterest', 'marketing'],
  ['_epik', '.example.com', 'Pinterest', 'marketing'],
  ['_scid', '.example.com', 'Snap Pixel', 'marketing'],
  ['sc_at', '.snapchat.com', 'Snap Pixel', 'marketing'],
  // Microsoft
  ['_clck', '.example.com', 'Microsoft Clarity', 'analytics'],
  ['_clsk', '.example.com', 'Microsoft Clarity', 'analytics'],
  ['CLID', 'www.clarity.ms', 'Microsoft Clarity', 'analytics'],
  ['MUID', '.bing.com', 'Microsoft Advertising (Bing UET)', 'marketing'],
  ['_uetsid', '.example.com', 'Microsoft Advertising (Bing UET)', 'marketing'],
  ['_uetvid', '.example.com', 'Microsoft Advertising (Bing UET)', 'marketing'],
  ['ESTSAUTH', '.login.microsoftonline.com', 'Microsoft Entra ID / Microsoft account', 'necessary'],
  // LinkedIn
  ['bcookie', '.linkedin.com', 'LinkedIn Insight Tag', 'marketing'],
  ['lidc', '.linkedin.com', 'LinkedIn', 'marketing'],
  ['li_sugr', '.linkedin.com', 'LinkedIn Insight Tag', 'marketing'],
  ['UserMatchHistory', '.linkedin.com', 'LinkedIn Insight Tag', 'marketing'],
  ['AnalyticsSyncHistory', '.linkedin.com', 'LinkedIn Insight Tag', 'marketing'],
  ['li_at', '.www.linkedin.com', 'LinkedIn', 'necessary'],
  // Ad networks
  ['ad-id', '.amazon-adsystem.com', 'Amazon Ads', 'marketing'],
  ['cto_bundle', '.example.com', 'Criteo', 'marketing'],
  ['uid', '.criteo.com', 'Criteo', 'marketing'],
  ['t_gid', '.taboola.com', 'Taboola', 'marketing'],
  ['obuid', '.outbrain.com', 'Outbrain', 'marketing'],
  ['__qca', '.example.com', 'Quantcast', 'marketing'],
  ['mc', '.quantserve.com', 'Quantcast', 'marketing'],
  ['_ym_uid', '.example.com', 'Yandex Metrica', 'analytics'],
  ['_ym_d', '.example.com', 'Yandex Metrica', 'analytics'],
  ['yandexuid', '.yandex.ru', 'Yandex', 'marketing'],
  // Adobe
  ['AMCV_1234%40AdobeOrg', '.example.com', 'Adobe Experience Cloud Identity', 'analytics'],
  ['s_cc', '.example.com', 'Adobe Analytics', 'analytics'],
  ['s_sq', '.example.com', 'Adobe Analytics', 'analytics'],
  ['s_ecid', '.example.com', 'Adobe Experience Cloud Identity', 'analytics'],
  ['demdex', '.demdex.net', 'Adobe Audience Manager', 'marketing'],
  ['dpm', '.dpm.demdex.net', 'Adobe Audience Manager', 'marketing'],
  // Marketing automation and analytics tools
  ['__hstc', '.example.com', 'HubSpot', 'analytics'],
  ['hubspotutk', '.example.com', 'HubSpot', 'analytics'],
  ['__hssc', '.example.com', 'HubSpot', 'analytics'],
  ['__hssrc', '.example.com', 'HubSpot', 'analytics'],
  ['__hs_opt_out', '.example.com', 'HubSpot', 'necessary'],
  ['_hjSessionUser_123456', '.example.com', 'Hotjar', 'analytics'],
  ['_hjSession_123456', '.example.com', 'Hotjar', 'analytics'],
  ['_hjid', '.example.com', 'Hotjar', 'analytics'],
  ['mp_0123456789abcdef_mixpanel', '.example.com', 'Mixpanel', 'analytics'],
  ['AMP_0123456789', '.example.com', 'Amplitude', 'analytics'],
  ['amplitude_id_abcdefexample.com', '.example.com', 'Amplitude', 'analytics'],
  ['_hp2_id.123456', '.example.com', 'Heap', 'analytics'],
  ['_hp2_ses_props.123456', '.example.com', 'Heap', 'analytics'],
  ['fs_uid', '.example.com', 'FullStory', 'analytics'],
  ['fs_lua', '.example.com', 'FullStory', 'analytics'],
  ['optimizelyEndUserId', '.example.com', 'Optimizely', 'analytics'],
  ['_vwo_uuid_v2', '.example.com', 'VWO', 'analytics'],
  ['_vis_opt_s', '.example.com', 'VWO', 'analytics'],
  ['_pk_id.1.abcd', '.example.com', 'Matomo', 'analytics'],
  ['_pk_ses.1.abcd', '.example.com', 'Matomo', 'analytics'],
  ['visitor_id123456', '.example.com', 'Salesforce Account Engagement (Pardot)', 'marketing'],
  ['visitor_id123456-hash', '.example.com', 'Salesforce Account Engagement (Pardot)', 'marketing'],
  ['pi_opt_in123456', '.example.com', 'Salesforce Account Engagement (Pardot)', 'necessary'],
  ['_mkto_trk', '.example.com', 'Marketo', 'marketing'],
  // Infrastructure
  ['ak_bmsc', '.example.com', 'Akamai', 'necessary'],
  ['bm_sv', '.example.com', 'Akamai', 'necessary'],
  ['bm_sz', '.example.com', 'Akamai', 'necessary'],
  ['_abck', '.example.com', 'Akamai', 'necessary'],
  ['AKA_A2', '.example.com', 'Akamai', 'necessary'],
  ['akavpau_www', '.example.com', 'Akamai', 'necessary'],
  ['AWSALB', 'example.com', 'AWS Elastic Load Balancing', 'necessary'],
  ['AWSALBCORS', 'example.com', 'AWS Elastic Load Balancing', 'necessary'],
  ['AWSALBTG', 'example.com', 'AWS Elastic Load Balancing', 'necessary'],
  ['AWSELB', 'example.com', 'AWS Elastic Load Balancing', 'necessary'],
  ['BIGipServer~pool_web', 'example.com', 'F5 BIG-IP', 'necessary'],
  ['TS01a2b3c4', 'example.com', 'F5 BIG-IP', 'necessary'],
  ['ARRAffinity', 'example.com', 'AWS Elastic Load Balancing', 'necessary'],
  ['ARRAffinitySameSite', 'example.com', 'AWS Elastic Load Balancing', 'necessary'],
  // Payments and commerce
  ['m', '.m.stripe.com', 'Stripe', 'necessary'],
  ['ts', '.paypal.com', 'PayPal', 'necessary'],
  ['_shopify_y', '.example.com', 'Shopify', 'analytics'],
  ['_shopify_s', '.example.com', 'Shopify', 'analytics'],
  ['cart', 'example.com', 'Web application (generic)', 'necessary'],
  ['_secure_session_id', 'example.com', 'Shopify', 'necessary'],
  ['secure_customer_sig', 'example.com', 'Shopify', 'necessary'],
  ['localization', 'example.com', 'Shopify', 'preferences'],
  ['_tracking_consent', '.example.com', 'Shopify', 'necessary'],
  ['wordpress_logged_in_0123abcd', 'example.com', 'WordPress', 'necessary'],
  ['wordpress_sec_0123abcd', 'example.com', 'WordPress', 'necessary'],
  ['wp-settings-1', 'example.com', 'WordPress', 'preferences'],
  ['woocommerce_cart_hash', 'example.com', 'WooCommerce', 'necessary'],
  ['wp_woocommerce_session_0123abcd', 'example.com', 'WooCommerce', 'necessary'],
  // Support
  ['__zlcmid', '.example.com', 'Zendesk', 'functional'],
  ['driftt_aid', '.example.com', 'Drift', 'functional'],
  // Consent platforms
  ['OptanonConsent', '.example.com', 'OneTrust', 'necessary'],
  ['OptanonAlertBoxClosed', '.example.com', 'OneTrust', 'necessary'],
  ['eupubconsent-v2', '.example.com', 'IAB Transparency & Consent Framework', 'necessary'],
  ['CookieConsent', 'example.com', 'Cookiebot', 'necessary'],
  ['cookieyes-consent', 'example.com', 'CookieYes', 'necessary'],
  ['didomi_token', '.example.com', 'Didomi', 'necessary'],
  ['euconsent-v2', '.example.com', 'IAB Transparency & Consent Framework', 'necessary'],
  ['uc_user_interaction', 'example.com', 'Usercentrics', 'necessary'],
  ['__gpp', '.example.com', 'IAB Transparency & Consent Framework', 'necessary'],
  // Frameworks
  ['PHPSESSID', 'example.com', 'PHP', 'necessary'],
  ['JSESSIONID', 'example.com', 'Java servlet container', 'necessary'],
  ['ASP.NET_SessionId', 'example.com', 'ASP.NET', 'necessary'],
  ['.AspNetCore.Session', 'example.com', 'ASP.NET', 'necessary'],
  ['.AspNetCore.Antiforgery.abc', 'example.com', 'ASP.NET', 'necessary'],
  ['connect.sid', 'example.com', 'Express (Node.js)', 'necessary'],
  ['laravel_session', 'example.com', 'Laravel', 'necessary'],
  ['XSRF-TOKEN', 'example.com', 'Web application (generic)', 'necessary'],
  ['_session_id', 'example.com', 'Ruby on Rails', 'necessary'],
  ['_myapp_session', 'example.com', 'Ruby on Rails', 'necessary'],
  ['csrftoken', 'example.com', 'Django', 'necessary'],
  ['sessionid', 'example.com', 'Web application (generic)', 'necessary'],
  ['ci_session', 'example.com', 'CodeIgniter', 'necessary'],
  ['rack.session', 'example.com', 'Rack (Ruby)', 'necessary'],
  ['express:sess', 'example.com', 'Express (Node.js)', 'necessary'],
  ['symfony', 'example.com', 'Symfony', 'necessary'],
  // Auth providers
  ['auth0', 'tenant.auth0.com', 'Auth0', 'necessary'],
  ['auth0.is.authenticated', 'example.com', 'Auth0', 'necessary'],
  ['did', 'tenant.auth0.com', 'Auth0', 'necessary'],
  ['did_compat', 'tenant.auth0.com', 'Auth0', 'necessary'],
  ['idx', 'acme.okta.com', 'Okta', 'necessary'],
  ['sid', 'acme.okta.com', 'Okta', 'necessary'],
  ['DT', 'acme.okta.com', 'Okta', 'necessary'],
  ['JSESSIONID', 'acme.okta.com', 'Okta', 'necessary'],
  ['__session', 'myapp.web.app', 'Firebase', 'necessary'],
  ['sb-abcdefgh-auth-token', 'example.com', 'Supabase', 'necessary'],
  ['next-auth.session-token', 'example.com', 'NextAuth.js / Auth.js', 'necessary'],
  ['__Secure-next-auth.session-token', 'example.com', 'NextAuth.js / Auth.js', 'necessary'],
  ['authjs.session-token', 'example.com', 'NextAuth.js / Auth.js', 'necessary'],
  ['next-auth.csrf-token', 'example.com', 'NextAuth.js / Auth.js', 'necessary'],
  ['next-auth.callback-url', 'example.com', 'NextAuth.js / Auth.js', 'necessary'],
];

describe('classify: catalogue pins', () => {
  it.each(PINNED)('%s on %s → %s, %s', (name, domain, vendor, category) => {
    const r = classify(cookie(name, domain), { pageSite: 'example.com' });
    expect(r.vendor).toBe(vendor);
    expect(r.category).toBe(category);
    expect(r.source).toBe('catalogue');
    expect(r.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('says why in words and carries the documented lifespan', () => {
    const r = classify(cookie('_fbp'), { pageSite: 'example.com' });
    expect(r.reason).toBe('exact catalogue match: Meta Pixel (_fbp)');
    expect(r.expectedLifespan).toBe(90 * 86_400);
    expect(classify(cookie('_ga_XYZ'), { pageSite: 'example.com' }).reason).toBe('pattern _ga_* : Google Analytics');
  });

  it('does not pin a generic name to a vendor off its domains', () => {
    expect(classify(cookie('sessionid', '.instagram.com'), { pageSite: 'instagram.com' }).vendor).toBe('Instagram');
    expect(classify(cookie('sessionid', 'shop.example'), { pageSite: 'shop.example' }).vendor).toBe(
      'Web application (generic)',
    );
  });

  it('exports the catalogue version audit.ts reads', () => {
    expect(CATALOGUE_VERSION).toMatch(/^\d{4}\.\d+\.\d+$/);
  });
});

describe('classify: category in context', () => {
  it("gives a vendor's cookie the embed's category on other sites and says so", () => {
    const lidc = cookie('lidc', '.linkedin.com', { value: 'b=VB12:s=V:r=V:a=V:p=V:g=3' });
    const own = classify(lidc, { pageSite: 'linkedin.com' });
    expect(own).toMatchObject({ category: 'necessary', vendor: 'LinkedIn', source: 'catalogue' });
    expect(own.reason).toContain("on LinkedIn's own sites: necessary");
    const embedded = classify(lidc, { pageSite: 'shop.example' });
    expect(embedded).toMatchObject({ category: 'marketing', vendor: 'LinkedIn', source: 'catalogue' });
    expect(embedded.reason).toContain('embedded on another site, so the category of the embed: marketing');
    expect(embedded.tags[0]).toBe('ads');
  });

  it('keeps the catalogue category when the page is unknown or the entry has no elsewhere', () => {
    expect(classify(cookie('lidc', '.linkedin.com'), { pageSite: '' }).category).toBe('necessary');
    expect(classify(cookie('YSC', '.youtube.com'), { pageSite: 'youtube.com' }).category).toBe('analytics');
    expect(classify(cookie('YSC', '.youtube.com'), { pageSite: 'blog.example' }).category).toBe('marketing');
    expect(classify(cookie('_ga', '.blog.example'), { pageSite: 'blog.example' }).category).toBe('analytics');
  });
});

describe('classify: learned fallback for unlisted names', () => {
  const page = { pageSite: 'shop.example' };

  it('names the vendor of a known tracker domain and says the name is not listed', () => {
    const model = { ...defaultModel(), domainRule: false };
    const r = classify(cookie('zz9', '.doubleclick.net', { value: 'a8f3k2m9q1x7b2c4' }), { ...page, model });
    expect(r).toMatchObject({ category: 'marketing', vendor: 'Google Ads / DoubleClick', source: 'model' });
    expect(r.reason).toMatch(/^not in the catalogue; (learned|best guess) from similar cookies \(\d+% marketing\)/);
    expect(r.reason).toContain('Google Ads / DoubleClick');
  });

  it('lets the tracker-domain table decide third-party cookies on its domains when training chose that rule', () => {
    const model = { ...defaultModel(), domainRule: true };
    const r = classify(cookie('zz9', '.doubleclick.net', { value: 'a8f3k2m9q1x7b2c4' }), { ...page, model });
    expect(r).toMatchObject({
      category: 'marketing',
      vendor: 'Google Ads / DoubleClick',
      source: 'domain',
      confidence: 0.8,
    });
    expect(r.reason).toContain(
      'doubleclick.net, a marketing domain of Google Ads / DoubleClick (tracker-domain table)',
    );
    // On the vendor's own site the cookie is first-party: the rule is about embeds, so the model judges it.
    expect(classify(cookie('zz9', '.doubleclick.net'), { pageSite: 'doubleclick.net', model }).source).toBe('model');
    // An unlisted domain is the model's too.
    expect(classify(cookie('zz9', '.unlisted.example'), { ...page, model }).source).toBe('model');
  });

  it.each([
    ['my_csrf_guard', 'necessary', 'csrf'],
    ['appCsrfToken', 'necessary', 'csrf'],
    ['site_cookie_consent_v3', 'necessary', 'consent'],
    ['gdprAccepted', 'necessary', 'consent'],
    ['myapp_sess', 'necessary', 'session'],
    ['refresh_token', 'necessary', 'authentication'],
    ['shop_lang', 'preferences', 'localization'],
    ['custom_analytics_visitor', 'analytics', 'analytics'],
  ] as const)('name %s → %s (%s)', (name, category, tag) => {
    const r = classify(cookie(name, 'shop.example'), page);
    expect(r.category).toBe(category);
    expect(r.tags).toContain(tag);
    expect(r.source).toBe('model');
    expect(r.confidence).toBeLessThan(0.95);
  });

  it("names a vendor's id format under a custom name before asking the model", () => {
    expect(classify(cookie('qq', 'shop.example', { value: 'GA1.2.1234567890.1600000000' }), page)).toMatchObject({
      category: 'analytics',
      vendor: 'Google Analytics',
      source: 'heuristic',
      reason: "value has the Google Analytics client-id shape 'GA1.x.y.z'",
    });
    expect(classify(cookie('qq', 'shop.example', { value: 'fb.1.1613228990077.1505279284' }), page)).toMatchObject({
      category: 'marketing',
      vendor: 'Meta Pixel',
    });
    const tcf = 'CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA.YAAAAAAAAAAA';
    expect(classify(cookie('xyz', 'shop.example', { value: tcf }), page)).toMatchObject({
      category: 'necessary',
      tags: ['consent'],
    });
  });

  it('treats an unlisted third-party, SameSite=None, long-lived id as marketing', () => {
    const r = classify(
      cookie('zq', '.unlisted-adtech.example', { sameSite: 'no_restriction', value: 'a8f3k2j9x7c4v1b6n5m0' }),
      page,
    );
    expect(r.category).toBe('marketing');
  });

  it('calls a low-confidence verdict a best guess, and only then', () => {
    const samples = ['zq', 'x1', 'pref_a', 'cta-popup', 'qson', 'stimgs', 'Fera.Api.ServerNum'].map((n) =>
      classify(cookie(n, 'shop.example', { value: 'abc' }), page),
    );
    for (const r of samples) {
      expect(isBestGuess(r)).toBe(r.confidence < defaultModel().bestGuessBelow);
      expect(r.reason.includes('best guess')).toBe(isBestGuess(r));
    }
    expect(samples.some((r) => isBestGuess(r))).toBe(true);
    expect(isBestGuess(classify(cookie('_ga', '.shop.example'), page))).toBe(false);
  });

  it('gives the same verdict for the same cookie', () => {
    const c = cookie('abc_visitor', '.shop.example', { value: 'a8f3k2j9x7c4v1b6n5m0' });
    expect(classify(c, page)).toEqual(classify(c, page));
  });
});

describe('classify: properties', () => {
  const sameSite = fc.constantFrom('no_restriction', 'lax', 'strict', 'unspecified') as fc.Arbitrary<
    Cookie['sameSite']
  >;
  const arbCookie: fc.Arbitrary<Cookie> = fc.record({
    name: fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('_ga', '_gcl_*', '*', '', 'sid', '__utm'),
    ),
    value: fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 300 })),
    domain: fc.oneof(
      fc.domain(),
      fc.string(),
      fc.constantFrom('', '.', '..', '.co.uk', 'localhost', '[::1]', '127.0.0.1'),
    ),
    hostOnly: fc.boolean(),
    path: fc.constant('/'),
    secure: fc.boolean(),
    httpOnly: fc.boolean(),
    sameSite,
    session: fc.boolean(),
    expirationDate: fc.option(fc.double({ noNaN: false }), { nil: undefined }),
    storeId: fc.constant('0'),
  });

  it('never throws and always returns a valid category and a confidence in [0, 1]', () => {
    fc.assert(
      fc.property(arbCookie, fc.oneof(fc.domain(), fc.constant('')), (c, pageSite) => {
        const r = classify(c, { pageSite });
        expect(CATEGORIES).toContain(r.category);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        expect(typeof r.reason).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });
});
