import type { KnownCategory, PurposeTag } from '../types';

/**
 * The catalogue's data format, version 1. Facts written by this project in its own words.
 *
 * Lifespans are written the way vendors document them: "session", "30m", "12h", "1d", "13mo", "2y", "400d".
 */
export const CATALOGUE_SCHEMA_VERSION = 1;

export type LifespanText = 'session' | `${number}${'s' | 'm' | 'h' | 'd' | 'w' | 'mo' | 'y'}`;

export interface Vendor {
  /** kebab-case id, e.g. "google-analytics". */
  id: string;
  /** Display name, e.g. "Google Analytics". */
  name: string;
  /** Company behind it, when different from the name ("Google", "Meta"). */
  company?: string;
  /** The vendor's own cookie or privacy documentation. */
  url?: string;
}

export interface CatalogueEntry {
  /** Exact cookie name, case-sensitive. Exactly one of `name` and `pattern`. */
  name?: string;
  /**
   * Glob over the cookie name with `*` standing for any run of characters, e.g. "_ga_*",
   * "intercom-session-*", "*_session", "wp-settings-*-*". Must contain at least one `*` and some literal text.
   */
  pattern?: string;
  /**
   * Registrable domains (or hosts) this meaning applies to. The cookie's domain must equal one of them or be a
   * subdomain of one. Absent: the meaning is generic and applies on any domain.
   */
  domains?: string[];
  /** Vendor id from the vendors table. */
  vendor: string;
  category: KnownCategory;
  tags: PurposeTag[];
  /** One line, plain words. */
  purpose: string;
  /** The vendor's typical lifespan. */
  lifespan?: LifespanText;
  /** Where this fact comes from (the vendor's cookie documentation), when public. */
  ref?: string;
  /**
   * The category when the cookie is met on a site other than the vendor's own (its tag, widget or player embedded
   * there), when that differs from `category`: a LinkedIn routing cookie is necessary on linkedin.com and
   * marketing on a site that embeds the Insight Tag, which is what that site's consent banner must declare.
   */
  elsewhere?: KnownCategory;
  /** Why a non-obvious category was chosen (evidence, declarations weighed). */
  note?: string;
  /** Open Cookie Database row id, for an entry derived from it (Apache-2.0, see NOTICE). */
  ocd?: string;
}

/** A third-party domain whose cookies belong to a vendor, e.g. doubleclick.net → Google Ads, marketing. */
export interface TrackerDomain {
  /** Registrable domain or host; matches itself and its subdomains. */
  domain: string;
  vendor: string;
  category: KnownCategory;
}
