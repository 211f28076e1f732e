import type { CatalogueEntry, TrackerDomain, Vendor } from '../schema';
import { AD_NETWORK_ENTRIES } from './ad-networks';
import { ADOBE_ENTRIES } from './adobe';
import { ANALYTICS_TOOL_ENTRIES } from './analytics-tools';
import { AUTH_PROVIDER_ENTRIES } from './auth-providers';
import { CLOUDFLARE_CDN_ENTRIES } from './cloudflare-cdn';
import { CMS_ENTRIES } from './cms';
import { CONSENT_PLATFORM_ENTRIES } from './consent-platforms';
import { TRACKER_DOMAINS } from './domains';
import { FRAMEWORK_ENTRIES } from './frameworks';
import { GOOGLE_ENTRIES } from './google';
import { LINKEDIN_ENTRIES } from './linkedin';
import { MARKETING_AUTOMATION_ENTRIES } from './marketing-automation';
import { META_ENTRIES } from './meta';
import { MICROSOFT_ENTRIES } from './microsoft';
import { PAYMENTS_COMMERCE_ENTRIES } from './payments-commerce';
import { SAAS_APP_ENTRIES } from './saas-apps';
import { SOCIAL_ENTRIES } from './social';
import { SUPPORT_CHAT_ENTRIES } from './support-chat';
import { VENDORS } from './vendors';

/** Every shipped entry. Order carries no meaning: the index ranks matches by specificity, never by position. */
export const DEFAULT_ENTRIES: readonly CatalogueEntry[] = [
  ...GOOGLE_ENTRIES,
  ...META_ENTRIES,
  ...MICROSOFT_ENTRIES,
  ...LINKEDIN_ENTRIES,
  ...SOCIAL_ENTRIES,
  ...AD_NETWORK_ENTRIES,
  ...ADOBE_ENTRIES,
  ...ANALYTICS_TOOL_ENTRIES,
  ...MARKETING_AUTOMATION_ENTRIES,
  ...CLOUDFLARE_CDN_ENTRIES,
  ...CONSENT_PLATFORM_ENTRIES,
  ...FRAMEWORK_ENTRIES,
  ...AUTH_PROVIDER_ENTRIES,
  ...CMS_ENTRIES,
  ...PAYMENTS_COMMERCE_ENTRIES,
  ...SUPPORT_CHAT_ENTRIES,
  ...SAAS_APP_ENTRIES,
];

export const DEFAULT_VENDORS: readonly Vendor[] = VENDORS;
export const DEFAULT_TRACKER_DOMAINS: readonly TrackerDomain[] = TRACKER_DOMAINS;
