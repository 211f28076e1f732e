import type { BannerResult, Phase, PhaseResult, SiteResult } from '../../../src/cli/scan/types';
import { auditSite } from '../../../src/core/audit';
import { siteReport } from '../../../src/core/report/json';
import type { Cookie } from '../../../src/core/types';
import { cookie } from '../../core/cookie-factory';

export const NOW = Date.parse('2026-12-01T12:00:00Z');
export const PAGE = 'https://www.example.com/';

/** Marketing by the catalogue (Meta Pixel), analytics (Google Analytics), necessary (a __Host- session). */
export const FBP = cookie({
  name: '_fbp',
  value: 'fb.1.1.2',
  session: false,
  expirationDate: NOW / 1000 + 86_400 * 90,
});
export const GA = cookie({
  name: '_ga',
  value: 'GA1.1.1.2',
  session: false,
  expirationDate: NOW / 1000 + 86_400 * 365,
});
export const SID = cookie({ name: '__Host-sid', value: 'x', httpOnly: true });

const BANNER_OK = (action: 'optOut' | 'optIn'): BannerResult => ({
  action,
  platform: 'Onetrust',
  popupFound: true,
  succeeded: true,
  selfTest: null,
  detail: 'Onetrust: done',
});

export function phase(name: Phase, cookies: Cookie[], banner?: Partial<BannerResult>): PhaseResult {
  const audit = auditSite(cookies, { pageUrl: PAGE, now: NOW });
  const base: BannerResult =
    name === 'none'
      ? { action: null, platform: null, popupFound: false, succeeded: null, selfTest: null, detail: 'left alone' }
      : BANNER_OK(name === 'reject' ? 'optOut' : 'optIn');
  return {
    phase: name,
    status: 'ok',
    error: null,
    startedAt: new Date(NOW).toISOString(),
    durationMs: 1000,
    pagesVisited: [PAGE],
    banner: { ...base, ...banner },
    consent: [],
    audit: siteReport(audit, { extensionVersion: 'test' }),
    origins: {},
    chromeBlocked: [],
    findings: [],
  };
}

export function siteResult(phases: PhaseResult[], url = PAGE): SiteResult {
  return {
    index: 0,
    url,
    site: 'example.com',
    status: 'ok',
    error: null,
    phases,
    diff: [],
    findings: [],
    baseline: null,
  };
}
