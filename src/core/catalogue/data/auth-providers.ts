import { group } from '../define';
import type { CatalogueEntry } from '../schema';

// Sources: Clerk "How Clerk works" cookie docs, Auth0 "Cookies" docs, Okta "Okta cookies" docs, Firebase Hosting
// "Using cookies" note, Supabase SSR docs, Auth.js/NextAuth options docs, Keycloak server admin docs. Our own words.
const A: ['authentication'] = ['authentication'];
const OKTA = ['okta.com', 'oktapreview.com', 'okta-emea.com', 'okta-gov.com'];
const AUTH0 = ['auth0.com'];

const clerk = group(
  { vendor: 'clerk', category: 'necessary', tags: A, ref: 'https://clerk.com/docs/how-clerk-works/overview' },
  [
    [
      '__session',
      '1m',
      'Clerk short-lived session token (JWT) for the signed-in user',
      { tags: ['authentication', 'session'] },
    ],
    [
      '__session_*',
      '1m',
      'Clerk short-lived session token for one app instance',
      { tags: ['authentication', 'session'] },
    ],
    ['__client_uat', '1y', 'Clerk: when the user last signed in or out (user-agent timestamp)'],
    ['__client_uat_*', '1y', 'Clerk sign-in timestamp for one app instance'],
    [
      '__client',
      '1y',
      'Clerk long-lived client token on the Frontend API domain',
      { tags: ['authentication', 'session'] },
    ],
    ['__clerk_db_jwt', '1y', 'Clerk development-instance browser token'],
    ['__clerk_db_jwt_*', '1y', 'Clerk development-instance browser token for one app'],
    ['__clerk_handshake', '1m', 'Clerk handshake that refreshes the session on page load'],
    ['__clerk_redirect_count', '1m', 'Clerk redirect-loop guard', { tags: ['authentication', 'security'] }],
    ['__refresh_*', '1y', 'Clerk refresh token for one app instance'],
    [
      '__session',
      '1h',
      'Firebase Hosting: the only cookie passed to Cloud Functions, used for the app’s session',
      { vendor: 'firebase', domains: ['web.app', 'firebaseapp.com'], tags: ['authentication', 'session'] },
    ],
  ],
);

const auth0 = group(
  {
    vendor: 'auth0',
    category: 'necessary',
    tags: A,
    ref: 'https://auth0.com/docs/manage-users/cookies/authentication-api-cookies',
  },
  [
    ['auth0', '3d', 'Auth0 single sign-on session on the tenant domain', { tags: ['authentication', 'session'] }],
    [
      'auth0_compat',
      '3d',
      'Auth0 session copy for browsers without SameSite=None support',
      { tags: ['authentication', 'session'] },
    ],
    [
      'auth0-mf',
      '30d',
      'Auth0: remembers a device after multi-factor authentication',
      { tags: ['authentication', 'security'] },
    ],
    [
      'auth0-mf_compat',
      '30d',
      'Auth0 multi-factor device memory (compat copy)',
      { tags: ['authentication', 'security'] },
    ],
    ['auth0.is.authenticated', '1d', 'Auth0 SPA SDK (legacy): whether a session exists'],
    ['auth0.*.is.authenticated', '1d', 'Auth0 SPA SDK: whether a session exists for one client'],
    ['_legacy_auth0.*.is.authenticated', '1d', 'Auth0 SPA SDK compat marker for one client'],
    [
      'did',
      '1y',
      'Auth0 device id for anomaly detection (brute-force, breached passwords)',
      { domains: AUTH0, tags: ['security', 'fraud-prevention', 'device-id'] },
    ],
    [
      'did_compat',
      '1y',
      'Auth0 device id (compat copy)',
      { domains: AUTH0, tags: ['security', 'fraud-prevention', 'device-id'] },
    ],
    [
      'a0_users:sess',
      'session',
      'Auth0 Universal Login session',
      { domains: AUTH0, tags: ['authentication', 'session'] },
    ],
    [
      'a0_users:sess.sig',
      'session',
      'Auth0 Universal Login session signature',
      { domains: AUTH0, tags: ['authentication', 'security'] },
    ],
    ['appSession', '1d', 'Auth0 Next.js/Express SDK encrypted session', { tags: ['authentication', 'session'] }],
    ['appSession.*', '1d', 'Auth0 SDK session chunk', { tags: ['authentication', 'session'] }],
    ['auth_verification', '1h', 'Auth0 SDK login transaction state', { tags: ['authentication', 'csrf'] }],
  ],
);

const okta = group(
  {
    vendor: 'okta',
    category: 'necessary',
    tags: A,
    domains: OKTA,
    ref: 'https://support.okta.com/help/s/article/What-cookies-does-Okta-use',
  },
  [
    ['idx', '1y', 'Okta Identity Engine session', { tags: ['authentication', 'session'] }],
    ['sid', 'session', 'Okta session id', { tags: ['authentication', 'session'] }],
    ['DT', '5y', 'Okta device token: recognises a known device', { tags: ['security', 'device-id'] }],
    ['JSESSIONID', 'session', 'Okta application server session', { tags: ['session'] }],
    ['t', 'session', 'Okta theme/branding of the sign-in page', { category: 'functional', tags: ['ui-state'] }],
    ['ln', '1y', 'Okta remembered username', { category: 'functional' }],
    [
      'okta-oauth-nonce',
      '5m',
      'Okta Auth JS nonce for the login round-trip',
      { domains: undefined, tags: ['authentication', 'security'] },
    ],
    [
      'okta-oauth-state',
      '5m',
      'Okta Auth JS state for the login round-trip',
      { domains: undefined, tags: ['authentication', 'csrf'] },
    ],
    ['okta-oauth-redirect-params', '5m', 'Okta Auth JS redirect parameters', { domains: undefined }],
    ['proximity_*', '1y', 'Okta device proximity for passwordless sign-in', { tags: ['security'] }],
    ['xids', 'session', 'Okta cross-site session ids', { tags: ['authentication', 'session'] }],
    ['oktaStateToken', 'session', 'Okta login flow state', { tags: ['authentication'] }],
  ],
);

const supabase = group(
  {
    vendor: 'supabase',
    category: 'necessary',
    tags: ['authentication', 'session'],
    ref: 'https://supabase.com/docs/guides/auth/server-side/creating-a-client',
  },
  [
    ['sb-*-auth-token', '1y', 'Supabase Auth session (access and refresh token) for one project'],
    ['sb-*-auth-token.*', '1y', 'Supabase Auth session chunk for one project'],
    [
      'sb-*-auth-token-code-verifier',
      '1h',
      'Supabase Auth PKCE code verifier for the login round-trip',
      { tags: ['authentication', 'security'] },
    ],
    ['sb-access-token', '1h', 'Supabase Auth access token (legacy helpers)'],
    ['sb-refresh-token', '1y', 'Supabase Auth refresh token (legacy helpers)'],
  ],
);

const nextAuth = group(
  { vendor: 'nextauth', category: 'necessary', tags: A, ref: 'https://next-auth.js.org/configuration/options#cookies' },
  [
    ['next-auth.session-token', '30d', 'NextAuth.js session token', { tags: ['authentication', 'session'] }],
    ['next-auth.session-token.*', '30d', 'NextAuth.js session token chunk', { tags: ['authentication', 'session'] }],
    [
      '__Secure-next-auth.session-token',
      '30d',
      'NextAuth.js session token (HTTPS)',
      { tags: ['authentication', 'session'] },
    ],
    [
      '__Secure-next-auth.session-token.*',
      '30d',
      'NextAuth.js session token chunk (HTTPS)',
      { tags: ['authentication', 'session'] },
    ],
    ['next-auth.csrf-token', 'session', 'NextAuth.js CSRF token for sign-in and sign-out', { tags: ['csrf'] }],
    ['__Host-next-auth.csrf-token', 'session', 'NextAuth.js CSRF token (HTTPS, host-locked)', { tags: ['csrf'] }],
    ['next-auth.callback-url', 'session', 'NextAuth.js page to return to after sign-in'],
    ['__Secure-next-auth.callback-url', 'session', 'NextAuth.js page to return to after sign-in (HTTPS)'],
    [
      'next-auth.pkce.code_verifier',
      '15m',
      'NextAuth.js PKCE code verifier for OAuth sign-in',
      { tags: ['authentication', 'security'] },
    ],
    [
      '__Secure-next-auth.pkce.code_verifier',
      '15m',
      'NextAuth.js PKCE code verifier (HTTPS)',
      { tags: ['authentication', 'security'] },
    ],
    ['next-auth.state', '15m', 'NextAuth.js OAuth state check', { tags: ['authentication', 'csrf'] }],
    ['__Secure-next-auth.state', '15m', 'NextAuth.js OAuth state check (HTTPS)', { tags: ['authentication', 'csrf'] }],
    ['next-auth.nonce', '15m', 'NextAuth.js OpenID Connect nonce', { tags: ['authentication', 'security'] }],
    [
      '__Secure-next-auth.nonce',
      '15m',
      'NextAuth.js OpenID Connect nonce (HTTPS)',
      { tags: ['authentication', 'security'] },
    ],
    ['authjs.session-token', '30d', 'Auth.js session token', { tags: ['authentication', 'session'] }],
    ['authjs.session-token.*', '30d', 'Auth.js session token chunk', { tags: ['authentication', 'session'] }],
    ['__Secure-authjs.session-token', '30d', 'Auth.js session token (HTTPS)', { tags: ['authentication', 'session'] }],
    [
      '__Secure-authjs.session-token.*',
      '30d',
      'Auth.js session token chunk (HTTPS)',
      { tags: ['authentication', 'session'] },
    ],
    ['authjs.csrf-token', 'session', 'Auth.js CSRF token', { tags: ['csrf'] }],
    ['__Host-authjs.csrf-token', 'session', 'Auth.js CSRF token (HTTPS, host-locked)', { tags: ['csrf'] }],
    ['authjs.callback-url', 'session', 'Auth.js page to return to after sign-in'],
    ['__Secure-authjs.callback-url', 'session', 'Auth.js page to return to after sign-in (HTTPS)'],
    ['authjs.pkce.code_verifier', '15m', 'Auth.js PKCE code verifier', { tags: ['authentication', 'security'] }],
    [
      '__Secure-authjs.pkce.code_verifier',
      '15m',
      'Auth.js PKCE code verifier (HTTPS)',
      { tags: ['authentication', 'security'] },
    ],
    ['authjs.state', '15m', 'Auth.js OAuth state check', { tags: ['authentication', 'csrf'] }],
    ['__Secure-authjs.state', '15m', 'Auth.js OAuth state check (HTTPS)', { tags: ['authentication', 'csrf'] }],
    ['authjs.nonce', '15m', 'Auth.js OpenID Connect nonce', { tags: ['authentication', 'security'] }],
    ['__Secure-authjs.nonce', '15m', 'Auth.js OpenID Connect nonce (HTTPS)', { tags: ['authentication', 'security'] }],
  ],
);

const keycloak = group(
  { vendor: 'keycloak', category: 'necessary', tags: A, ref: 'https://www.keycloak.org/docs/latest/server_admin/' },
  [
    ['KEYCLOAK_SESSION', '1d', 'Keycloak single sign-on session id', { tags: ['authentication', 'session'] }],
    [
      'KEYCLOAK_SESSION_LEGACY',
      '1d',
      'Keycloak SSO session (copy for old browsers)',
      { tags: ['authentication', 'session'] },
    ],
    ['KEYCLOAK_IDENTITY', '1d', 'Keycloak signed identity token of the SSO session'],
    ['KEYCLOAK_IDENTITY_LEGACY', '1d', 'Keycloak identity token (copy for old browsers)'],
    ['AUTH_SESSION_ID', 'session', 'Keycloak login-flow session id', { tags: ['authentication', 'session'] }],
    [
      'AUTH_SESSION_ID_LEGACY',
      'session',
      'Keycloak login-flow session id (copy for old browsers)',
      { tags: ['authentication', 'session'] },
    ],
    ['KC_RESTART', 'session', 'Keycloak login-flow restart state'],
    ['KC_AUTH_SESSION_HASH', 'session', 'Keycloak login-flow session hash'],
    ['KEYCLOAK_LOCALE', '1y', 'Keycloak chosen language', { category: 'preferences', tags: ['localization'] }],
    ['KEYCLOAK_REMEMBER_ME', '1y', 'Keycloak "remember me" username', { category: 'functional' }],
    [
      'CognitoIdentityServiceProvider.*',
      '30d',
      'Amazon Cognito user pool tokens kept by the Amplify library',
      { vendor: 'amazon-cognito', tags: ['authentication', 'session'] },
    ],
    [
      'XSRF-TOKEN',
      'session',
      'Amazon Cognito hosted UI CSRF token',
      { vendor: 'amazon-cognito', domains: ['amazoncognito.com'], tags: ['csrf'] },
    ],
    [
      'msal.*',
      'session',
      'Microsoft Authentication Library (MSAL.js) login state',
      { vendor: 'microsoft-login', tags: ['authentication'] },
    ],
    [
      'SimpleSAMLSessionID',
      'session',
      'SimpleSAMLphp single sign-on session id',
      { vendor: 'simplesamlphp', tags: ['authentication', 'session'] },
    ],
    ['SimpleSAMLAuthToken', 'session', 'SimpleSAMLphp authentication token', { vendor: 'simplesamlphp' }],
    [
      'SimpleSAML',
      'session',
      'SimpleSAMLphp session',
      { vendor: 'simplesamlphp', tags: ['authentication', 'session'] },
    ],
    [
      '_shibsession_*',
      'session',
      'Shibboleth service-provider SSO session',
      { vendor: 'shibboleth', tags: ['authentication', 'session'] },
    ],
    ['_shibstate_*', 'session', 'Shibboleth login round-trip state', { vendor: 'shibboleth' }],
    [
      '_saml_idp',
      '1y',
      'Shibboleth/SAML discovery: last identity provider used',
      { vendor: 'shibboleth', category: 'functional' },
    ],
    [
      'MOD_AUTH_CAS',
      'session',
      'Apache mod_auth_cas single sign-on session',
      { vendor: 'apereo-cas', tags: ['authentication', 'session'] },
    ],
    [
      'TGC',
      'session',
      'Apereo CAS ticket-granting cookie (single sign-on)',
      { vendor: 'apereo-cas', tags: ['authentication', 'session'] },
    ],
    [
      '_pomerium',
      '14h',
      'Pomerium identity-aware proxy session',
      { vendor: 'pomerium', tags: ['authentication', 'session'] },
    ],
    ['workos-session', '1w', 'WorkOS AuthKit session', { vendor: 'workos', tags: ['authentication', 'session'] }],
    ['wos-session', '1w', 'WorkOS AuthKit session', { vendor: 'workos', tags: ['authentication', 'session'] }],
    ['stytch_session', '1h', 'Stytch session token', { vendor: 'stytch', tags: ['authentication', 'session'] }],
    ['stytch_session_jwt', '5m', 'Stytch session JWT', { vendor: 'stytch', tags: ['authentication', 'session'] }],
    ['ory_kratos_session', '1d', 'Ory Kratos session', { vendor: 'ory', tags: ['authentication', 'session'] }],
    [
      'ory_session_*',
      '1d',
      'Ory Network session for one project',
      { vendor: 'ory', tags: ['authentication', 'session'] },
    ],
    [
      'csrf_token_*',
      'session',
      'CSRF token for one app or project (Ory Kratos and others)',
      { vendor: 'web-app-generic', tags: ['csrf'] },
    ],
    [
      'better-auth.session_token',
      '7d',
      'Better Auth session token',
      { vendor: 'better-auth', tags: ['authentication', 'session'] },
    ],
    [
      '__Secure-better-auth.session_token',
      '7d',
      'Better Auth session token (HTTPS)',
      { vendor: 'better-auth', tags: ['authentication', 'session'] },
    ],
    [
      'better-auth.session_data',
      '5m',
      'Better Auth cached session data',
      { vendor: 'better-auth', tags: ['authentication', 'session'] },
    ],
    ['better-auth.*', '7d', 'Better Auth state', { vendor: 'better-auth' }],
    ['__kinde_*', '1d', 'Kinde authentication state', { vendor: 'kinde' }],
    ['descope-session', '10m', 'Descope session token', { vendor: 'descope', tags: ['authentication', 'session'] }],
  ],
);

export const AUTH_PROVIDER_ENTRIES: CatalogueEntry[] = [
  ...clerk,
  ...auth0,
  ...okta,
  ...supabase,
  ...nextAuth,
  ...keycloak,
];
