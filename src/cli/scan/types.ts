import type { SiteReportV1 } from '../../core/report/json';
import type { Severity } from '../../core/types';

/**
 * The three ways a scan meets a site. `none` never touches the banner; `reject` and `accept` let autoconsent
 * answer it. Each phase runs in a fresh browser profile, so no phase sees another's cookies.
 */
export const PHASES = ['none', 'reject', 'accept'] as const;
export type Phase = (typeof PHASES)[number];

export const SCAN_FORMATS = ['json', 'html', 'md', 'csv', 'sarif', 'junit'] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];

export const FAIL_ON = ['high', 'medium', 'violation', 'new'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** Who put a cookie in the jar, and when (ms after the top-level navigation of the page it came from started). */
export interface CookieOrigin {
  /** `response`: a Set-Cookie header of `url`; `script`: a `document.cookie` write by the script at `url`. */
  kind: 'response' | 'script';
  url: string;
  atMs: number;
}

/** What autoconsent did with the consent banner in one phase. */
export interface BannerResult {
  /** The action asked of autoconsent; null in the `none` phase. */
  action: 'optOut' | 'optIn' | null;
  /** Consent platform autoconsent recognised (its rule name, e.g. "Onetrust"), or null. */
  platform: string | null;
  /** Whether an open banner was found. */
  popupFound: boolean;
  /** Whether the click (or the platform's API call) succeeded; null when nothing was tried. */
  succeeded: boolean | null;
  /** Autoconsent's own check that the choice took (only some platforms have one); null when not run. */
  selfTest: boolean | null;
  /** One line in words, e.g. "Onetrust: reject all clicked". */
  detail: string;
}

/** A finding the scan makes about a site as a whole, across phases, or about one cookie in one phase. */
export interface ScanFinding {
  ruleId: string;
  severity: Severity;
  title: string;
  message: string;
  fix: string;
  /** Phase it was found in. */
  phase: Phase;
  /** Cookie id (core cookieKey) when the finding is about one cookie. */
  cookieId: string | null;
  cookieName: string | null;
  cookieDomain: string | null;
  /** Consent violations: set before consent, set despite refusal, banner could not be refused. */
  violation: boolean;
  /** The allow-list entry's reason when the team accepted this finding; it then never fails the run. */
  allowed: string | null;
  /** True when --baseline was given and the baseline had no such finding. */
  isNew: boolean;
  referenceUrl: string;
}

export interface PhaseResult {
  phase: Phase;
  /** `error`: the page did not load; `error` explains. */
  status: 'ok' | 'error';
  error: string | null;
  startedAt: string;
  durationMs: number;
  /** Every page loaded in this phase, in order (the start page, its reload, the same-site links). */
  pagesVisited: string[];
  banner: BannerResult;
  /** Names of consent-platform cookies found after the phase, with their decoded state when known. */
  consent: { cookie: string; state: string }[];
  /** The extension's audit of the phase's jar (core `siteReport`). */
  audit: SiteReportV1 | null;
  /** Cookie id -> who set it and when. */
  origins: Record<string, CookieOrigin>;
  /** Set-Cookie lines Chrome refused, with Chrome's own reasons (CDP Network.responseReceivedExtraInfo). */
  chromeBlocked: { name: string; url: string; reasons: string[] }[];
  findings: ScanFinding[];
}

/** Baseline diff of one cookie in one phase. */
export interface BaselineChange {
  phase: Phase;
  change: 'new' | 'gone' | 'changed';
  cookieId: string;
  name: string;
  domain: string;
  /** For `changed`: what differs, e.g. "category analytics -> marketing". */
  details: string[];
}

/** One row of the across-phases table: a cookie and where it appeared. */
export interface DiffRow {
  cookieId: string;
  name: string;
  domain: string;
  category: string;
  party: string;
  phases: Partial<Record<Phase, boolean>>;
  verdict: 'necessary' | 'set before consent' | 'set despite refusal' | 'after accept only' | 'other';
}

export interface SiteResult {
  /** Position in the (sharded) input list: keeps report order deterministic whatever finished first. */
  index: number;
  url: string;
  site: string;
  status: 'ok' | 'error';
  error: string | null;
  phases: PhaseResult[];
  diff: DiffRow[];
  /** Site-level findings across phases (banner not found, could not reject). */
  findings: ScanFinding[];
  baseline: BaselineChange[] | null;
}
