import { group } from '../define';
import type { CatalogueEntry } from '../schema';

// Source: LinkedIn Cookie Table (linkedin.com/legal/l/cookie-table). Oribi was bought by LinkedIn in 2022 and its
// cookies now ship with LinkedIn's Insight Tag. Written in our own words.
const REF = 'https://www.linkedin.com/legal/l/cookie-table';
const LI = ['linkedin.com', 'licdn.com'];

const insight = group({ vendor: 'linkedin-insight', category: 'marketing', tags: ['ads', 'attribution'], ref: REF }, [
  ['li_giant', '7d', 'LinkedIn Insight Tag: conversion tracking id (from Oribi)'],
  [
    'oribi_cookie_test',
    'session',
    'LinkedIn Insight Tag (Oribi): checks that cookies can be set',
    { tags: ['ads', 'testing'] },
  ],
  [
    'oribili_user_guid',
    '1y',
    'LinkedIn Insight Tag (Oribi): visitor id for conversion tracking',
    { tags: ['ads', 'device-id'] },
  ],
  [
    'oribi_user_guid',
    '1y',
    'LinkedIn Insight Tag (Oribi): visitor id for conversion tracking',
    { tags: ['ads', 'device-id'] },
  ],
  ['oribi_session', '30m', 'LinkedIn Insight Tag (Oribi): visit id'],
  [
    'li_fat_id',
    '30d',
    'LinkedIn member-indirect id for conversion tracking and retargeting',
    { tags: ['ads', 'retargeting', 'attribution'] },
  ],
  [
    '_li_dcdm_c',
    '1d',
    'LinkedIn Insight Tag: checks the top-level domain a cookie can be set on',
    { tags: ['ads', 'testing'] },
  ],
  ['_li_ss', '1mo', 'LinkedIn Insight Tag: collected page signals for conversion tracking'],
  ['_li_ss_meta', '1mo', 'LinkedIn Insight Tag: metadata for collected page signals'],
  ['_li_id', '1y', 'LinkedIn Insight Tag: first-party visitor id'],
  [
    'li_sugr',
    '90d',
    'LinkedIn browser id used to match visitors for ads',
    { domains: LI, tags: ['ads', 'cross-site-tracking', 'device-id'] },
  ],
  [
    'UserMatchHistory',
    '30d',
    'LinkedIn ad-partner id sync history',
    { domains: LI, tags: ['ads', 'cross-site-tracking'] },
  ],
  [
    'AnalyticsSyncHistory',
    '30d',
    'LinkedIn time of the last analytics id sync',
    { domains: LI, tags: ['ads', 'cross-site-tracking'] },
  ],
  [
    'bcookie',
    '1y',
    'LinkedIn browser id, used for security and for ads on partner sites',
    { domains: LI, tags: ['ads', 'security', 'device-id', 'cross-site-tracking'] },
  ],
  [
    'lms_ads',
    '30d',
    'LinkedIn: identifies members off LinkedIn for ads',
    { domains: LI, tags: ['ads', 'cross-site-tracking'] },
  ],
  [
    'lms_analytics',
    '30d',
    'LinkedIn: identifies members off LinkedIn for analytics',
    { domains: LI, category: 'analytics', tags: ['analytics', 'cross-site-tracking'] },
  ],
  [
    'li_mc',
    '6mo',
    'LinkedIn: stores the visitor’s consent to non-essential cookies',
    { domains: LI, category: 'necessary', tags: ['consent'] },
  ],
  [
    'li_gc',
    '6mo',
    'LinkedIn: stores guests’ consent to non-essential cookies',
    { domains: LI, category: 'necessary', tags: ['consent'] },
  ],
  [
    'ln_or',
    '1d',
    'LinkedIn: decides whether analytics is sampled for this visitor',
    { domains: LI, category: 'analytics', tags: ['analytics'] },
  ],
  ['_guid', '90d', 'LinkedIn ads id on partner sites', { domains: LI, tags: ['ads', 'device-id'] }],
  [
    'spectroscopyId',
    'session',
    'LinkedIn: detects browser extensions that scrape the site',
    { domains: LI, category: 'necessary', tags: ['security'] },
  ],
  [
    'dfpfpt',
    '1y',
    'LinkedIn: browser fingerprint for fraud prevention',
    { domains: LI, category: 'necessary', tags: ['fraud-prevention'] },
  ],
  ['fid', '180d', 'LinkedIn fraud-prevention id', { domains: LI, category: 'necessary', tags: ['fraud-prevention'] }],
  [
    'fcookie',
    '180d',
    'LinkedIn fraud-prevention id',
    { domains: LI, category: 'necessary', tags: ['fraud-prevention'] },
  ],
]);

const site = group({ vendor: 'linkedin', category: 'necessary', tags: ['authentication'], domains: LI, ref: REF }, [
  ['li_at', '1y', 'LinkedIn signed-in member session', { tags: ['authentication', 'session'] }],
  ['liap', '1y', 'LinkedIn: whether the member is signed in'],
  [
    'JSESSIONID',
    'session',
    'LinkedIn session id that also guards against request forgery',
    { tags: ['session', 'csrf'] },
  ],
  ['bscookie', '1y', 'LinkedIn secure browser id for login security', { tags: ['security', 'device-id'] }],
  ['lidc', '1d', 'LinkedIn data-centre routing', { tags: ['load-balancing'] }],
  ['li_rm', '1y', 'LinkedIn "remember me" sign-in on this device'],
  ['lang', 'session', 'LinkedIn display language', { category: 'preferences', tags: ['localization'] }],
  ['lil-lang', 'session', 'LinkedIn Learning display language', { category: 'preferences', tags: ['localization'] }],
  ['li_theme', '6mo', 'LinkedIn display theme (light/dark)', { category: 'preferences', tags: ['personalization'] }],
  [
    'li_theme_set',
    '6mo',
    'LinkedIn: whether the member chose a theme',
    { category: 'preferences', tags: ['personalization'] },
  ],
  ['timezone', '1w', 'LinkedIn member time zone', { category: 'preferences', tags: ['localization'] }],
  ['sdsc', 'session', 'LinkedIn database routing for consistency', { tags: ['load-balancing'] }],
  ['li_alerts', '1y', 'LinkedIn: which site notices were shown', { category: 'functional', tags: ['ui-state'] }],
  ['li_cc', '6mo', 'LinkedIn consent record', { tags: ['consent'] }],
  ['li_ep_auth_context', '1y', 'LinkedIn: which product the member signed in to', { tags: ['authentication'] }],
  ['li_g_recent_logout', '1y', 'LinkedIn: the member signed out recently', { tags: ['authentication'] }],
  ['li_gp', '1y', 'LinkedIn guest preferences', { category: 'preferences', tags: ['personalization'] }],
  ['PLAY_SESSION', 'session', 'LinkedIn session for its Play-framework services', { tags: ['session'] }],
  [
    'PLAY_LANG',
    'session',
    'LinkedIn language for its Play-framework services',
    { category: 'preferences', tags: ['localization'] },
  ],
  ['visit', '2y', 'LinkedIn visitor state', { category: 'analytics', tags: ['analytics'] }],
  ['u_tz', 'session', 'LinkedIn time zone hint', { category: 'preferences', tags: ['localization'] }],
  ['chp_token', '1y', 'LinkedIn sign-in challenge token', { tags: ['authentication', 'security'] }],
  ['li_sp', '1y', 'LinkedIn Sales Navigator session', { tags: ['authentication', 'session'] }],
]);

export const LINKEDIN_ENTRIES: CatalogueEntry[] = [...insight, ...site];
