import type { CatalogueEntry, TrackerDomain, Vendor } from '../schema';
import adNetworks from './entries/ad-networks.json';
import adobe from './entries/adobe.json';
import analyticsTools from './entries/analytics-tools.json';
import authProviders from './entries/auth-providers.json';
import cloudflareCdn from './entries/cloudflare-cdn.json';
import cms from './entries/cms.json';
import consentPlatforms from './entries/consent-platforms.json';
import frameworks from './entries/frameworks.json';
import google from './entries/google.json';
import linkedin from './entries/linkedin.json';
import marketingAutomation from './entries/marketing-automation.json';
import meta from './entries/meta.json';
import microsoft from './entries/microsoft.json';
import openCookieDatabase from './entries/open-cookie-database.json';
import paymentsCommerce from './entries/payments-commerce.json';
import saasApps from './entries/saas-apps.json';
import social from './entries/social.json';
import supportChat from './entries/support-chat.json';
import trackerDomains from './tracker-domains.json';
import vendors from './vendors.json';

/**
 * The shipped catalogue is data: JSON files in this folder (entries/*.json, vendors.json, tracker-domains.json),
 * described by catalogue.schema.json, checked against it by the extension build and a unit test, and against the
 * index's own rules (validate.ts) when built. The casts below are safe for that reason: JSON imports widen enums.
 * Order carries no meaning: the index ranks matches by specificity, never by position.
 */
export const DEFAULT_ENTRIES: readonly CatalogueEntry[] = [
  ...adNetworks,
  ...adobe,
  ...analyticsTools,
  ...authProviders,
  ...cloudflareCdn,
  ...cms,
  ...consentPlatforms,
  ...frameworks,
  ...google,
  ...linkedin,
  ...marketingAutomation,
  ...meta,
  ...microsoft,
  ...openCookieDatabase,
  ...paymentsCommerce,
  ...saasApps,
  ...social,
  ...supportChat,
] as CatalogueEntry[];

export const DEFAULT_VENDORS: readonly Vendor[] = vendors as Vendor[];
export const DEFAULT_TRACKER_DOMAINS: readonly TrackerDomain[] = trackerDomains as TrackerDomain[];
