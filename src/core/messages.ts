import type { Override } from './overrides/overrides';
import { OverridesFileError, parseOverride } from './overrides/overrides-file';
import { REPORT_FORMATS, type ReportFile, type ReportFormat } from './report/options';
import type { Settings } from './settings';
import type { TimelineView } from './timeline/timeline-view';
import type { AuditSummary, SiteAudit } from './types';

/** Why a tab has no audit: each gets its own message in the popup. */
export type TabViewKind = 'ok' | 'unsupported' | 'no-tab' | 'error';

/** A Firefox container (contextual identity) as the popup shows it: its name and the colour its tabs wear. */
export interface ContainerInfo {
  cookieStoreId: string;
  name: string;
  /** Firefox's colour name ("blue", "orange", ...). */
  color: string;
  /** The hex Firefox paints it in; "#rrggbb" or absent. */
  colorCode?: string;
}

export interface TabView {
  kind: TabViewKind;
  tabId: number;
  url: string;
  title: string;
  incognito: boolean;
  /** Plain words for the non-ok kinds. */
  message?: string;
  audit?: SiteAudit;
  /** cookie id -> when first seen / how often it changed on this site. */
  history?: Record<string, { firstSeen: number; changes: number }>;
  /** Entries of the tab's record (requests, Set-Cookie lines) dropped to keep it within its storage budget. */
  droppedEntries?: number;
  /**
   * The tab's whole record was dropped (the session storage budget for all tabs, or a quota error) since its page
   * opened: what the tab did before that is not known, so the view may be missing requests and Set-Cookie lines.
   */
  recordDropped?: true;
  /**
   * Set when asked with `rowsOnly`: each cookie carries what its row shows (finding messages and fixes, purpose,
   * reason and value are empty, history absent). Ask again without it for the details.
   */
  rowsOnly?: true;
  /**
   * Painted from the first-screen summary the worker keeps in storage.session (core/first-screen-summary), not from
   * the worker's answer: each section holds only its first rows, and nothing is acted on until the live view comes.
   */
  preview?: true;
  /** Firefox: the container the tab is in; only its cookies are in the view. */
  container?: ContainerInfo;
  /** cookie id -> marked "new" or "changed" since the last visit of the site (timeline). */
  marks?: Record<string, 'new' | 'changed'>;
}

export interface SiteListing {
  site: string;
  lastSeen: number;
  lastVisit?: number;
  /** Scheme, host and path of the last page visited: never its query or fragment. */
  lastUrl?: string;
  /** Cookies the history holds for the site (present or gone). */
  cookies: number;
  present: number;
  /** The site's cookies in the jar now, audited. */
  summary: AuditSummary;
  /** Older cookie entries of this site's history not kept (its storage budget). */
  droppedEntries?: number;
  /** The site's timeline at a glance: the "changed recently" sort and the sparkline. */
  timeline?: { events: number; dropped: number; lastEventAt: number; daily: number[] };
}

/** How the worker's storage is doing: the All-sites page says so when history could not be saved. */
export interface StorageStatus {
  /** Writes that failed even after eviction and one retry (the data stays in memory and is retried). */
  failedWrites: number;
  /** Set while the last attempt to save the history failed: "history paused: storage full". */
  pausedSince?: number;
  /** Whole sites removed from the history to make room (least recently touched first). */
  evictedSites: number;
  /** Whole tab records dropped to make room in storage.session since the browser started (their popups say so). */
  droppedTabRecords: number;
  /** Bytes of the history and tab records as last written. */
  localBytes: number;
  sessionBytes: number;
}

export interface ReportRequest {
  format: ReportFormat;
  includeValues: boolean;
}

/** Rejects a message field with words a developer can act on. */
export class MessageError extends Error {}

type Raw = Record<string, unknown>;

function tabId(raw: Raw, optional: true): number | undefined;
function tabId(raw: Raw, optional: false): number;
function tabId(raw: Raw, optional: boolean): number | undefined {
  const v = raw.tabId;
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
    throw new MessageError(`"tabId" must be a tab id (a whole number ≥ 0), not ${describe(v)}`);
  }
  return v;
}

function format(raw: Raw): ReportFormat {
  const v = raw.format;
  if (typeof v !== 'string' || !(REPORT_FORMATS as readonly string[]).includes(v)) {
    throw new MessageError(`Unknown report format ${describe(v)}: expected one of ${REPORT_FORMATS.join(', ')}`);
  }
  return v as ReportFormat;
}

function bool(raw: Raw, key: string): boolean {
  const v = raw[key];
  if (typeof v !== 'boolean') throw new MessageError(`"${key}" must be true or false, not ${describe(v)}`);
  return v;
}

/** Cookie ids as the view gives them; a request may name at most what one tab can hold. */
function ids(raw: Raw): string[] {
  const v = raw.ids;
  if (!Array.isArray(v) || v.length > 10_000 || !v.every((x) => typeof x === 'string' && x.length <= 16_384)) {
    throw new MessageError(`"ids" must be a list of cookie ids (at most 10,000 strings), not ${describe(v)}`);
  }
  return v as string[];
}

function site(raw: Raw): string {
  const v = raw.site;
  if (typeof v !== 'string' || v.length === 0 || v.length > 253 || !/^[a-z0-9.:[\]_-]+$/i.test(v)) {
    throw new MessageError(`"site" must be a site name such as example.com, not ${describe(v)}`);
  }
  return v.toLowerCase();
}

/**
 * The cookie store a reports-page request looks at: absent for the browser's default store, or a Firefox container's
 * store. Private stores are never named: their cookies stay out of the reports page.
 */
function containerStore(raw: Raw): { storeId?: string } {
  const v = raw.storeId;
  if (v === undefined) return {};
  if (typeof v !== 'string' || !/^firefox-container-\d{1,9}$/.test(v)) {
    throw new MessageError(
      `"storeId" must be a Firefox container's store such as firefox-container-1, not ${describe(v)}`,
    );
  }
  return { storeId: v };
}

function settingsPatch(raw: Raw): Partial<Settings> {
  const v = raw.settings;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new MessageError(`"settings" must be an object, not ${describe(v)}`);
  }
  const out: Partial<Settings> = {};
  const days = (key: keyof Settings, min: number, max: number) => {
    const n = (v as Raw)[key];
    if (n === undefined) return;
    if (typeof n !== 'number' || !Number.isFinite(n)) throw new MessageError(`"${key}" must be a number of days`);
    out[key] = Math.min(max, Math.max(min, Math.round(n)));
  };
  days('maxTrackerLifetimeDays', 1, 3650);
  days('maxSessionLifetimeDays', 1, 3650);
  days('timelineRetentionDays', 1, 365);
  return out;
}

/** A correction from the popup, checked like a row of an overrides file. */
function override(raw: Raw): Override {
  try {
    return parseOverride(raw.override);
  } catch (e) {
    throw new MessageError(e instanceof OverridesFileError ? e.message.replace(/^override #1: /, '') : String(e));
  }
}

/** Which correction to clear: the cookie and the sites it held on (the category does not matter). */
function overrideTarget(raw: Raw): Omit<Override, 'category'> {
  const o = override({ override: { ...(raw.override as Raw), category: 'necessary' } });
  return { name: o.name, cookieSite: o.cookieSite, site: o.site };
}

/** An overrides file's text; the file format's own limit on rows keeps it small, this bounds the message. */
function overridesText(raw: Raw): string {
  const v = raw.text;
  if (typeof v !== 'string' || v.length > 2_000_000) {
    throw new MessageError(`"text" must be the text of an overrides file (at most 2 MB), not ${describe(v)}`);
  }
  return v;
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  const text = typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? 'a list' : String(v);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** A message: how to read its request from an untrusted object, and (as a type only) what it answers. */
interface Message<Req, Res> {
  parse: (raw: Raw) => Req;
  /** Never set: carries the response type. */
  response?: Res;
}

function message<Res>() {
  return <Req>(parse: (raw: Raw) => Req): Message<Req, Res> => ({ parse });
}

const none = () => ({});

/**
 * Every message between the popup/reports page and the worker, declared once: the list of types, the request
 * shapes (checked when they arrive) and the response types all come from this one object.
 */
export const PROTOCOL = {
  'get-tab-view': message<TabView>()((r): { tabId?: number; rowsOnly?: boolean } => {
    const id = tabId(r, true);
    const rowsOnly = r.rowsOnly === undefined ? false : bool(r, 'rowsOnly');
    return { ...(id === undefined ? {} : { tabId: id }), ...(rowsOnly ? { rowsOnly } : {}) };
  }),
  'delete-cookies': message<{ deleted: number; failed: string[] }>()((r) => ({
    tabId: tabId(r, false),
    ids: ids(r),
  })),
  'get-settings': message<Settings>()(none),
  'set-settings': message<Settings>()((r) => ({ settings: settingsPatch(r) })),
  'list-sites': message<SiteListing[]>()(containerStore),
  'list-containers': message<ContainerInfo[]>()(none),
  'storage-status': message<StorageStatus>()(none),
  'tab-report': message<ReportFile>()((r) => ({
    tabId: tabId(r, false),
    format: format(r),
    includeValues: bool(r, 'includeValues'),
    // Optional: the site's timeline as a section of the report (JSON, HTML, Markdown) or as the CSV itself.
    includeTimeline: r.includeTimeline === undefined ? false : bool(r, 'includeTimeline'),
  })),
  'site-report': message<ReportFile>()((r) => ({
    site: site(r),
    format: format(r),
    includeValues: bool(r, 'includeValues'),
    ...containerStore(r),
  })),
  'all-sites-report': message<ReportFile>()((r) => ({
    format: format(r),
    includeValues: bool(r, 'includeValues'),
    ...containerStore(r),
  })),
  /** The user's category corrections ("this is really …"), kept in storage.local and applied before the catalogue. */
  'get-overrides': message<Override[]>()(none),
  'set-override': message<Override[]>()((r) => ({ override: override(r) })),
  'clear-override': message<Override[]>()((r) => ({ override: overrideTarget(r) })),
  /** Replaces nothing: rows of the file are added, each replacing an earlier correction of the same cookie and sites. */
  'import-overrides': message<{ imported: number; total: number }>()((r) => ({ text: overridesText(r) })),
  'export-overrides': message<ReportFile>()(none),
  'get-timeline': message<TimelineView>()((r) => {
    const out: { tabId: ReturnType<typeof tabId>; perGroup?: number; visits?: number } = { tabId: tabId(r, false) };
    // Events per visit and visits (newest first) beyond the first view: "Show all", "Load older visits".
    for (const key of ['perGroup', 'visits'] as const) {
      const n = r[key];
      if (n === undefined) continue;
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1) {
        throw new MessageError(`"${key}" must be a whole number ≥ 1, not ${describe(n)}`);
      }
      out[key] = n;
    }
    return out;
  }),
  'clear-site-history': message<{ cleared: boolean }>()((r) => ({ site: site(r) })),
};

type Protocol = typeof PROTOCOL;
export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = ReturnType<Protocol[K]['parse']>;
export type ResponseOf<K extends MessageType> = NonNullable<Protocol[K]['response']>;

/** One handler per message, typed from the protocol: a message without a handler does not compile. */
export type Handlers = { [K in MessageType]: (request: RequestOf<K>) => Promise<ResponseOf<K>> | ResponseOf<K> };

/** What the worker answers: a value or an error message (runtime messaging cannot carry Error objects). */
export type Reply<K extends MessageType> = { ok: true; value: ResponseOf<K> } | { ok: false; error: string };

export function isMessageType(v: unknown): v is MessageType {
  return typeof v === 'string' && Object.hasOwn(PROTOCOL, v);
}

/** Checks an incoming message and hands it to its handler; every failure becomes a clear error reply. */
export async function dispatch(handlers: Handlers, raw: unknown): Promise<Reply<MessageType>> {
  try {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new MessageError('A message is an object');
    const type = (raw as Raw).type;
    if (!isMessageType(type)) throw new MessageError(`Unknown message type ${describe(type)}`);
    const request = PROTOCOL[type].parse(raw as Raw);
    const handler = handlers[type] as (r: unknown) => Promise<unknown> | unknown;
    return { ok: true, value: (await handler(request)) as ResponseOf<MessageType> };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
