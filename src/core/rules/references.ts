import type { Reference } from '../types';

/**
 * The sources findings cite. RFC 6265bis section numbers follow the server-requirements part of the draft, which has
 * kept its numbering across revisions; datatracker without a revision number serves the latest draft.
 */
const BIS = 'https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis';
const OWASP_SESSION = 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html';

export const REFERENCES = {
  secureAttribute: { title: 'RFC 6265bis §4.1.2.5: The Secure Attribute', url: `${BIS}#section-4.1.2.5` },
  httpOnlyAttribute: { title: 'RFC 6265bis §4.1.2.6: The HttpOnly Attribute', url: `${BIS}#section-4.1.2.6` },
  domainAttribute: { title: 'RFC 6265bis §4.1.2.3: The Domain Attribute', url: `${BIS}#section-4.1.2.3` },
  sameSiteAttribute: { title: 'RFC 6265bis §4.1.2.7: The SameSite Attribute', url: `${BIS}#section-4.1.2.7` },
  namePrefixes: { title: 'RFC 6265bis §4.1.3: Cookie Name Prefixes', url: `${BIS}#section-4.1.3` },
  sizeLimits: { title: 'RFC 6265 §6.1: Limits', url: 'https://www.rfc-editor.org/rfc/rfc6265#section-6.1' },
  owaspSessionCookies: { title: 'OWASP Session Management Cheat Sheet: Cookies', url: `${OWASP_SESSION}#cookies` },
  owaspSessionExpiration: {
    title: 'OWASP Session Management Cheat Sheet: Session Expiration',
    url: `${OWASP_SESSION}#session-expiration`,
  },
  owaspDomainPath: {
    title: 'OWASP Session Management Cheat Sheet: Domain and Path Attributes',
    url: `${OWASP_SESSION}#domain-and-path-attributes`,
  },
  jwtAlgorithms: {
    title: 'RFC 8725 (JWT Best Current Practices) §3.1: Perform Algorithm Verification',
    url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.1',
  },
  jwtExpiry: {
    title: 'RFC 7519 §4.1.4: "exp" (Expiration Time) Claim',
    url: 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4',
  },
  cnilTrackers: {
    title: 'CNIL: Cookies et traceurs, que dit la loi ? (13-month maximum lifetime)',
    url: 'https://www.cnil.fr/fr/cookies-et-traceurs-que-dit-la-loi',
  },
  mdnSetCookie: {
    title: 'MDN: Set-Cookie',
    url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie',
  },
  mdnThirdPartyCookies: {
    title: 'MDN: Third-party cookies',
    url: 'https://developer.mozilla.org/en-US/docs/Web/Privacy/Guides/Third-party_cookies',
  },
  chromeCookieSizeAndCount: {
    title: 'Chromium: cookie_monster.h (kDomainMaxCookies = 180, kDomainPurgeCookies = 30)',
    url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/cookies/cookie_monster.h',
  },
  ePrivacyArt53: {
    title: 'ePrivacy Directive 2002/58/EC art. 5(3): storing information on a device needs consent',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02002L0058-20091219',
  },
  gdprArt7: {
    title: 'GDPR art. 7: conditions for consent (withdrawing must be as easy as giving)',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
  edpbConsent: {
    title: 'EDPB Guidelines 05/2020 on consent under Regulation 2016/679',
    url: 'https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en',
  },
  cnilCookieGuidelines: {
    title: 'CNIL Délibération 2020-091: guidelines on cookies and other trackers (consent before any tracker)',
    url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000042388179',
  },
  tcfPolicy: {
    title: 'IAB Europe Transparency & Consent Framework Policies (registered CMPs only)',
    url: 'https://iabeurope.eu/iab-europe-transparency-consent-framework-policies/',
  },
} as const satisfies Record<string, Reference>;
