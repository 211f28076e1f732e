import { cookieKey } from '../cookie-key';
import type { Cookie } from '../types';
import type { ConsentInputs } from './inputs';
import { bannerPlatforms, readConsentRecords } from './registry';
import {
  type Choice,
  CONSENT_CATEGORIES,
  type ConsentCategory,
  type ConsentRecord,
  type DecodedConsent,
} from './types';

export interface CategoryVerdict {
  choice: Choice;
  platform: string;
}

/** The consent state of a site as the audit, popup and reports read it. */
export interface ConsentSummary {
  records: ConsentRecord[];
  /** The visitor's answer per category, from the most recent answered record that speaks about it. */
  choices: Partial<Record<ConsentCategory, CategoryVerdict>>;
  /** Whether any record holds an answer (not only a platform's defaults). */
  answered: boolean;
  /** Platform of the most recent answered record. */
  platform: string | null;
  /** ms since the epoch: when the choice in force was made, null when unknown. */
  recordedAt: number | null;
  /** 'record': the time is written in the consent cookie; 'history': when this extension saw it written. */
  recordedAtSource: 'record' | 'history' | null;
  /** ms: the earliest moment a consent record existed on this site, as far as the history knows. */
  firstRecordAt: number | null;
  gpc: { browser?: boolean; platform?: boolean };
  /** Platforms whose banner script the tab loaded. */
  bannerScripts: string[];
  /** Whether per-site history was available (needed by "set before consent"). */
  historyAvailable: boolean;
}

const DAY_MS = 86_400_000;

function recordCookie(cookies: readonly Cookie[], r: ConsentRecord): Cookie | undefined {
  return cookies.find((c) => c.name === r.cookieName && c.domain === r.cookieDomain);
}

/** Reads every consent record in the jar and merges them into one state; pure. */
export function summariseConsent(cookies: readonly Cookie[], inputs: ConsentInputs = {}): ConsentSummary {
  const records = readConsentRecords(cookies);
  const times = inputs.cookieTimes;
  const timed = records.map((r) => {
    const c = recordCookie(cookies, r);
    const h = c && times ? times.get(cookieKey(c)) : undefined;
    let inRecord = r.understood ? r.recordedAt : undefined;
    // TCF 2.2 CMPs round Created/LastUpdated to the day (TCF v2.2 spec, "Created"): when history saw the record
    // written during that day, its time is the precise one.
    if (
      inRecord !== undefined &&
      inRecord % DAY_MS === 0 &&
      h &&
      h.lastWritten >= inRecord &&
      h.lastWritten < inRecord + DAY_MS
    ) {
      inRecord = undefined;
    }
    return {
      r,
      at: inRecord ?? h?.lastWritten,
      source: inRecord !== undefined ? 'record' : h ? 'history' : null,
      firstSeen: h?.firstSeen,
    };
  });
  const answered = timed
    .filter((t): t is typeof t & { r: DecodedConsent } => t.r.understood && t.r.answered)
    .sort((a, b) => (a.at ?? 0) - (b.at ?? 0));

  const choices: ConsentSummary['choices'] = {};
  for (const { r } of answered) {
    for (const cat of CONSENT_CATEGORIES) {
      const choice = r.choices[cat];
      if (choice) choices[cat] = { choice, platform: r.platform };
    }
  }
  const latest = answered.at(-1);
  const gpcRecord = answered.map((t) => t.r.gpc).filter((g) => g !== undefined);
  // When the answer first existed: the later of "history first saw the record" and "the record's own time". A
  // platform may write its defaults before the answer (OneTrust), and TCF CMPs round their times to the day.
  const firstTimes = answered
    .map((t) =>
      Math.max(t.firstSeen ?? Number.NEGATIVE_INFINITY, t.source === 'record' ? (t.at ?? 0) : Number.NEGATIVE_INFINITY),
    )
    .filter((n) => Number.isFinite(n));
  const gpc: ConsentSummary['gpc'] = {};
  if (inputs.browserGpc !== undefined) gpc.browser = inputs.browserGpc;
  if (gpcRecord.length > 0) gpc.platform = gpcRecord.at(-1) as boolean;
  return {
    records,
    choices,
    answered: answered.length > 0,
    platform: latest?.r.platform ?? null,
    recordedAt: latest?.at ?? null,
    recordedAtSource: (latest?.source as ConsentSummary['recordedAtSource']) ?? null,
    firstRecordAt: firstTimes.length > 0 ? firstTimes.reduce((a, b) => Math.min(a, b)) : null,
    gpc,
    bannerScripts: bannerPlatforms(inputs.scriptUrls ?? []),
    historyAvailable: times !== undefined,
  };
}

/** Whether a cookie is one of the consent records (the rules never judge the record by its own verdict). */
export function isConsentRecordCookie(summary: ConsentSummary, c: Pick<Cookie, 'name' | 'domain'>): boolean {
  return summary.records.some((r) => r.cookieName === c.name && r.cookieDomain === c.domain);
}
