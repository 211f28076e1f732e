import { group } from '../define';
import type { CatalogueEntry } from '../schema';

// Sources: X/Twitter cookies help page (help.x.com/rules-and-policies/x-cookies), TikTok Pixel cookie docs
// (ads.tiktok.com/help), Reddit cookie notice (reddit.com/policies/cookies), Pinterest cookies policy
// (policy.pinterest.com/cookies), Snap Pixel docs (businesshelp.snapchat.com), Quora pixel docs. Our own words.
const X = ['twitter.com', 'x.com', 'ads-twitter.com', 't.co'];
const TT = ['tiktok.com', 'tiktokv.com', 'tiktokw.us', 'byteoversea.com'];
const RD = ['reddit.com'];
const PIN = ['pinterest.com'];
const SNAP = ['snapchat.com', 'snap.com'];

const x = group(
  {
    vendor: 'x-twitter',
    category: 'marketing',
    tags: ['ads', 'social'],
    ref: 'https://help.x.com/en/rules-and-policies/x-cookies',
  },
  [
    [
      'guest_id',
      '13mo',
      'X (Twitter) id of a signed-out visitor, used for ads and embeds',
      { tags: ['ads', 'social', 'device-id'] },
    ],
    ['guest_id_ads', '13mo', 'X (Twitter) guest id for ads'],
    ['guest_id_marketing', '13mo', 'X (Twitter) guest id for marketing'],
    [
      'personalization_id',
      '13mo',
      'X (Twitter) id that tracks activity on and off X for personalised ads',
      { tags: ['ads', 'cross-site-tracking', 'device-id'] },
    ],
    ['muc_ads', '13mo', 'X (Twitter) ads id for measuring campaigns', { tags: ['ads', 'attribution'] }],
    [
      '_twclid',
      '90d',
      'X (Twitter) pixel click id of the ad that brought the visitor',
      { tags: ['ads', 'attribution'] },
    ],
    ['twclid', '90d', 'X (Twitter) click id of the ad that brought the visitor', { tags: ['ads', 'attribution'] }],
    [
      'auth_token',
      '1y',
      'X (Twitter) signed-in session',
      { domains: X, category: 'necessary', tags: ['authentication', 'session'] },
    ],
    [
      'ct0',
      '6h',
      'X (Twitter) protection against cross-site request forgery',
      { domains: X, category: 'necessary', tags: ['csrf'] },
    ],
    ['twid', '1y', 'X (Twitter) signed-in user id', { domains: X, category: 'necessary', tags: ['authentication'] }],
    [
      'kdt',
      '18mo',
      'X (Twitter) known-device token for login security',
      { domains: X, category: 'necessary', tags: ['security', 'device-id'] },
    ],
    ['_twitter_sess', 'session', 'X (Twitter) session state', { domains: X, category: 'necessary', tags: ['session'] }],
    [
      'gt',
      '3h',
      'X (Twitter) guest token for signed-out API use',
      { domains: X, category: 'necessary', tags: ['session'] },
    ],
    [
      'att',
      '1d',
      'X (Twitter) sign-up/login flow state',
      { domains: X, category: 'necessary', tags: ['authentication'] },
    ],
    [
      'd_prefs',
      '6mo',
      'X (Twitter) data-sharing preferences',
      { domains: X, category: 'necessary', tags: ['consent'] },
    ],
    ['dnt', '13mo', 'X (Twitter) do-not-track preference', { domains: X, category: 'necessary', tags: ['consent'] }],
    [
      'lang',
      'session',
      'X (Twitter) display language',
      { domains: X, category: 'preferences', tags: ['localization'] },
    ],
    [
      'external_referer',
      '7d',
      'X (Twitter) referrer record for signed-out visitors',
      { domains: X, category: 'analytics', tags: ['analytics', 'attribution'] },
    ],
    [
      'remember_checked_on',
      '1y',
      'X (Twitter) "remember me" at sign-in',
      { domains: X, category: 'necessary', tags: ['authentication'] },
    ],
    [
      'night_mode',
      '1y',
      'X (Twitter) dark mode choice',
      { domains: X, category: 'preferences', tags: ['personalization'] },
    ],
  ],
);

const tiktok = group(
  {
    vendor: 'tiktok-pixel',
    category: 'marketing',
    tags: ['ads', 'attribution'],
    ref: 'https://ads.tiktok.com/help/article/using-cookies-with-tiktok-pixel',
  },
  [
    [
      '_ttp',
      '13mo',
      'TikTok Pixel visitor id for measuring and optimising ads',
      { tags: ['ads', 'device-id', 'retargeting'] },
    ],
    ['_ttclid', '30d', 'TikTok click id of the ad that brought the visitor'],
    ['ttclid', '30d', 'TikTok click id of the ad that brought the visitor'],
    ['_tt_enable_cookie', '13mo', 'TikTok Pixel check that first-party cookies work', { tags: ['ads', 'testing'] }],
    ['ttcsid', '30m', 'TikTok Pixel session id for event matching'],
    ['ttcsid_*', '30m', 'TikTok Pixel session id for one pixel'],
    ['tta_attr_id', '30d', 'TikTok attribution id for ad clicks'],
    ['tta_attr_id_mirror', '30d', 'TikTok attribution id copy'],
    ['ttwid', '1y', 'TikTok browser id used for site functions and ads', { domains: TT, tags: ['ads', 'device-id'] }],
    ['tt_webid', '1y', 'TikTok web visitor id', { domains: TT, tags: ['ads', 'device-id'] }],
    ['tt_webid_v2', '1y', 'TikTok web visitor id', { domains: TT, tags: ['ads', 'device-id'] }],
    ['_ttp_', '13mo', 'TikTok visitor id on TikTok domains', { domains: TT, tags: ['ads', 'device-id'] }],
    [
      'ttp',
      '13mo',
      'TikTok ad id on TikTok domains',
      { domains: TT, tags: ['ads', 'cross-site-tracking', 'device-id'] },
    ],
    [
      'tt_csrf_token',
      'session',
      'TikTok protection against cross-site request forgery',
      { domains: TT, category: 'necessary', tags: ['csrf'] },
    ],
    [
      'tt_chain_token',
      '6mo',
      'TikTok request tracing token',
      { domains: TT, category: 'necessary', tags: ['security'] },
    ],
    [
      'msToken',
      '10d',
      'TikTok anti-abuse request token',
      { domains: TT, category: 'necessary', tags: ['security', 'bot-management'] },
    ],
    [
      'odin_tt',
      '1y',
      'TikTok user id for personalisation and security',
      { domains: TT, tags: ['personalization', 'device-id'] },
    ],
    [
      'sessionid',
      '2mo',
      'TikTok signed-in session',
      { domains: TT, category: 'necessary', tags: ['authentication', 'session'] },
    ],
    [
      'sessionid_ss',
      '2mo',
      'TikTok signed-in session (SameSite variant)',
      { domains: TT, category: 'necessary', tags: ['authentication', 'session'] },
    ],
    [
      'sid_tt',
      '2mo',
      'TikTok signed-in session id',
      { domains: TT, category: 'necessary', tags: ['authentication', 'session'] },
    ],
    [
      'sid_guard',
      '1y',
      'TikTok session guard',
      { domains: TT, category: 'necessary', tags: ['authentication', 'security'] },
    ],
    ['uid_tt', '2mo', 'TikTok signed-in user id', { domains: TT, category: 'necessary', tags: ['authentication'] }],
    [
      'passport_csrf_token',
      '2mo',
      'TikTok login protection against request forgery',
      { domains: TT, category: 'necessary', tags: ['csrf'] },
    ],
    [
      'cmpl_token',
      '2mo',
      'TikTok login completion token',
      { domains: TT, category: 'necessary', tags: ['authentication'] },
    ],
    ['store-idc', '1y', 'TikTok data-centre routing', { domains: TT, category: 'necessary', tags: ['load-balancing'] }],
    [
      'tt-target-idc',
      '1y',
      'TikTok data-centre routing',
      { domains: TT, category: 'necessary', tags: ['load-balancing'] },
    ],
    [
      's_v_web_id',
      '1y',
      'TikTok anti-bot verification id',
      { domains: TT, category: 'necessary', tags: ['bot-management'] },
    ],
  ],
);

const reddit = group(
  {
    vendor: 'reddit-pixel',
    category: 'marketing',
    tags: ['ads', 'attribution'],
    ref: 'https://www.reddit.com/policies/cookies',
  },
  [
    [
      '_rdt_uuid',
      '90d',
      'Reddit Pixel visitor id for conversion tracking and retargeting',
      { tags: ['ads', 'retargeting', 'device-id'] },
    ],
    ['_rdt_cid', '90d', 'Reddit click id of the ad that brought the visitor'],
    ['_rdt_em', '90d', 'Reddit Pixel hashed e-mail for advanced matching', { tags: ['ads', 'identity'] }],
    ['rdt', '90d', 'Reddit ad id on Reddit domains', { domains: RD, tags: ['ads', 'cross-site-tracking'] }],
    ['reddaid', '1y', 'Reddit ad id', { domains: RD, tags: ['ads', 'device-id'] }],
    [
      'reddit_session',
      '6mo',
      'Reddit signed-in session',
      { domains: RD, category: 'necessary', tags: ['authentication', 'session'] },
    ],
    [
      'token_v2',
      '1d',
      'Reddit access token for the signed-in or guest user',
      { domains: RD, category: 'necessary', tags: ['authentication'] },
    ],
    [
      'loid',
      '2y',
      'Reddit logged-out user id for analytics and ads',
      { domains: RD, category: 'analytics', tags: ['analytics', 'device-id'] },
    ],
    [
      'session_tracker',
      '2h',
      'Reddit session tracking for analytics',
      { domains: RD, category: 'analytics', tags: ['analytics'] },
    ],
    ['edgebucket', '2y', 'Reddit experiment bucket', { domains: RD, category: 'functional', tags: ['feature-flags'] }],
    ['csv', '2y', 'Reddit cookie-version marker', { domains: RD, category: 'functional', tags: ['session'] }],
    [
      'csrf_token',
      'session',
      'Reddit protection against cross-site request forgery',
      { domains: RD, category: 'necessary', tags: ['csrf'] },
    ],
    ['eu_cookie', '1y', 'Reddit cookie-banner choice', { domains: RD, category: 'necessary', tags: ['consent'] }],
    [
      'over18',
      '1y',
      'Reddit: the visitor confirmed being an adult',
      { domains: RD, category: 'preferences', tags: ['personalization'] },
    ],
    [
      'recent_srs',
      '1y',
      'Reddit recently visited communities',
      { domains: RD, category: 'functional', tags: ['ui-state'] },
    ],
    [
      'pc',
      '1y',
      'Reddit: preference cookie for feed layout',
      { domains: RD, category: 'preferences', tags: ['personalization'] },
    ],
  ],
);

const pinterest = group(
  {
    vendor: 'pinterest',
    category: 'marketing',
    tags: ['ads', 'attribution'],
    ref: 'https://policy.pinterest.com/en/cookies',
  },
  [
    [
      '_pin_unauth',
      '1y',
      'Pinterest Tag: id of a signed-out visitor for conversion tracking',
      { tags: ['ads', 'device-id'] },
    ],
    [
      '_pinterest_ct_ua',
      '1y',
      'Pinterest Tag: visitor id for cross-site conversion tracking',
      { tags: ['ads', 'cross-site-tracking'] },
    ],
    ['_pinterest_ct_rt', '1y', 'Pinterest Tag: conversion tracking'],
    ['_pinterest_ct', '1y', 'Pinterest Tag: conversion tracking'],
    ['_epik', '1y', 'Pinterest Tag: click id of the Pinterest ad that brought the visitor'],
    ['_derived_epik', '1y', 'Pinterest Tag: click id derived for conversion matching'],
    ['_pin*', '1y', 'Pinterest Tag state'],
    [
      '_pinterest_sess',
      '1y',
      'Pinterest signed-in session, also used for ads on partner sites',
      { domains: PIN, category: 'necessary', tags: ['authentication', 'session', 'ads'] },
    ],
    [
      '_auth',
      '1y',
      'Pinterest: whether the visitor is signed in',
      { domains: PIN, category: 'necessary', tags: ['authentication'] },
    ],
    [
      '_routing_id',
      '1d',
      'Pinterest request routing',
      { domains: PIN, category: 'necessary', tags: ['load-balancing'] },
    ],
    [
      'csrftoken',
      '1y',
      'Pinterest protection against cross-site request forgery',
      { domains: PIN, category: 'necessary', tags: ['csrf'] },
    ],
    ['cm_sub', '1y', 'Pinterest cookie-consent record', { domains: PIN, category: 'necessary', tags: ['consent'] }],
    [
      '_b',
      '1y',
      'Pinterest browser id for security',
      { domains: PIN, category: 'necessary', tags: ['security', 'device-id'] },
    ],
    ['ar_debug', '90d', 'Pinterest Attribution Reporting debug marker', { domains: PIN }],
  ],
);

const snap = group(
  {
    vendor: 'snap-pixel',
    category: 'marketing',
    tags: ['ads', 'attribution'],
    ref: 'https://businesshelp.snapchat.com/s/article/pixel-direct-implementation',
  },
  [
    ['_scid', '13mo', 'Snap Pixel visitor id for conversion tracking', { tags: ['ads', 'device-id'] }],
    ['_scid_r', '13mo', 'Snap Pixel visitor id (refreshed copy)', { tags: ['ads', 'device-id'] }],
    ['_sctr', '1y', 'Snap Pixel time of the last conversion'],
    ['_schn', 'session', 'Snap Pixel session marker'],
    ['_ScCbts', '1w', 'Snap Pixel conversion beacon timestamps'],
    [
      'sc_at',
      '13mo',
      'Snap ad id used to attribute conversions across sites',
      { domains: SNAP, tags: ['ads', 'cross-site-tracking', 'device-id'] },
    ],
    ['X-AB', '1d', 'Snap experiment bucket', { domains: SNAP, category: 'functional', tags: ['ab-testing'] }],
    [
      'sc-cookies-accepted',
      '1y',
      'Snap cookie-banner choice',
      { domains: SNAP, category: 'necessary', tags: ['consent'] },
    ],
  ],
);

const quora = group(
  {
    vendor: 'quora-pixel',
    category: 'marketing',
    tags: ['ads', 'attribution'],
    domains: ['quora.com'],
    ref: 'https://www.quora.com/about/cookies',
  },
  [
    ['m-b', '2y', 'Quora browser id, used for sign-in and ads', { tags: ['ads', 'device-id'] }],
    ['m-b_lax', '2y', 'Quora browser id (SameSite=Lax copy)', { tags: ['ads', 'device-id'] }],
    ['m-b_strict', '2y', 'Quora browser id (SameSite=Strict copy)', { tags: ['ads', 'device-id'] }],
    ['m-s', '2y', 'Quora session id', { category: 'necessary', tags: ['session'] }],
    ['m-uid', '2y', 'Quora signed-in user id', { category: 'necessary', tags: ['authentication'] }],
  ],
);

export const SOCIAL_ENTRIES: CatalogueEntry[] = [...x, ...tiktok, ...reddit, ...pinterest, ...snap, ...quora];
