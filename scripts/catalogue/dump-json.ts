/**
 * One-off (issue 11): wrote the catalogue's TypeScript tables as the JSON files under src/core/catalogue/data/.
 * Kept for the record of how the JSON came to be; the JSON files are now the source.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DATA = join(import.meta.dirname, '../../src/core/catalogue/data');
const modules: Record<string, string> = {
  'ad-networks': 'AD_NETWORK_ENTRIES',
  adobe: 'ADOBE_ENTRIES',
  'analytics-tools': 'ANALYTICS_TOOL_ENTRIES',
  'auth-providers': 'AUTH_PROVIDER_ENTRIES',
  'cloudflare-cdn': 'CLOUDFLARE_CDN_ENTRIES',
  cms: 'CMS_ENTRIES',
  'consent-platforms': 'CONSENT_PLATFORM_ENTRIES',
  frameworks: 'FRAMEWORK_ENTRIES',
  google: 'GOOGLE_ENTRIES',
  linkedin: 'LINKEDIN_ENTRIES',
  'marketing-automation': 'MARKETING_AUTOMATION_ENTRIES',
  meta: 'META_ENTRIES',
  microsoft: 'MICROSOFT_ENTRIES',
  'payments-commerce': 'PAYMENTS_COMMERCE_ENTRIES',
  'saas-apps': 'SAAS_APP_ENTRIES',
  social: 'SOCIAL_ENTRIES',
  'support-chat': 'SUPPORT_CHAT_ENTRIES',
};

/** One entry per line: reviewable diffs, one line per cookie as the TypeScript tables had. */
function lines(rows: readonly unknown[]): string {
  return `[\n${rows.map((r) => `  ${JSON.stringify(r)}`).join(',\n')}\n]\n`;
}

for (const [file, name] of Object.entries(modules)) {
  const mod = (await import(join(DATA, `${file}.ts`))) as Record<string, unknown[]>;
  writeFileSync(join(DATA, 'entries', `${file}.json`), lines(mod[name] as unknown[]));
}
const vendors = (await import(join(DATA, 'vendors.ts'))) as { VENDORS: unknown[] };
writeFileSync(join(DATA, 'vendors.json'), lines(vendors.VENDORS));
const domains = (await import(join(DATA, 'domains.ts'))) as { TRACKER_DOMAINS: unknown[] };
writeFileSync(join(DATA, 'tracker-domains.json'), lines(domains.TRACKER_DOMAINS));
