import { group } from '../define';
import type { CatalogueEntry } from '../schema';

// Source: Microsoft Clarity cookie docs (learn.microsoft.com/clarity/setup-and-installation/cookie-list), Microsoft
// Advertising UET docs, Microsoft Entra ID cookie docs (learn.microsoft.com/entra/identity/...). Our own words.
const CLARITY_REF = 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list';
const UET_REF = 'https://help.ads.microsoft.com/#apex/ads/en/56959/1';
const ENTRA_REF =
  'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-authentication-web-browser-cookies';
const BING = ['bing.com'];
const LOGIN = ['login.microsoftonline.com', 'login.live.com', 'login.microsoft.com', 'live.com', 'microsoftonline.com'];

const clarity = group(
  { vendor: 'microsoft-clarity', category: 'analytics', tags: ['analytics', 'session-replay'], ref: CLARITY_REF },
  [
    [
      '_clck',
      '1y',
      'Clarity user id and preferences, kept across visits',
      { tags: ['analytics', 'session-replay', 'device-id'] },
    ],
    ['_clsk', '1d', 'Clarity: joins the pageviews of one session into one recording'],
    [
      'CLID',
      '1y',
      'Clarity id of the first time this browser was seen',
      { domains: ['clarity.ms', 'www.clarity.ms'], tags: ['analytics', 'device-id'] },
    ],
    [
      'ANONCHK',
      '10m',
      'Clarity: checks whether the MUID was passed to ads (always 0 for Clarity)',
      { domains: ['clarity.ms', 'c.clarity.ms'] },
    ],
    [
      'SM',
      'session',
      'Clarity: synchronises the MUID across Microsoft domains',
      { domains: ['clarity.ms', 'c.clarity.ms'] },
    ],
    [
      'MR',
      '7d',
      'Microsoft: whether to refresh the MUID',
      { domains: ['clarity.ms', 'c.clarity.ms', 'bing.com', 'c.bing.com'], category: 'marketing', tags: ['ads'] },
    ],
    ['_cltk', 'session', 'Clarity session tracking marker'],
  ],
);

const ads = group(
  { vendor: 'microsoft-advertising', category: 'marketing', tags: ['ads', 'attribution'], ref: UET_REF },
  [
    [
      'MUID',
      '13mo',
      'Microsoft user id shared across Microsoft sites for ads and analytics',
      { tags: ['ads', 'cross-site-tracking', 'device-id'] },
    ],
    ['_uetsid', '1d', 'Bing Ads UET: session id for conversion tracking'],
    [
      '_uetvid',
      '13mo',
      'Bing Ads UET: visitor id for conversion tracking and remarketing',
      { tags: ['ads', 'retargeting', 'device-id'] },
    ],
    ['_uetmsclkid', '90d', 'Bing Ads UET: the Microsoft click id (msclkid) of the ad that brought the visitor'],
    [
      '_uetmsdns',
      '13mo',
      'Bing Ads UET: marker that the visitor opted out of personalised ads',
      { category: 'necessary', tags: ['consent'] },
    ],
    ['_uet*', '1d', 'Bing Ads Universal Event Tracking state'],
    [
      'MSPTC',
      '1y',
      'Microsoft ads id for partner sites',
      { domains: ['bing.com'], tags: ['ads', 'cross-site-tracking'] },
    ],
    ['SRM_B', '13mo', 'Microsoft ads and analytics id', { domains: BING, tags: ['ads', 'device-id'] }],
    ['_EDGE_V', '13mo', 'Bing/Microsoft Edge browser id', { domains: BING, tags: ['ads', 'device-id'] }],
    ['_EDGE_S', 'session', 'Bing session settings', { domains: BING, category: 'functional', tags: ['session'] }],
    ['_EDGE_CD', '1y', 'Bing session settings', { domains: BING, category: 'functional', tags: ['session'] }],
    ['SRCHD', '13mo', 'Bing search settings and ad measurement', { domains: BING, tags: ['ads', 'personalization'] }],
    ['SRCHUID', '13mo', 'Bing search user id', { domains: BING, tags: ['ads', 'device-id'] }],
    [
      'SRCHUSR',
      '13mo',
      'Bing search user preferences',
      { domains: BING, category: 'preferences', tags: ['personalization'] },
    ],
    [
      'SRCHHPGUSR',
      '13mo',
      'Bing search page preferences',
      { domains: BING, category: 'preferences', tags: ['personalization'] },
    ],
    ['_SS', 'session', 'Bing search session id', { domains: BING, category: 'functional', tags: ['session'] }],
    ['_HPVN', '1y', 'Bing homepage visit count', { domains: BING, category: 'analytics', tags: ['analytics'] }],
    [
      'ANON',
      '1y',
      'Microsoft account anonymised id for signed-in services',
      { domains: ['bing.com', 'live.com', 'microsoft.com'], tags: ['identity'] },
    ],
    [
      'NAP',
      '1y',
      'Microsoft account encrypted profile pointer',
      { domains: ['bing.com', 'live.com', 'microsoft.com'], tags: ['identity'] },
    ],
    [
      'WLS',
      'session',
      'Microsoft account display name and id for Bing',
      { domains: ['bing.com', 'live.com'], category: 'functional', tags: ['identity'] },
    ],
    ['ABDEF', '1y', 'Bing ads and search preferences', { domains: BING, tags: ['ads', 'personalization'] }],
    ['SNRHOP', 'session', 'Bing search routing', { domains: BING, category: 'necessary', tags: ['load-balancing'] }],
    [
      'BFB',
      '1y',
      'Bing feature and experiment flags',
      { domains: BING, category: 'functional', tags: ['feature-flags'] },
    ],
  ],
);

const login = group(
  { vendor: 'microsoft-login', category: 'necessary', tags: ['authentication'], domains: LOGIN, ref: ENTRA_REF },
  [
    ['ESTSAUTH', 'session', 'Microsoft Entra sign-in session token', { tags: ['authentication', 'session'] }],
    ['ESTSAUTHPERSISTENT', '90d', 'Microsoft Entra persistent sign-in ("stay signed in")'],
    ['ESTSAUTHLIGHT', 'session', 'Microsoft Entra session id for client-side sign-in state'],
    ['ESTSSC', 'session', 'Microsoft Entra session counter for sign-in flows'],
    ['buid', '1mo', 'Microsoft Entra browser id for sign-in', { tags: ['authentication', 'device-id'] }],
    ['fpc', '1mo', 'Microsoft Entra sign-in request tracking', { tags: ['authentication', 'security'] }],
    ['esctx', 'session', 'Microsoft Entra session context for sign-in', { tags: ['authentication', 'session'] }],
    ['esctx-*', 'session', 'Microsoft Entra session context for a tenant', { tags: ['authentication', 'session'] }],
    ['x-ms-gateway-slice', 'session', 'Microsoft Entra gateway routing', { tags: ['load-balancing'] }],
    [
      'stsservicecookie',
      'session',
      'Microsoft Entra security token service session',
      { tags: ['authentication', 'session'] },
    ],
    ['SignInStateCookie', 'session', 'Microsoft Entra sign-in state'],
    ['CCState', 'session', 'Microsoft Entra conditional-access state', { tags: ['authentication', 'security'] }],
    ['ESTSWCTXFLOWTOKEN', 'session', 'Microsoft Entra redirect state after sign-in'],
    ['brcap', 'session', 'Microsoft Entra browser capability check', { category: 'functional', tags: ['session'] }],
    ['MSPAuth', 'session', 'Microsoft account authentication'],
    ['MSPProf', 'session', 'Microsoft account profile pointer'],
    ['MSPRequ', 'session', 'Microsoft account sign-in request tracking'],
    ['MSPOK', 'session', 'Microsoft account sign-in flow check'],
    ['uaid', 'session', 'Microsoft account request id for sign-in', { tags: ['authentication', 'security'] }],
    ['OParams', 'session', 'Microsoft account sign-in parameters'],
    [
      'wlidperf',
      '1y',
      'Microsoft account sign-in performance measurement',
      { category: 'analytics', tags: ['performance'] },
    ],
    ['amsc', 'session', 'Microsoft account session marker', { tags: ['session'] }],
    [
      'MSCC',
      '13mo',
      'Microsoft sites: the visitor’s cookie-consent choice',
      { domains: ['microsoft.com'], tags: ['consent'] },
    ],
    [
      'MSFPC',
      '1y',
      'Microsoft sites: first-party analytics and ads id',
      { domains: ['microsoft.com'], category: 'analytics', tags: ['analytics', 'device-id'] },
    ],
    [
      'MC1',
      '1y',
      'Microsoft sites: visitor id for analytics and ads',
      { domains: ['microsoft.com'], category: 'marketing', tags: ['ads', 'device-id'] },
    ],
    [
      'MS0',
      '30m',
      'Microsoft sites: session id for analytics',
      { domains: ['microsoft.com'], category: 'analytics', tags: ['analytics'] },
    ],
  ],
);

// Source: Azure Application Insights JavaScript SDK docs (learn.microsoft.com/azure/azure-monitor/app/javascript-sdk).
const appInsights = group(
  {
    vendor: 'azure-application-insights',
    category: 'analytics',
    tags: ['analytics', 'performance'],
    ref: 'https://learn.microsoft.com/en-us/azure/azure-monitor/app/javascript-sdk-configuration',
  },
  [
    [
      'ai_user',
      '1y',
      'Application Insights anonymous user id for usage telemetry',
      { tags: ['analytics', 'device-id'] },
    ],
    ['ai_session', '30m', 'Application Insights session id for usage telemetry'],
    ['ai_authUser', 'session', 'Application Insights signed-in user id for telemetry'],
    [
      'MicrosoftApplicationsTelemetryDeviceId',
      '1y',
      'Microsoft 1DS telemetry device id',
      { tags: ['analytics', 'device-id'] },
    ],
    ['MicrosoftApplicationsTelemetryFirstLaunchTime', '1y', 'Microsoft 1DS telemetry first-launch time'],
  ],
);

export const MICROSOFT_ENTRIES: CatalogueEntry[] = [...clarity, ...ads, ...login, ...appInsights];
