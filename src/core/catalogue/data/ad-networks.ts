import { group } from '../define';
import type { CatalogueEntry } from '../schema';

// Sources: each network's own cookie or privacy page (linked per group). These cookies live on the network's domain
// and are read in third-party context, so most entries carry `domains`. Written in our own words.
const AD: ['ads', 'cross-site-tracking', 'device-id'] = ['ads', 'cross-site-tracking', 'device-id'];

const amazon = group(
  {
    vendor: 'amazon-ads',
    category: 'marketing',
    tags: AD,
    domains: ['amazon-adsystem.com'],
    ref: 'https://advertising.amazon.com/legal/cookie-policy',
  },
  [
    ['ad-id', '8mo', 'Amazon Ads id for showing and measuring ads on other sites'],
    [
      'ad-privacy',
      '5y',
      'Amazon Ads record of the visitor’s ad-tracking opt-out',
      { category: 'necessary', tags: ['consent'] },
    ],
  ],
);

const amazonShop = group(
  {
    vendor: 'amazon',
    category: 'necessary',
    tags: ['session'],
    domains: [
      'amazon.com',
      'amazon.co.uk',
      'amazon.de',
      'amazon.fr',
      'amazon.it',
      'amazon.es',
      'amazon.ca',
      'amazon.co.jp',
      'amazon.in',
      'amazon.com.au',
      'amazon.nl',
      'amazon.se',
      'amazon.pl',
      'amazon.com.br',
      'amazon.com.mx',
    ],
    ref: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=GTHXVGCTYMLT5ZVF',
  },
  [
    ['session-id', '1y', 'Amazon shopping session id'],
    ['session-id-time', '1y', 'Amazon shopping session expiry'],
    ['session-token', '1y', 'Amazon shopping session token', { tags: ['session', 'authentication'] }],
    ['ubid-main', '1y', 'Amazon browser id for the shopping session', { tags: ['session', 'device-id'] }],
    ['x-main', '1y', 'Amazon signed-in customer marker', { tags: ['authentication'] }],
    ['at-main', '1y', 'Amazon signed-in access token', { tags: ['authentication'] }],
    ['sess-at-main', '1y', 'Amazon signed-in session token', { tags: ['authentication', 'session'] }],
    ['sst-main', '1y', 'Amazon secure session token', { tags: ['authentication', 'session'] }],
    ['lc-main', '1y', 'Amazon display language', { category: 'preferences', tags: ['localization'] }],
    ['i18n-prefs', '1y', 'Amazon display currency', { category: 'preferences', tags: ['localization'] }],
    ['sp-cdn', '1y', 'Amazon content-delivery region choice', { tags: ['cdn'] }],
    ['csm-hit', '1y', 'Amazon client-side performance measurement', { category: 'analytics', tags: ['performance'] }],
    ['skin', 'session', 'Amazon site layout choice', { category: 'functional', tags: ['ui-state'] }],
  ],
);

const criteo = group(
  { vendor: 'criteo', category: 'marketing', tags: ['ads', 'retargeting'], ref: 'https://www.criteo.com/privacy/' },
  [
    [
      'cto_bundle',
      '13mo',
      'Criteo bundle of partner ids used for retargeting ads',
      { tags: ['ads', 'retargeting', 'cross-site-tracking'] },
    ],
    ['cto_tld_test', '1m', 'Criteo check of the top-level domain cookies can be set on', { tags: ['ads', 'testing'] }],
    ['criteo_write_test', '1m', 'Criteo check that cookies can be written', { tags: ['ads', 'testing'] }],
    ['cto_pub_test_tld', '1m', 'Criteo publisher tag domain test', { tags: ['ads', 'testing'] }],
    ['cto_bidid', '13mo', 'Criteo header-bidding id for publishers'],
    ['cto_dna_bundle', '13mo', 'Criteo partner id bundle'],
    ['cto_axid', '13mo', 'Criteo first-party id'],
    ['cto_idcpy', '13mo', 'Criteo id copy for publishers'],
    ['cto_lwid', '13mo', 'Criteo id for advertisers'],
    ['cto_sid', '13mo', 'Criteo session id'],
    ['cto_optout', '5y', 'Records an opt-out from Criteo ads', { category: 'necessary', tags: ['consent'] }],
    ['cto_*', '13mo', 'Criteo retargeting state'],
    ['uid', '13mo', 'Criteo user id for retargeting across sites', { domains: ['criteo.com'], tags: AD }],
    ['uic', '13mo', 'Criteo id sync state', { domains: ['criteo.com'], tags: AD }],
    [
      'optout',
      '5y',
      'Records an opt-out from Criteo ads',
      { domains: ['criteo.com'], category: 'necessary', tags: ['consent'] },
    ],
  ],
);

const taboola = group(
  {
    vendor: 'taboola',
    category: 'marketing',
    tags: ['ads', 'personalization'],
    ref: 'https://www.taboola.com/policies/cookie-policy',
  },
  [
    ['t_gid', '1y', 'Taboola visitor id for recommending content and ads', { tags: AD }],
    ['t_pt_gid', '1y', 'Taboola visitor id for the Taboola Pixel', { tags: AD }],
    ['taboola_session_id', 'session', 'Taboola session id'],
    ['trc_cookie_storage', '1y', 'Taboola recommendation state'],
    ['taboola_usg', '1y', 'Taboola usage state'],
    ['_tb_sess_r', '30m', 'Taboola session referrer'],
    ['_tb_t_ppg', '1y', 'Taboola page-to-page tracking'],
    ['tb_click_param', '1y', 'Taboola click id for attribution', { tags: ['ads', 'attribution'] }],
    ['_tb_*', '1y', 'Taboola state'],
    ['taboola global:*', '1y', 'Taboola global visitor state'],
  ],
);

const outbrain = group(
  {
    vendor: 'outbrain',
    category: 'marketing',
    tags: ['ads', 'personalization'],
    ref: 'https://www.outbrain.com/privacy/cookies/',
  },
  [
    ['obuid', '90d', 'Outbrain visitor id for recommendations and ads', { domains: ['outbrain.com'], tags: AD }],
    ['outbrain_cid_fetch', '5m', 'Outbrain marker that a click id was fetched', { tags: ['ads', 'attribution'] }],
    ['_obid', '1y', 'Outbrain Pixel visitor id for conversions', { tags: ['ads', 'attribution', 'device-id'] }],
    ['OB-USER-TOKEN', '90d', 'Outbrain visitor token for recommendations', { tags: AD }],
    ['apnxs', '90d', 'Outbrain id sync with Xandr', { domains: ['outbrain.com'], tags: AD }],
    ['adrl', '90d', 'Outbrain id sync with AdRoll', { domains: ['outbrain.com'], tags: AD }],
  ],
);

const quantcast = group(
  { vendor: 'quantcast', category: 'marketing', tags: ['ads', 'analytics'], ref: 'https://www.quantcast.com/privacy/' },
  [
    [
      '__qca',
      '13mo',
      'Quantcast first-party visitor id for audience measurement and ads',
      { tags: ['ads', 'analytics', 'device-id'] },
    ],
    ['__qcb', '13mo', 'Quantcast measurement state'],
    [
      'mc',
      '13mo',
      'Quantcast id for audience measurement across sites',
      { domains: ['quantserve.com', 'quantcount.com'], tags: AD },
    ],
    ['d', '3mo', 'Quantcast id sync state', { domains: ['quantserve.com'], tags: AD }],
  ],
);

const xandr = group(
  {
    vendor: 'xandr',
    category: 'marketing',
    tags: AD,
    domains: ['adnxs.com', 'adnxs-simple.com'],
    ref: 'https://www.xandr.com/privacy/cookie-policy/',
  },
  [
    ['uuid2', '90d', 'Xandr (AppNexus) id for real-time ad bidding across sites'],
    ['anj', '90d', 'Xandr id sync state for ad bidding'],
    ['icu', '90d', 'Xandr id for ad selection and frequency'],
    ['usersync', '90d', 'Xandr partner id sync state'],
    ['XANDR_PANID', '90d', 'Xandr publisher-provided id'],
    ['receive-cookie-deprecation', '6mo', 'Chrome third-party cookie deprecation testing label'],
    ['sess', 'session', 'Xandr check that cookies work', { tags: ['ads', 'testing'] }],
  ],
);

const ttd = group(
  {
    vendor: 'the-trade-desk',
    category: 'marketing',
    tags: AD,
    domains: ['adsrvr.org'],
    ref: 'https://www.thetradedesk.com/us/privacy',
  },
  [
    ['TDID', '1y', 'The Trade Desk id for ad bidding across sites'],
    ['TDCPM', '1y', 'The Trade Desk id sync and pricing state'],
    ['TTDOptOut', '5y', 'The Trade Desk opt-out record', { category: 'necessary', tags: ['consent'] }],
  ],
);

const pubmatic = group(
  {
    vendor: 'pubmatic',
    category: 'marketing',
    tags: AD,
    domains: ['pubmatic.com'],
    ref: 'https://pubmatic.com/legal/privacy/',
  },
  [
    ['KADUSERCOOKIE', '3mo', 'PubMatic id for ad auctions'],
    ['KRTBCOOKIE_*', '3mo', 'PubMatic id synced with one bidding partner'],
    ['PUBMDCID', '3mo', 'PubMatic data-centre id'],
    ['DPSync*', '3mo', 'PubMatic partner sync state'],
    ['SyncRTB*', '3mo', 'PubMatic partner sync state'],
    ['PugT', '1mo', 'PubMatic time of the last id sync'],
  ],
);

const magnite = group(
  {
    vendor: 'magnite',
    category: 'marketing',
    tags: AD,
    domains: ['rubiconproject.com'],
    ref: 'https://www.magnite.com/legal/advertising-technology-privacy-policy/',
  },
  [
    ['khaos', '1y', 'Magnite (Rubicon Project) id for ad auctions'],
    [
      'audit',
      '1y',
      'Magnite record of the visitor’s ad-tracking consent',
      { category: 'necessary', tags: ['consent'] },
    ],
    ['rpx', '1mo', 'Magnite partner sync state'],
    ['rpb', '1mo', 'Magnite bidding state'],
    ['put_*', '1mo', 'Magnite id synced with one partner'],
  ],
);

const openx = group(
  {
    vendor: 'openx',
    category: 'marketing',
    tags: AD,
    domains: ['openx.net'],
    ref: 'https://www.openx.com/legal/privacy-policy/',
  },
  [
    ['i', '1y', 'OpenX id for ad auctions'],
    ['pd', '2w', 'OpenX partner sync state'],
    ['univ_id', '1y', 'OpenX universal id sync'],
  ],
);

const indexExchange = group(
  {
    vendor: 'index-exchange',
    category: 'marketing',
    tags: AD,
    domains: ['casalemedia.com', 'indexww.com'],
    ref: 'https://www.indexexchange.com/privacy/',
  },
  [
    ['CMID', '1y', 'Index Exchange id for ad auctions'],
    ['CMPS', '3mo', 'Index Exchange partner sync state'],
    ['CMPRO', '3mo', 'Index Exchange partner sync state'],
    ['CMST', '1d', 'Index Exchange time of the id creation'],
  ],
);

const mediamath = group(
  {
    vendor: 'mediamath',
    category: 'marketing',
    tags: AD,
    domains: ['mathtag.com'],
    ref: 'https://www.mediamath.com/privacy-policy/',
  },
  [
    ['uuid', '13mo', 'MediaMath id for ad bidding across sites'],
    ['mt_misc', '1mo', 'MediaMath id sync state'],
    ['mt_mop', '1mo', 'MediaMath partner sync state'],
  ],
);

const adform = group(
  {
    vendor: 'adform',
    category: 'marketing',
    tags: AD,
    domains: ['adform.net', 'adformdsp.net', 'seadform.net'],
    ref: 'https://site.adform.com/privacy-center/platform/cookies-and-similar-technologies/',
  },
  [
    ['uid', '60d', 'Adform id for ad targeting and measurement'],
    ['C', '1mo', 'Adform check that cookies work', { tags: ['ads', 'testing'] }],
    ['cid', '60d', 'Adform id linked to partners'],
    ['TPC', '2w', 'Adform partner sync timestamp'],
    ['CM', '1w', 'Adform partner sync state'],
    ['CM14', '2w', 'Adform partner sync state'],
    ['otsid', '60d', 'Adform opt-out/consent state', { category: 'necessary', tags: ['consent'] }],
  ],
);

const yahoo = group(
  {
    vendor: 'yahoo',
    category: 'marketing',
    tags: ['ads', 'device-id'],
    domains: ['yahoo.com', 'yahoo.net', 'yimg.com', 'aol.com', 'advertising.com'],
    ref: 'https://legal.yahoo.com/us/en/yahoo/privacy/cookies/index.html',
  },
  [
    ['A1', '1y', 'Yahoo browser id for ads and personalisation', { tags: AD }],
    ['A3', '1y', 'Yahoo browser id for ads (cross-site copy of A1)', { tags: AD }],
    ['A1S', 'session', 'Yahoo browser id session copy'],
    ['B', '1y', 'Legacy Yahoo browser id', { tags: AD }],
    ['GUC', '1y', 'Yahoo consent-linked browser id', { category: 'necessary', tags: ['consent'] }],
    ['IDSYNC', '1y', 'Yahoo ad partner id sync', { tags: AD }],
    ['APID', '1y', 'Yahoo ad id', { tags: AD }],
    ['APIDTS', '1d', 'Yahoo ad id timestamp'],
    ['cmp', '1y', 'Yahoo consent state', { category: 'necessary', tags: ['consent'] }],
  ],
);

const bidswitch = group(
  {
    vendor: 'bidswitch',
    category: 'marketing',
    tags: AD,
    domains: ['bidswitch.net'],
    ref: 'https://www.iponweb.com/privacy-policy/',
  },
  [
    ['tuuid', '1y', 'Bidswitch id for ad bidding'],
    ['tuuid_lu', '1y', 'Bidswitch time of the last id update'],
  ],
);

const smart = group(
  {
    vendor: 'equativ',
    category: 'marketing',
    tags: AD,
    domains: ['smartadserver.com'],
    ref: 'https://equativ.com/privacy-policy/',
  },
  [
    ['pid', '13mo', 'Equativ (Smart AdServer) id for ad delivery'],
    ['TestIfCookie', 'session', 'Equativ check that cookies work', { tags: ['ads', 'testing'] }],
    ['TestIfCookieP', '1w', 'Equativ check that persistent cookies work', { tags: ['ads', 'testing'] }],
    ['sasd', '1mo', 'Equativ ad delivery state'],
    ['sasd2', '1mo', 'Equativ ad delivery state'],
    ['csfq', '1mo', 'Equativ frequency capping'],
    ['pbw', '1mo', 'Equativ partner sync state'],
    ['pdomid', '1mo', 'Equativ partner sync state'],
  ],
);

const lotame = group(
  { vendor: 'lotame', category: 'marketing', tags: AD, ref: 'https://www.lotame.com/about-lotame/privacy/' },
  [
    ['_cc_id', '9mo', 'Lotame first-party audience id'],
    ['_cc_dc', '9mo', 'Lotame audience data collection state'],
    ['_cc_aud', '9mo', 'Lotame audience segments for ad targeting'],
    ['_cc_cc', 'session', 'Lotame collection state'],
    ['panoramaId', '1w', 'Lotame Panorama ID: a cross-site people-based id', { tags: AD }],
    ['panoramaId_expiry', '1w', 'Lotame Panorama ID expiry'],
    ['panoramaIdType', '1w', 'Lotame Panorama ID type'],
    ['cc', '9mo', 'Lotame third-party audience id', { domains: ['crwdcntrl.net'] }],
  ],
);

const liveramp = group(
  { vendor: 'liveramp', category: 'marketing', tags: AD, ref: 'https://liveramp.com/privacy/service-privacy-policy/' },
  [
    ['rlas3', '1y', 'LiveRamp id used to match people across sites for ads', { domains: ['rlcdn.com'] }],
    ['pxrc', '2mo', 'LiveRamp partner sync state', { domains: ['rlcdn.com'] }],
    ['idl_env', '30d', 'LiveRamp Authenticated Traffic Solution (RampID envelope)'],
    ['_lr_env_src_ats', '30d', 'LiveRamp ATS: whether the RampID envelope came from ATS'],
    ['_lr_retry_request', '1h', 'LiveRamp ATS retry marker'],
    ['_lr_env', '30d', 'LiveRamp ATS RampID envelope'],
    ['_lr_sampling_rate', '1y', 'LiveRamp ATS sampling rate', { tags: ['ads', 'analytics'] }],
  ],
);

const idSolutions = group(
  {
    vendor: 'prebid-sharedid',
    category: 'marketing',
    tags: ['ads', 'device-id'],
    ref: 'https://docs.prebid.org/dev-docs/modules/userid-submodules/sharedid.html',
  },
  [
    ['_pubcid', '1y', 'Prebid SharedID: first-party id shared with ad bidders'],
    ['_pubcid_cst', '1y', 'Prebid SharedID consent-state marker'],
    ['_sharedid', '1y', 'Prebid SharedID: first-party id shared with ad bidders'],
    ['_sharedID', '1y', 'Prebid SharedID: first-party id shared with ad bidders'],
    ['_sharedid_cst', '1y', 'Prebid SharedID consent-state marker'],
    ['sharedid', '1y', 'Prebid SharedID third-party copy', { domains: ['sharethrough.com', 'prebid.org'] }],
    [
      '__uid2_advertising_token',
      '',
      'Unified ID 2.0 advertising token derived from a hashed e-mail',
      { vendor: 'unified-id', tags: ['ads', 'identity', 'cross-site-tracking'] },
    ],
    [
      '__euid_advertising_token',
      '',
      'European Unified ID advertising token',
      { vendor: 'unified-id', tags: ['ads', 'identity', 'cross-site-tracking'] },
    ],
    ['id5id', '90d', 'ID5 universal id shared with ad partners', { vendor: 'id5', tags: AD }],
    ['id5id_last', '90d', 'ID5 time of the last id refresh', { vendor: 'id5' }],
    ['id5id_*', '90d', 'ID5 universal id state', { vendor: 'id5' }],
    ['id5', '90d', 'ID5 third-party universal id', { vendor: 'id5', domains: ['id5-sync.com'], tags: AD }],
    [
      '_pbjs_userid_consent_data',
      '30d',
      'Prebid.js user-id module consent snapshot',
      { category: 'necessary', tags: ['consent'] },
    ],
    ['pbjs-unifiedid', '60d', 'Prebid.js Unified ID (The Trade Desk) for ad bidders', { tags: AD }],
    ['pbjs_li_nonid', '1y', 'Prebid.js LiveIntent non-identity marker', { tags: AD }],
    ['_li_duid', '2y', 'LiveIntent first-party id for e-mail-based ad targeting', { vendor: 'liveintent', tags: AD }],
    ['_lc2_fpi', '2y', 'LiveIntent first-party id for ad targeting', { vendor: 'liveintent', tags: AD }],
    ['_lc2_fpi_exp', '2y', 'LiveIntent first-party id expiry', { vendor: 'liveintent' }],
    ['lidid', '2y', 'LiveIntent third-party id', { vendor: 'liveintent', domains: ['liadm.com'], tags: AD }],
  ],
);

const misc = group(
  {
    vendor: 'bluekai',
    category: 'marketing',
    tags: AD,
    domains: ['bluekai.com'],
    ref: 'https://www.oracle.com/legal/privacy/advertising-privacy-policy.html',
  },
  [
    ['bku', '6mo', 'Oracle BlueKai id for audience targeting'],
    ['bkpa', '6mo', 'Oracle BlueKai partner sync state'],
    ['bkdc', '6mo', 'Oracle BlueKai data-centre routing'],
    ['bklc', '6mo', 'Oracle BlueKai last-contact time'],
    ['bkst', '6mo', 'Oracle BlueKai state'],
    ['TapAd_TS', '2mo', 'Tapad time of the last cross-device sync', { vendor: 'tapad', domains: ['tapad.com'] }],
    ['TapAd_DID', '2mo', 'Tapad cross-device id', { vendor: 'tapad', domains: ['tapad.com'] }],
    ['TapAd_3WAY_SYNCS', '2mo', 'Tapad partner sync state', { vendor: 'tapad', domains: ['tapad.com'] }],
    ['tt_viewer', '1y', 'Teads video ad viewer id', { vendor: 'teads', domains: ['teads.tv'] }],
    ['tt_c', '1y', 'Teads check that cookies work', { vendor: 'teads', domains: ['teads.tv'] }],
    [
      'stx_user_id',
      '1mo',
      'Sharethrough id for native ad bidding',
      { vendor: 'sharethrough', domains: ['sharethrough.com'] },
    ],
    ['tluid', '90d', 'TripleLift id for native ad bidding', { vendor: 'triplelift', domains: ['3lift.com'] }],
    [
      'tluidp',
      '90d',
      'TripleLift partitioned id for native ad bidding',
      { vendor: 'triplelift', domains: ['3lift.com'] },
    ],
    ['vst', '1y', 'GumGum visitor id for contextual ads', { vendor: 'gumgum', domains: ['gumgum.com'] }],
    ['33x_ps', '1y', '33Across id for ad bidding', { vendor: '33across', domains: ['33across.com'] }],
    ['33x_nc', '1y', '33Across id sync state', { vendor: '33across', domains: ['33across.com'] }],
    ['ljt_reader', '1y', 'Sovrn (Lijit) reader id for ad bidding', { vendor: 'sovrn', domains: ['lijit.com'] }],
    ['_ljtrtb_*', '1y', 'Sovrn id synced with one bidding partner', { vendor: 'sovrn', domains: ['lijit.com'] }],
    ['ljtrtb', '1y', 'Sovrn partner sync state', { vendor: 'sovrn', domains: ['lijit.com'] }],
    ['zuid', '1y', 'Zemanta (Outbrain DSP) id for native ads', { vendor: 'zemanta', domains: ['zemanta.com'] }],
    ['ud', '3mo', 'Nielsen eXelate audience id', { vendor: 'nielsen', domains: ['exelator.com'] }],
    ['udo', '3mo', 'Nielsen eXelate audience data', { vendor: 'nielsen', domains: ['exelator.com'] }],
    [
      'IMRID',
      '13mo',
      'Nielsen Digital Content Ratings visitor id',
      {
        vendor: 'nielsen',
        domains: ['imrworldwide.com'],
        category: 'analytics',
        tags: ['analytics', 'cross-site-tracking', 'device-id'],
      },
    ],
    [
      'UID',
      '13mo',
      'comScore visitor id for audience measurement across sites',
      {
        vendor: 'comscore',
        domains: ['scorecardresearch.com'],
        category: 'analytics',
        tags: ['analytics', 'cross-site-tracking', 'device-id'],
      },
    ],
    [
      'UIDR',
      '13mo',
      'comScore visitor id backup',
      {
        vendor: 'comscore',
        domains: ['scorecardresearch.com'],
        category: 'analytics',
        tags: ['analytics', 'cross-site-tracking'],
      },
    ],
    [
      'XID',
      '13mo',
      'comScore id sync',
      {
        vendor: 'comscore',
        domains: ['scorecardresearch.com'],
        category: 'analytics',
        tags: ['analytics', 'cross-site-tracking'],
      },
    ],
    [
      'PID',
      '13mo',
      'comScore partner id',
      {
        vendor: 'comscore',
        domains: ['scorecardresearch.com'],
        category: 'analytics',
        tags: ['analytics', 'cross-site-tracking'],
      },
    ],
    [
      '_scor_uid',
      '13mo',
      'comScore first-party visitor id',
      { vendor: 'comscore', domains: undefined, category: 'analytics', tags: ['analytics', 'device-id'] },
    ],
  ],
);

const retarget = group(
  {
    vendor: 'adroll',
    category: 'marketing',
    tags: ['ads', 'retargeting'],
    ref: 'https://www.adroll.com/about/privacy',
  },
  [
    ['__adroll', '13mo', 'AdRoll visitor id for retargeting', { tags: AD }],
    [
      '__adroll_fpc',
      '1y',
      'AdRoll first-party visitor id for retargeting',
      { tags: ['ads', 'retargeting', 'device-id'] },
    ],
    ['__adroll_shared', '13mo', 'AdRoll shared id across AdRoll advertisers', { tags: AD }],
    ['__ar_v4', '1y', 'AdRoll conversion and segment record'],
    ['__adroll_bounced3', '1y', 'AdRoll bounce marker', { tags: ['ads', 'analytics'] }],
    ['__adroll_bounced', '1y', 'AdRoll bounce marker', { tags: ['ads', 'analytics'] }],
    ['__adroll_consent_params', '1y', 'AdRoll consent parameters', { category: 'necessary', tags: ['consent'] }],
    ['sa-user-id', '1y', 'StackAdapt visitor id for programmatic ads', { vendor: 'stackadapt', tags: AD }],
    ['sa-user-id-v2', '1y', 'StackAdapt visitor id for programmatic ads', { vendor: 'stackadapt', tags: AD }],
    ['sa-user-id-v3', '1y', 'StackAdapt visitor id for programmatic ads', { vendor: 'stackadapt', tags: AD }],
    ['sa-camp-*', '1y', 'StackAdapt campaign attribution', { vendor: 'stackadapt', tags: ['ads', 'attribution'] }],
    [
      '_pxvid',
      '1y',
      'HUMAN (PerimeterX) visitor id for bot detection',
      { vendor: 'human-security', category: 'necessary', tags: ['bot-management', 'device-id'] },
    ],
  ],
);

const affiliate = group(
  { vendor: 'awin', category: 'marketing', tags: ['attribution', 'ads'], ref: 'https://www.awin.com/gb/privacy' },
  [
    ['_aw_m_*', '1y', 'Awin affiliate click record for commission attribution'],
    ['_aw_sn_*', '1y', 'Awin affiliate click record for commission attribution'],
    ['_aw_j_*', '1y', 'Awin affiliate journey tag'],
    ['AWSESS', 'session', 'Awin affiliate tracking session', { domains: ['awin1.com'] }],
    ['bId', '1y', 'Awin browser id', { domains: ['awin1.com'], tags: AD }],
    ['cjevent', '13mo', 'CJ Affiliate event id of the affiliate click', { vendor: 'cj-affiliate' }],
    ['cje', '13mo', 'CJ Affiliate click record', { vendor: 'cj-affiliate' }],
    [
      'cjConsent',
      '13mo',
      'CJ Affiliate consent record',
      { vendor: 'cj-affiliate', category: 'necessary', tags: ['consent'] },
    ],
    ['cjUser', '13mo', 'CJ Affiliate user id', { vendor: 'cj-affiliate', tags: AD }],
    ['IR_gbd', '1y', 'Impact affiliate tracking: the site domain', { vendor: 'impact' }],
    ['IR_PI', '1y', 'Impact affiliate tracking visitor id', { vendor: 'impact', tags: ['attribution', 'device-id'] }],
    ['IR_*', '1y', 'Impact affiliate click record for one program', { vendor: 'impact' }],
    ['_irclickid', '30d', 'Impact affiliate click id', { vendor: 'impact' }],
    ['rmStore', '1y', 'Rakuten Advertising affiliate store state', { vendor: 'rakuten-advertising' }],
    [
      'lsclick_mid*',
      '2y',
      'Rakuten Advertising (LinkShare) click record for one merchant',
      { vendor: 'rakuten-advertising' },
    ],
    [
      'PAPVisitorId',
      '1y',
      'Post Affiliate Pro visitor id',
      { vendor: 'post-affiliate-pro', tags: ['attribution', 'device-id'] },
    ],
  ],
);

export const AD_NETWORK_ENTRIES: CatalogueEntry[] = [
  ...amazon,
  ...amazonShop,
  ...criteo,
  ...taboola,
  ...outbrain,
  ...quantcast,
  ...xandr,
  ...ttd,
  ...pubmatic,
  ...magnite,
  ...openx,
  ...indexExchange,
  ...mediamath,
  ...adform,
  ...yahoo,
  ...bidswitch,
  ...smart,
  ...lotame,
  ...liveramp,
  ...idSolutions,
  ...misc,
  ...retarget,
  ...affiliate,
];
