import type { Cookie } from '../types';
import { anthropic } from './platforms/anthropic';
import { axeptio } from './platforms/axeptio';
import { borlabs } from './platforms/borlabs';
import { complianz } from './platforms/complianz';
import { consentMode } from './platforms/consent-mode';
import { cookiebot } from './platforms/cookiebot';
import { cookieYes } from './platforms/cookieyes';
import { didomi } from './platforms/didomi';
import { gpp } from './platforms/gpp';
import { iubenda } from './platforms/iubenda';
import { klaro } from './platforms/klaro';
import { oneTrust } from './platforms/onetrust';
import { osano } from './platforms/osano';
import { tcf } from './platforms/tcf';
import { termly } from './platforms/termly';
import { usercentrics } from './platforms/usercentrics';
import type { ConsentPlatform, ConsentRecord } from './types';

/** Every platform whose consent cookie we read, site platforms first, then the IAB strings they may also write. */
export const CONSENT_PLATFORMS: readonly ConsentPlatform[] = [
  oneTrust,
  cookiebot,
  cookieYes,
  didomi,
  usercentrics,
  complianz,
  osano,
  termly,
  klaro,
  borlabs,
  axeptio,
  iubenda,
  anthropic,
  consentMode,
  tcf,
  gpp,
];

/** Every consent record among the cookies (decoded, or named as not understood). */
export function readConsentRecords(cookies: readonly Cookie[]): ConsentRecord[] {
  return CONSENT_PLATFORMS.flatMap((p) => p.read(cookies));
}

/** Names of platforms whose banner script the page loaded (script URLs are as seen in the tab's requests). */
export function bannerPlatforms(scriptUrls: readonly string[]): string[] {
  const found: string[] = [];
  for (const p of CONSENT_PLATFORMS) {
    if (p.scripts && scriptUrls.some((u) => p.scripts?.test(u.slice(0, 2048)))) found.push(p.name);
  }
  return found;
}
