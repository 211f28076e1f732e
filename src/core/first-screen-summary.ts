import { againstConsent } from './against-consent';
import { sortCookies, worstSeverity } from './audit-order';
import { clip } from './clip';
import type { TabView } from './messages';
import { storedBytes } from './stored-bytes';
import {
  type AuditedCookie,
  type AuditSummary,
  CATEGORIES,
  type Category,
  type Cookie,
  type Party,
  type Severity,
} from './types';

/**
 * A compact copy of the popup's first screen that the worker keeps per tab in storage.session, so a popup can paint
 * its rows before the worker answers (or wakes). It holds what the rows show and no more: no value, no finding texts,
 * no purpose or reason, no history. The worker's live answer always replaces it.
 */
export const FIRST_SCREEN_VERSION = 1;
/** storage.session key of a tab's summary: this prefix and the tab id. */
export const FIRST_SCREEN_PREFIX = `first-screen:v${FIRST_SCREEN_VERSION}:`;
/** The rows a section puts in the DOM at first (PAGE_SIZE in src/popup/components/category-section.tsx). */
export const FIRST_SCREEN_ROWS = 15;
/** Bytes one tab's summary may take in storage.session (15 rows × 6 sections of plain cookies fit in ~12 KB). */
export const FIRST_SCREEN_BUDGET = 16 * 1024;
/** Hostile names, domains and paths are clipped before they are kept: the row shows 60 characters of them. */
const TEXT_MAX = 200;

export interface FirstScreenRow {
  id: string;
  cookie: Pick<Cookie, 'name' | 'domain' | 'path' | 'secure' | 'httpOnly' | 'sameSite' | 'session'> &
    Partial<Pick<Cookie, 'expirationDate' | 'partitionKey'>>;
  party: Party;
  category: Category;
  vendor?: string;
  /** The person's own correction set the category ("set by you" chip). */
  byYou?: true;
  /** The learned fallback's guess ("best guess" chip). */
  bestGuess?: true;
  /** The worst finding's severity (the row's icon). */
  severity?: Severity;
  /** The row's "against your consent choice" mark. */
  consent?: true;
}

export interface FirstScreen {
  v: typeof FIRST_SCREEN_VERSION;
  /** When the worker built the view it summarises (ms since the epoch): the popup knows what it painted. */
  at: number;
  tabId: number;
  /** The page it describes: a popup whose tab shows another URL does not paint it. */
  url: string;
  title: string;
  site: string;
  summary: AuditSummary;
  /** Per category in the popup's order, the first FIRST_SCREEN_ROWS rows of its default sort (fewer if trimmed). */
  rows: FirstScreenRow[];
}

function rowOf(c: AuditedCookie): FirstScreenRow {
  const k = c.cookie;
  const cookie: FirstScreenRow['cookie'] = {
    name: clip(k.name, { chars: TEXT_MAX }),
    domain: clip(k.domain, { chars: TEXT_MAX }),
    path: clip(k.path, { chars: TEXT_MAX }),
    secure: k.secure,
    httpOnly: k.httpOnly,
    sameSite: k.sameSite,
    session: k.session,
  };
  if (k.expirationDate !== undefined) cookie.expirationDate = k.expirationDate;
  if (k.partitionKey?.topLevelSite) {
    cookie.partitionKey = { topLevelSite: clip(k.partitionKey.topLevelSite, { chars: TEXT_MAX }) };
    if (k.partitionKey.hasCrossSiteAncestor) cookie.partitionKey.hasCrossSiteAncestor = true;
  }
  const row: FirstScreenRow = {
    id: clip(c.id, { chars: TEXT_MAX * 3 }),
    cookie,
    party: c.party,
    category: c.classification.category,
  };
  if (c.classification.vendor) row.vendor = clip(c.classification.vendor, { chars: TEXT_MAX });
  if (c.classification.source === 'override') row.byYou = true;
  else if (c.classification.bestGuess) row.bestGuess = true;
  const severity = worstSeverity(c);
  if (severity) row.severity = severity;
  if (againstConsent(c)) row.consent = true;
  return row;
}

/** The first screen of a tab's view, or null when there is none to keep (not a website; a private tab). */
export function firstScreenOf(view: TabView, at: number): FirstScreen | null {
  // A private tab's cookies must not land in storage shared with normal windows (incognito mode "spanning").
  if (view.kind !== 'ok' || !view.audit || view.incognito) return null;
  const rows: FirstScreenRow[] = [];
  for (const category of CATEGORIES) {
    const inCategory = view.audit.cookies.filter((c) => c.classification.category === category);
    for (const c of sortCookies(inCategory, 'severity').slice(0, FIRST_SCREEN_ROWS)) rows.push(rowOf(c));
  }
  return {
    v: FIRST_SCREEN_VERSION,
    at,
    tabId: view.tabId,
    url: view.url,
    title: clip(view.title, { chars: TEXT_MAX }),
    site: view.audit.site,
    summary: view.audit.summary,
    rows,
  };
}

/** Keeps at most `perSection` rows of each category. */
function firstRows(rows: readonly FirstScreenRow[], perSection: number): FirstScreenRow[] {
  const seen = new Map<Category, number>();
  return rows.filter((r) => {
    const n = (seen.get(r.category) ?? 0) + 1;
    seen.set(r.category, n);
    return n <= perSection;
  });
}

/** Trims a summary to `budget` bytes as stored under `key`: fewer rows per section until it fits (none at worst). */
export function fitFirstScreen(s: FirstScreen, budget: number, key: string): FirstScreen {
  let perSection = FIRST_SCREEN_ROWS;
  let fitted = s;
  while (storedBytes(key, fitted) > budget && perSection > 0) {
    perSection = Math.floor(perSection / 2);
    fitted = { ...s, rows: firstRows(s.rows, perSection) };
  }
  return fitted;
}

/** A summary read back from storage, or null when it is not one of this version. */
export function validFirstScreen(raw: unknown): FirstScreen | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const s = raw as Partial<FirstScreen>;
  return s.v === FIRST_SCREEN_VERSION &&
    typeof s.at === 'number' &&
    typeof s.url === 'string' &&
    typeof s.tabId === 'number' &&
    typeof s.summary === 'object' &&
    s.summary !== null &&
    Array.isArray(s.rows)
    ? (s as FirstScreen)
    : null;
}

/** The row as the popup's components read a cookie: the texts only the details show are empty. */
function cookieOf(r: FirstScreenRow): AuditedCookie {
  const findings: AuditedCookie['findings'] = [];
  const finding = (ruleId: string, severity: Severity) => ({
    ruleId,
    severity,
    title: '',
    message: '',
    fix: '',
    reference: { title: '', url: '' },
  });
  if (r.severity) findings.push(finding('first-screen', r.severity));
  // againstConsent reads the rule id's prefix; the mark's own severity is already in the row's worst one.
  if (r.consent) findings.push(finding('consent-first-screen', r.severity ?? 'info'));
  return {
    id: r.id,
    cookie: { ...r.cookie, value: '', hostOnly: !r.cookie.domain.startsWith('.'), storeId: '' },
    party: r.party,
    classification: {
      category: r.category,
      ...(r.vendor ? { vendor: r.vendor } : {}),
      purpose: '',
      tags: [],
      confidence: 0,
      reason: '',
      source: r.byYou ? 'override' : 'catalogue',
      ...(r.bestGuess ? { bestGuess: true } : {}),
    },
    findings,
    remainingSeconds: null,
    observedVia: [],
  };
}

/**
 * The summary as a rows-only view the popup can render. `preview` marks it: its sections hold only their first rows
 * (the counts come from the summary), and nothing may be acted on until the worker's live view replaces it.
 */
export function viewOfFirstScreen(s: FirstScreen): TabView {
  return {
    kind: 'ok',
    tabId: s.tabId,
    url: s.url,
    title: s.title,
    incognito: false,
    rowsOnly: true,
    preview: true,
    audit: {
      pageUrl: s.url,
      site: s.site,
      generatedAt: new Date(s.at).toISOString(),
      catalogueVersion: '',
      cookies: s.rows.map(cookieOf),
      blocked: [],
      siteFindings: [],
      summary: s.summary,
    },
  };
}
