import { group } from '../define';
import type { CatalogueEntry } from '../schema';

// Source: Meta's cookies policy (facebook.com/policies/cookies) and the Meta Pixel developer docs on first-party
// cookies. Written in our own words.
const META_REF = 'https://www.facebook.com/privacy/policies/cookies/';
const FB = ['facebook.com', 'facebook.net', 'messenger.com'];
const IG = ['instagram.com'];

const pixel = group({ vendor: 'meta-pixel', category: 'marketing', tags: ['ads', 'attribution'], ref: META_REF }, [
  [
    '_fbp',
    '90d',
    'Meta Pixel browser id: ties visits and conversions on this site to Meta ads',
    { tags: ['ads', 'retargeting', 'device-id'] },
  ],
  ['_fbc', '90d', 'Meta Pixel click id (fbclid) of the Facebook/Instagram ad that brought the visitor'],
  ['_fbq', '90d', 'Meta Pixel queued event state'],
]);

const facebook = group(
  { vendor: 'facebook', category: 'necessary', tags: ['authentication'], domains: FB, ref: META_REF },
  [
    [
      'fr',
      '90d',
      'Meta ad id: delivers, measures and improves ads across sites',
      { category: 'marketing', tags: ['ads', 'retargeting', 'cross-site-tracking'] },
    ],
    ['c_user', '1y', 'Facebook signed-in user id'],
    ['xs', '1y', 'Facebook session secret, paired with c_user', { tags: ['authentication', 'session'] }],
    [
      'datr',
      '2y',
      'Identifies the browser to protect accounts and spot fraudulent logins',
      { tags: ['security', 'fraud-prevention', 'device-id'] },
    ],
    ['sb', '2y', 'Identifies the browser for login security', { tags: ['security', 'device-id'] }],
    ['spin', '1d', 'Facebook site version routing', { tags: ['load-balancing'] }],
    ['presence', 'session', 'Facebook chat presence state', { category: 'functional', tags: ['ui-state'] }],
    ['wd', '7d', 'Facebook browser window size, for layout', { category: 'functional', tags: ['ui-state'] }],
    ['dpr', '7d', 'Facebook device pixel ratio, for layout', { category: 'functional', tags: ['ui-state'] }],
    ['locale', '7d', 'Facebook display language', { category: 'preferences', tags: ['localization'] }],
    ['usida', 'session', 'Facebook browser and user id for login security', { tags: ['security'] }],
    ['oo', '5y', 'Records an opt-out from Facebook ads based on other sites', { tags: ['consent'] }],
    ['m_pixel_ratio', '7d', 'Facebook mobile device pixel ratio', { category: 'functional', tags: ['ui-state'] }],
    ['fbm_*', '1y', 'Facebook login SDK base domain marker'],
    [
      'fbsr_*',
      '',
      'Facebook login SDK signed request for a site using Facebook Login',
      { tags: ['authentication', 'social'] },
    ],
    ['noscript', 'session', 'Facebook marker that JavaScript is off', { category: 'functional', tags: ['ui-state'] }],
    ['ps_l', '1y', 'Meta cross-app sign-in state', { tags: ['authentication'] }],
    ['ps_n', '1y', 'Meta cross-app sign-in state', { tags: ['authentication'] }],
    ['wl_cbv', '90d', 'Facebook login state', { tags: ['authentication'] }],
    ['sfiu', '1w', 'Facebook login security', { tags: ['security'] }],
    [
      'cppo',
      '1d',
      'Facebook setting for a temporary site version',
      { category: 'functional', tags: ['feature-flags'] },
    ],
    [
      'x-referer',
      'session',
      'Facebook mobile site referrer for navigation',
      { category: 'functional', tags: ['session'] },
    ],
  ],
);

const instagram = group(
  {
    vendor: 'instagram',
    category: 'necessary',
    tags: ['authentication'],
    domains: IG,
    ref: 'https://privacycenter.instagram.com/policies/cookies/',
  },
  [
    ['sessionid', '1y', 'Instagram signed-in session', { tags: ['authentication', 'session'] }],
    ['csrftoken', '1y', 'Instagram cross-site request forgery protection', { tags: ['csrf', 'security'] }],
    ['ds_user_id', '90d', 'Instagram signed-in user id'],
    ['mid', '2y', 'Instagram browser id used for login security', { tags: ['security', 'device-id'] }],
    ['ig_did', '2y', 'Instagram device id for security and fraud prevention', { tags: ['security', 'device-id'] }],
    ['ig_nrcb', '1y', 'Instagram cookie-banner state', { tags: ['consent'] }],
    ['rur', 'session', 'Instagram request routing to a data centre', { tags: ['load-balancing'] }],
    ['shbid', '7d', 'Instagram request routing', { tags: ['load-balancing'] }],
    ['shbts', '7d', 'Instagram request routing timestamp', { tags: ['load-balancing'] }],
    ['datr', '2y', 'Identifies the browser for Instagram login security', { tags: ['security', 'device-id'] }],
    ['ig_lang', '1y', 'Instagram display language', { category: 'preferences', tags: ['localization'] }],
    ['dpr', '7d', 'Instagram device pixel ratio', { category: 'functional', tags: ['ui-state'] }],
    ['wd', '7d', 'Instagram browser window size', { category: 'functional', tags: ['ui-state'] }],
  ],
);

export const META_ENTRIES: CatalogueEntry[] = [...pixel, ...facebook, ...instagram];
