import type { Cookie, KnownCategory } from '../types';

/** The categories a visitor can accept or refuse. Necessary cookies need no consent (ePrivacy art. 5(3)). */
export const CONSENT_CATEGORIES = ['functional', 'preferences', 'analytics', 'marketing'] as const;
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];
export type Choice = 'accepted' | 'refused';

/** A platform category mapped to ours: one row of a platform's table. `necessary` rows need no consent. */
export type CategoryMap = Readonly<Record<string, readonly KnownCategory[]>>;

/** US state-privacy opt-outs as the GPP US sections record them. */
export interface UsOptOuts {
  section: string;
  sale?: boolean;
  sharing?: boolean;
  targetedAdvertising?: boolean;
}

/** What a TCF string says, in the IAB's own terms, for the report. */
export interface TcfFacts {
  cmpId: number;
  cmpVersion: number;
  policyVersion: number;
  /** Purposes (1–11) with consent, and with legitimate interest. */
  purposeConsents: number[];
  purposeLegitimateInterests: number[];
  vendorConsents: number;
  /** ms since the epoch; TCF 2.2 CMPs round these to the day. */
  created: number;
  updated: number;
}

/** A consent cookie decoded. `choices` only holds the categories the record really speaks about. */
export interface DecodedConsent {
  understood: true;
  platform: string;
  cookieName: string;
  cookieDomain: string;
  choices: Partial<Record<ConsentCategory, Choice>>;
  /** Whether the visitor answered the banner; false when the cookie only holds the platform's defaults. */
  answered: boolean;
  /** ms since the epoch, when the record says when it was made. */
  recordedAt?: number;
  /** The platform's record of Global Privacy Control. */
  gpc?: boolean;
  tcf?: TcfFacts;
  us?: UsOptOuts[];
  /** Extra facts in plain words ("choice kept in localStorage", "3 services refused"). */
  notes: string[];
}

/** A cookie we know belongs to a consent platform but whose content we cannot read: we say so, never guess. */
export interface UnreadableConsent {
  understood: false;
  platform: string;
  cookieName: string;
  cookieDomain: string;
  /** "consent cookie of OneTrust, format not understood" */
  note: string;
  /** Set when the decoder could tell exactly what is wrong, e.g. a TCF CMP id the IAB never assigns. */
  problem?: { kind: 'invalid-cmp-id'; cmpId: number };
}

export type ConsentRecord = DecodedConsent | UnreadableConsent;

/** One platform: which cookies are its records and how to read them. */
export interface ConsentPlatform {
  id: string;
  name: string;
  /** The platform's categories → ours (one table per platform, unit-tested). */
  categories: CategoryMap;
  /** Script URL hosts/paths that mean the platform's banner was loaded (RegExp over the URL). */
  scripts?: RegExp;
  /** Records found among a site's cookies (several cookies may form one record, e.g. Complianz). */
  read(cookies: readonly Cookie[]): ConsentRecord[];
}

export function notUnderstood(platform: string, cookie: Pick<Cookie, 'name' | 'domain'>): UnreadableConsent {
  return {
    understood: false,
    platform,
    cookieName: cookie.name,
    cookieDomain: cookie.domain,
    note: `consent cookie of ${platform}, format not understood`,
  };
}
