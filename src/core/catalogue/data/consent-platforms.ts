import { group } from '../define';
import type { CatalogueEntry } from '../schema';

// Sources: each consent platform's developer docs (OneTrust, Cookiebot, CookieYes, Didomi, Usercentrics, Quantcast
// Choice, TrustArc, Osano, Complianz, Borlabs, iubenda, Sourcepoint, Axeptio, consentmanager) and the IAB
// Transparency & Consent Framework v2.2 and Global Privacy Platform specs. Consent records are strictly necessary:
// the site must remember the answer to the question it is required to ask. Written in our own words.
const C: ['consent'] = ['consent'];

const iab = group(
  {
    vendor: 'iab-tcf',
    category: 'necessary',
    tags: C,
    ref: 'https://github.com/InteractiveAdvertisingBureau/GDPR-Transparency-and-Consent-Framework',
  },
  [
    ['euconsent-v2', '13mo', 'IAB TCF v2 consent string: which ad vendors and purposes the visitor allowed'],
    ['euconsent', '13mo', 'IAB TCF v1 consent string (legacy)'],
    ['__gpp', '13mo', 'IAB Global Privacy Platform consent string'],
    ['__gpp_sid', '13mo', 'IAB Global Privacy Platform applicable section ids'],
    ['usprivacy', '13mo', 'IAB CCPA/US Privacy string (opt-out of sale)'],
    ['addtl_consent', '13mo', 'Google Additional Consent string for ad-tech providers outside the TCF'],
    ['eupubconsent-v2', '13mo', 'IAB TCF publisher-restrictions consent string'],
  ],
);

const onetrust = group(
  {
    vendor: 'onetrust',
    category: 'necessary',
    tags: C,
    ref: 'https://my.onetrust.com/s/article/UUID-2dc719a8-4be5-8d16-1dc8-c7b4147b88e0',
  },
  [
    ['OptanonConsent', '1y', 'OneTrust: the visitor’s consent per cookie category and a consent id'],
    ['OptanonAlertBoxClosed', '1y', 'OneTrust: when the banner was dismissed, so it is not shown again'],
    ['OptanonControl', '1y', 'OneTrust: consent control state'],
    ['OTAdditionalConsentString', '1y', 'OneTrust: Google Additional Consent string'],
    ['OTGPPConsent', '1y', 'OneTrust: IAB Global Privacy Platform string'],
    ['Optanon*', '1y', 'OneTrust consent state'],
    [
      'geolocation',
      '1d',
      'OneTrust geolocation rule for which banner to show',
      { domains: ['onetrust.com', 'cookielaw.org'] },
    ],
  ],
);

const cookiebot = group(
  { vendor: 'cookiebot', category: 'necessary', tags: C, ref: 'https://www.cookiebot.com/en/developer/' },
  [
    ['CookieConsent', '1y', 'Cookiebot: the visitor’s consent state for the domain'],
    ['CookieConsentBulkSetting-*', '1y', 'Cookiebot: consent shared across several domains'],
    ['CookieConsentBulkTicket', '1y', 'Cookiebot: ticket for cross-domain consent'],
    [
      'userlang',
      '1y',
      'Cookiebot: language of the consent banner',
      { domains: ['cookiebot.com', 'consent.cookiebot.com'], category: 'preferences', tags: ['localization'] },
    ],
  ],
);

const cookieyes = group(
  {
    vendor: 'cookieyes',
    category: 'necessary',
    tags: C,
    ref: 'https://www.cookieyes.com/documentation/cookies-set-by-cookieyes/',
  },
  [
    ['cookieyes-consent', '1y', 'CookieYes: the visitor’s consent per category'],
    ['cky-consent', '1y', 'CookieYes: whether the visitor consented'],
    ['cky-action', '1y', 'CookieYes: the visitor acted on the banner'],
    ['cookielawinfo-checkbox-*', '1y', 'CookieYes / GDPR Cookie Consent plug-in: consent for one category'],
    ['cookielawinfo-checkbox-advertisement', '1y', 'CookieYes: consent to advertising cookies'],
    ['viewed_cookie_policy', '1y', 'GDPR Cookie Consent plug-in: whether the visitor consented'],
    ['CookieLawInfoConsent', '1y', 'GDPR Cookie Consent plug-in: consent summary'],
    ['cli_user_preference', '1y', 'GDPR Cookie Consent plug-in: the visitor’s choices'],
    ['wt_consent', '1y', 'WebToffee cookie-consent record'],
  ],
);

const didomi = group(
  {
    vendor: 'didomi',
    category: 'necessary',
    tags: C,
    ref: 'https://developers.didomi.io/cmp/web-sdk/consent-notice/cookies',
  },
  [
    ['didomi_token', '1y', 'Didomi: the visitor’s consent choices and a consent id'],
    ['didomi_dcs', '1y', 'Didomi: consent string for non-IAB vendors'],
    ['didomi_*', '1y', 'Didomi consent state'],
  ],
);

const usercentrics = group(
  {
    vendor: 'usercentrics',
    category: 'necessary',
    tags: C,
    ref: 'https://usercentrics.com/docs/web/implementation/ui/cookies/',
  },
  [
    ['uc_user_interaction', '1y', 'Usercentrics: whether the visitor used the banner'],
    ['uc_settings', '1y', 'Usercentrics: consent settings'],
    ['uc_gcm', '1y', 'Usercentrics: Google Consent Mode state'],
    ['uc_ui_version', '1y', 'Usercentrics: banner version shown'],
    ['uc_*', '1y', 'Usercentrics consent state'],
    ['ucData', '1y', 'Usercentrics consent data'],
    ['ucString', '1y', 'Usercentrics consent string'],
  ],
);

const quantcastChoice = group(
  {
    vendor: 'quantcast-choice',
    category: 'necessary',
    tags: C,
    ref: 'https://help.quantcast.com/hc/en-us/articles/13422592233371',
  },
  [['_cmpQcif3pcsupported', '1d', 'Quantcast Choice: check that third-party cookies work']],
);

const others = group(
  { vendor: 'trustarc', category: 'necessary', tags: C, ref: 'https://trustarc.com/cookie-policy/' },
  [
    ['notice_behavior', 'session', 'TrustArc: which consent model applies to the visitor'],
    ['notice_gdpr_prefs', '13mo', 'TrustArc: the visitor’s consent choices'],
    ['notice_preferences', '13mo', 'TrustArc: the visitor’s consent level'],
    ['notice_poptime', '13mo', 'TrustArc: when the banner was shown'],
    ['cmapi_cookie_privacy', '13mo', 'TrustArc: consent level'],
    ['cmapi_gtm_bl', '13mo', 'TrustArc: tags blocked for Google Tag Manager'],
    ['TAconsentID', '13mo', 'TrustArc consent id'],
    ['TAsessionID', '1h', 'TrustArc consent session'],
    ['osano_consentmanager', '1y', 'Osano: the visitor’s consent choices', { vendor: 'osano' }],
    ['osano_consentmanager_uuid', '1y', 'Osano: consent record id', { vendor: 'osano' }],
    [
      'cookieconsent_status',
      '1y',
      'Cookie Consent (Osano open-source banner): the visitor dismissed or answered the banner',
      { vendor: 'osano' },
    ],
    [
      'cookieconsent_dismissed',
      '1y',
      'Cookie Consent (open-source banner): the banner was dismissed',
      { vendor: 'osano' },
    ],
    ['cmplz_banner-status', '1y', 'Complianz: whether the banner was dismissed', { vendor: 'complianz' }],
    ['cmplz_consented_services', '1y', 'Complianz: services the visitor consented to', { vendor: 'complianz' }],
    ['cmplz_policy_id', '1y', 'Complianz: policy version consented to', { vendor: 'complianz' }],
    ['cmplz_*', '1y', 'Complianz consent for a category or service', { vendor: 'complianz' }],
    ['complianz_consent_status', '1y', 'Complianz (legacy): consent status', { vendor: 'complianz' }],
    ['complianz_policy_id', '1y', 'Complianz (legacy): policy version', { vendor: 'complianz' }],
    ['borlabs-cookie', '1y', 'Borlabs Cookie: the visitor’s consent choices', { vendor: 'borlabs' }],
    ['borlabs-cookie-gcs', '1y', 'Borlabs Cookie: Google Consent Mode state', { vendor: 'borlabs' }],
    ['_iub_cs-*', '1y', 'iubenda: the visitor’s consent for one site', { vendor: 'iubenda' }],
    ['_iub_cs-s*', '1y', 'iubenda: consent shared across sites', { vendor: 'iubenda' }],
    ['consentUUID', '1y', 'Sourcepoint: consent record id', { vendor: 'sourcepoint' }],
    ['ccpaUUID', '1y', 'Sourcepoint: CCPA record id', { vendor: 'sourcepoint' }],
    ['consentDate', '1y', 'Sourcepoint: when consent was given', { vendor: 'sourcepoint' }],
    ['_sp_v1_*', '1y', 'Sourcepoint consent message state', { vendor: 'sourcepoint' }],
    ['_sp_su', '1y', 'Sourcepoint sampling marker', { vendor: 'sourcepoint' }],
    [
      '_sp_enable_dfp_personalized_ads',
      '1y',
      'Sourcepoint: whether personalised Google ads are allowed',
      { vendor: 'sourcepoint' },
    ],
    ['axeptio_cookies', '1y', 'Axeptio: the visitor’s consent choices', { vendor: 'axeptio' }],
    ['axeptio_authorized_vendors', '1y', 'Axeptio: vendors the visitor accepted', { vendor: 'axeptio' }],
    ['axeptio_all_vendors', '1y', 'Axeptio: vendors shown to the visitor', { vendor: 'axeptio' }],
    ['__cmpconsent*', '1y', 'consentmanager.net: the visitor’s consent', { vendor: 'consentmanager' }],
    ['__cmpcvc*', '1y', 'consentmanager.net: vendor consent', { vendor: 'consentmanager' }],
    ['__cmpcpc*', '1y', 'consentmanager.net: purpose consent', { vendor: 'consentmanager' }],
    ['__cmpiab*', '1y', 'consentmanager.net: IAB consent', { vendor: 'consentmanager' }],
    ['__cmpcccx*', '1y', 'consentmanager.net: consent state', { vendor: 'consentmanager' }],
    ['__cmpccx*', '1y', 'consentmanager.net: consent state', { vendor: 'consentmanager' }],
    ['__cmpfcc*', '1y', 'consentmanager.net: consent state', { vendor: 'consentmanager' }],
    ['CookieInformationConsent', '1y', 'Cookie Information: the visitor’s consent', { vendor: 'cookie-information' }],
    ['CookieControl', '3mo', 'Civic Cookie Control: the visitor’s consent', { vendor: 'civic-cookie-control' }],
    ['tarteaucitron', '1y', 'tarteaucitron.js: the visitor’s consent per service', { vendor: 'tarteaucitron' }],
    ['klaro', '1y', 'Klaro: the visitor’s consent per service', { vendor: 'klaro' }],
    ['cookiefirst-consent', '1y', 'CookieFirst: the visitor’s consent', { vendor: 'cookiefirst' }],
    ['cookiefirst-id', '1y', 'CookieFirst: consent record id', { vendor: 'cookiefirst' }],
    ['CookieScriptConsent', '1y', 'Cookie-Script: the visitor’s consent', { vendor: 'cookie-script' }],
    [
      'cookie_notice_accepted',
      '1mo',
      'Cookie Notice & Compliance plug-in: the visitor accepted',
      { vendor: 'cookie-notice' },
    ],
    ['hu-consent', '1y', 'Hu-manity (Cookie Notice): consent record', { vendor: 'cookie-notice' }],
    ['moove_gdpr_popup', '1y', 'GDPR Cookie Compliance plug-in: consent per category', { vendor: 'moove-gdpr' }],
    ['cookie-agreed', '100d', 'EU Cookie Compliance (Drupal): whether the visitor agreed', { vendor: 'drupal' }],
    ['cookie-agreed-version', '100d', 'EU Cookie Compliance (Drupal): policy version agreed', { vendor: 'drupal' }],
    ['cookie-agreed-categories', '100d', 'EU Cookie Compliance (Drupal): categories agreed', { vendor: 'drupal' }],
    ['consent-policy', '1y', 'Wix: the visitor’s consent per category', { vendor: 'wix' }],
    [
      'CookieConsentPolicy',
      '1y',
      'Salesforce Experience Cloud: consent policy',
      { vendor: 'salesforce', domains: ['force.com', 'salesforce.com', 'my.site.com', 'site.com'] },
    ],
    ['cookie_consent', '1y', 'Records the visitor’s cookie choices (generic banner)', { vendor: 'web-app-generic' }],
    [
      'cookie_consent_level',
      '1y',
      'Records the visitor’s cookie choices (generic banner)',
      { vendor: 'web-app-generic' },
    ],
    ['cookie-consent', '1y', 'Records the visitor’s cookie choices (generic banner)', { vendor: 'web-app-generic' }],
    [
      'cookies_accepted',
      '1y',
      'Records that the visitor accepted cookies (generic banner)',
      { vendor: 'web-app-generic' },
    ],
    [
      'cookiesAccepted',
      '1y',
      'Records that the visitor accepted cookies (generic banner)',
      { vendor: 'web-app-generic' },
    ],
    ['gdpr', '1y', 'Records the visitor’s GDPR consent state (generic banner)', { vendor: 'web-app-generic' }],
    ['CONSENT', '1y', 'Records the visitor’s cookie choices (generic banner)', { vendor: 'web-app-generic' }],
  ],
);

export const CONSENT_PLATFORM_ENTRIES: CatalogueEntry[] = [
  ...iab,
  ...onetrust,
  ...cookiebot,
  ...cookieyes,
  ...didomi,
  ...usercentrics,
  ...quantcastChoice,
  ...others,
];
