import { group } from '../define';
import type { CatalogueEntry } from '../schema';

// First-party cookies of large AI/SaaS apps, from their own published cookie inventories: Anthropic (claude.ai cookie
// table), OpenAI, GitHub ("GitHub cookies" docs), GitLab, Atlassian, Slack, Notion, Vimeo, Disqus, Salesforce.
// Names here are often generic words, so each group is bound to the app's domains. Written in our own words.
const CLAUDE = ['claude.ai', 'anthropic.com', 'claude.com'];
const OPENAI = ['openai.com', 'chatgpt.com'];
const GH = ['github.com'];

const anthropic = group(
  {
    vendor: 'anthropic',
    category: 'necessary',
    tags: ['authentication'],
    domains: CLAUDE,
    ref: 'https://privacy.anthropic.com/en/articles/10023541-what-cookies-does-anthropic-use',
  },
  [
    ['sessionKey', '1mo', 'Claude: signed-in session of the user', { tags: ['authentication', 'session'] }],
    [
      'activitySessionId',
      '1d',
      'Claude: groups activity into sessions for security and reliability',
      { tags: ['session', 'security'] },
    ],
    [
      'lastActiveOrg',
      '1y',
      'Claude: organisation the user last worked in',
      { category: 'functional', tags: ['ui-state'] },
    ],
    [
      'anthropic-device-id',
      '1y',
      'Claude: device id used for security and product analytics',
      { tags: ['security', 'device-id'] },
    ],
    ['anthropic-consent-preferences', '1y', 'Claude: the visitor’s cookie consent choices', { tags: ['consent'] }],
    [
      'CH-prefers-color-scheme',
      '1y',
      'Claude: the user’s light/dark colour scheme',
      { category: 'preferences', tags: ['personalization'] },
    ],
    [
      'user-sidebar-visible-on-load',
      '1y',
      'Claude: whether the sidebar opens on load',
      { category: 'preferences', tags: ['ui-state'] },
    ],
    [
      'user-sidebar-pinned',
      '1y',
      'Claude: whether the sidebar is pinned',
      { category: 'preferences', tags: ['ui-state'] },
    ],
    [
      'intercom-device-id-*',
      '9mo',
      'Intercom Messenger device id on Claude',
      { vendor: 'intercom', category: 'functional', tags: ['support-chat', 'device-id'] },
    ],
  ],
);

const genericClaude = group({ vendor: 'web-app-generic', category: 'preferences', tags: ['personalization'] }, [
  ['CH-prefers-color-scheme', '1y', 'Light/dark colour scheme the user prefers (client-hint style name)'],
  ['prefers-color-scheme', '1y', 'Light/dark colour scheme the user prefers'],
  [
    'lastActiveOrg',
    '1y',
    'Organisation or workspace the user last worked in',
    { category: 'functional', tags: ['ui-state'] },
  ],
]);

const openai = group(
  {
    vendor: 'openai',
    category: 'necessary',
    tags: ['authentication'],
    domains: OPENAI,
    ref: 'https://openai.com/policies/cookie-policy/',
  },
  [
    ['oai-did', '1y', 'OpenAI: device id for security and product analytics', { tags: ['security', 'device-id'] }],
    [
      '__Secure-next-auth.session-token',
      '30d',
      'ChatGPT: signed-in session token',
      { tags: ['authentication', 'session'] },
    ],
    [
      '__Host-next-auth.csrf-token',
      'session',
      'ChatGPT: protection against request forgery at sign-in',
      { tags: ['csrf'] },
    ],
    ['_puid', '1w', 'ChatGPT: user id for security checks', { tags: ['security'] }],
    [
      'oai-hlib',
      '1y',
      'ChatGPT: preference for the chat history layout',
      { category: 'preferences', tags: ['ui-state'] },
    ],
    ['_account', '1y', 'ChatGPT: active workspace or account', { category: 'functional', tags: ['ui-state'] }],
    ['oai-sc', '1y', 'OpenAI: session continuity for security', { tags: ['security'] }],
  ],
);

const github = group(
  {
    vendor: 'github',
    category: 'necessary',
    tags: ['authentication'],
    domains: GH,
    ref: 'https://docs.github.com/en/site-policy/privacy-policies/github-cookies',
  },
  [
    ['_gh_sess', 'session', 'GitHub: temporary application and framework state between pages', { tags: ['session'] }],
    ['user_session', '2w', 'GitHub: signed-in session', { tags: ['authentication', 'session'] }],
    [
      '__Host-user_session_same_site',
      '2w',
      'GitHub: signed-in session for browsers that support SameSite',
      { tags: ['authentication', 'session', 'csrf'] },
    ],
    ['logged_in', '1y', 'GitHub: whether the user is signed in'],
    ['dotcom_user', '1y', 'GitHub: signed-in user name'],
    [
      '_octo',
      '1y',
      'GitHub: session management and analytics id',
      { category: 'analytics', tags: ['analytics', 'device-id'] },
    ],
    ['tz', 'session', 'GitHub: the user’s time zone', { category: 'preferences', tags: ['localization'] }],
    ['color_mode', '1y', 'GitHub: chosen theme', { category: 'preferences', tags: ['personalization'] }],
    [
      'preferred_color_mode',
      '1y',
      'GitHub: system colour mode',
      { category: 'preferences', tags: ['personalization'] },
    ],
    [
      'saved_user_sessions',
      '2w',
      'GitHub: accounts signed in on this browser (account switcher)',
      { tags: ['authentication'] },
    ],
    [
      'has_recent_activity',
      '1h',
      'GitHub: recent activity marker for the sign-in page',
      { category: 'functional', tags: ['ui-state'] },
    ],
    ['_device_id', '1y', 'GitHub: recognises a known device for security', { tags: ['security', 'device-id'] }],
    ['GHCC', '6mo', 'GitHub: the visitor’s cookie consent', { tags: ['consent'] }],
    ['cpu_bucket', 'session', 'GitHub: device performance bucket', { category: 'functional', tags: ['performance'] }],
    ['fileTreeExpanded', '1y', 'GitHub: file tree open or closed', { category: 'preferences', tags: ['ui-state'] }],
  ],
);

const tools = group({ vendor: 'gitlab', category: 'necessary', tags: ['authentication', 'session'] }, [
  ['_gitlab_session', '1w', 'GitLab signed-in session'],
  ['known_sign_in', '2w', 'GitLab: the sign-in came from a known device', { tags: ['security'] }],
  ['remember_user_token', '2w', 'GitLab "remember me" sign-in', { domains: ['gitlab.com'] }],
  [
    'cloud.session.token',
    '30d',
    'Atlassian Cloud signed-in session',
    { vendor: 'atlassian', domains: ['atlassian.com', 'atlassian.net', 'jira.com'] },
  ],
  [
    'tenant.session.token',
    '30d',
    'Atlassian Cloud site session',
    { vendor: 'atlassian', domains: ['atlassian.com', 'atlassian.net', 'jira.com'] },
  ],
  [
    'atlassian.xsrf.token',
    'session',
    'Atlassian (Jira/Confluence) protection against request forgery',
    { vendor: 'atlassian', tags: ['csrf'] },
  ],
  [
    'atlassian.account.xsrf.token',
    'session',
    'Atlassian account protection against request forgery',
    { vendor: 'atlassian', tags: ['csrf'] },
  ],
  ['seraph.confluence', '2w', 'Confluence "remember me" sign-in', { vendor: 'atlassian' }],
  ['seraph.rememberme.cookie', '2w', 'Jira "remember me" sign-in', { vendor: 'atlassian' }],
  [
    'confluence.browse.space.cookie',
    '1y',
    'Confluence: last space browsed',
    { vendor: 'atlassian', category: 'functional', tags: ['ui-state'] },
  ],
  ['d', '1y', 'Slack signed-in session', { vendor: 'slack', domains: ['slack.com'] }],
  ['d-s', '1y', 'Slack session timestamp', { vendor: 'slack', domains: ['slack.com'] }],
  ['b', '1y', 'Slack browser id', { vendor: 'slack', domains: ['slack.com'], tags: ['security', 'device-id'] }],
  ['x', '1y', 'Slack browser check', { vendor: 'slack', domains: ['slack.com'], tags: ['security'] }],
  [
    'lc',
    '1y',
    'Slack last workspace signed in',
    { vendor: 'slack', domains: ['slack.com'], category: 'functional', tags: ['ui-state'] },
  ],
  [
    'token_v2',
    '1y',
    'Notion signed-in session',
    { vendor: 'notion', domains: ['notion.so', 'notion.com', 'notion.site'] },
  ],
  [
    'notion_browser_id',
    '1y',
    'Notion browser id for security and analytics',
    { vendor: 'notion', tags: ['security', 'device-id'] },
  ],
  ['notion_user_id', '1y', 'Notion signed-in user id', { vendor: 'notion' }],
  ['notion_users', '1y', 'Notion accounts signed in on this browser', { vendor: 'notion' }],
  [
    'notion_locale',
    '1y',
    'Notion display language',
    { vendor: 'notion', category: 'preferences', tags: ['localization'] },
  ],
  [
    'notion_experiment_device_id',
    '1y',
    'Notion experiment bucket',
    { vendor: 'notion', category: 'functional', tags: ['ab-testing', 'device-id'] },
  ],
  [
    'notion_check_cookie_consent',
    '1d',
    'Notion: whether to ask for cookie consent',
    { vendor: 'notion', tags: ['consent'] },
  ],
  ['notion_cookie_consent', '1y', 'Notion: the visitor’s cookie consent', { vendor: 'notion', tags: ['consent'] }],
  [
    'vuid',
    '2y',
    'Vimeo player analytics visitor id',
    { vendor: 'vimeo', category: 'analytics', tags: ['video', 'analytics', 'device-id'] },
  ],
  [
    'player',
    '1y',
    'Vimeo player preferences (volume, captions)',
    { vendor: 'vimeo', domains: ['vimeo.com'], category: 'preferences', tags: ['video', 'personalization'] },
  ],
  [
    'continuous_play_v3',
    '1y',
    'Vimeo continuous play setting',
    { vendor: 'vimeo', domains: ['vimeo.com'], category: 'preferences', tags: ['video'] },
  ],
  [
    'disqus_unique',
    '1y',
    'Disqus: visitor id for comments analytics',
    { vendor: 'disqus', domains: ['disqus.com'], category: 'analytics', tags: ['social', 'analytics', 'device-id'] },
  ],
  [
    'disqusauth',
    '1y',
    'Disqus signed-in commenter',
    { vendor: 'disqus', domains: ['disqus.com'], tags: ['social', 'authentication'] },
  ],
  ['sessionid', '1y', 'Disqus session', { vendor: 'disqus', domains: ['disqus.com'] }],
  [
    'BrowserId',
    '1y',
    'Salesforce: browser id for security and analytics',
    {
      vendor: 'salesforce',
      domains: ['salesforce.com', 'force.com', 'my.site.com', 'site.com', 'salesforce-sites.com'],
      tags: ['security', 'device-id'],
    },
  ],
  [
    'BrowserId_sec',
    '1y',
    'Salesforce: browser id (secure copy)',
    {
      vendor: 'salesforce',
      domains: ['salesforce.com', 'force.com', 'my.site.com', 'site.com', 'salesforce-sites.com'],
      tags: ['security', 'device-id'],
    },
  ],
  [
    'sid',
    'session',
    'Salesforce signed-in session',
    { vendor: 'salesforce', domains: ['salesforce.com', 'force.com', 'my.site.com', 'site.com'] },
  ],
  [
    'sid_Client',
    'session',
    'Salesforce session client check',
    { vendor: 'salesforce', domains: ['salesforce.com', 'force.com', 'my.site.com', 'site.com'] },
  ],
  [
    'oid',
    '2y',
    'Salesforce organisation id',
    { vendor: 'salesforce', domains: ['salesforce.com', 'force.com', 'my.site.com', 'site.com'] },
  ],
  [
    'inst',
    'session',
    'Salesforce instance routing',
    {
      vendor: 'salesforce',
      domains: ['salesforce.com', 'force.com', 'my.site.com', 'site.com'],
      tags: ['load-balancing'],
    },
  ],
  [
    'renderCtx',
    'session',
    'Salesforce Experience Cloud page render context',
    {
      vendor: 'salesforce',
      domains: ['salesforce.com', 'force.com', 'my.site.com', 'site.com'],
      category: 'functional',
      tags: ['session'],
    },
  ],
  [
    'pctrk',
    '1y',
    'Salesforce Experience Cloud guest page-view tracking',
    {
      vendor: 'salesforce',
      domains: ['salesforce.com', 'force.com', 'my.site.com', 'site.com'],
      category: 'analytics',
      tags: ['analytics'],
    },
  ],
  [
    'sfdc-stream',
    'session',
    'Salesforce load balancing',
    {
      vendor: 'salesforce',
      domains: ['salesforce.com', 'force.com', 'my.site.com', 'site.com'],
      tags: ['load-balancing'],
    },
  ],
  [
    'LSKey-c$CookieConsentPolicy',
    '1y',
    'Salesforce Experience Cloud consent policy',
    { vendor: 'salesforce', tags: ['consent'] },
  ],
  [
    'LSKey-*',
    '1y',
    'Salesforce Lightning local state',
    { vendor: 'salesforce', category: 'functional', tags: ['ui-state'] },
  ],
]);

export const SAAS_APP_ENTRIES: CatalogueEntry[] = [...anthropic, ...genericClaude, ...openai, ...github, ...tools];
