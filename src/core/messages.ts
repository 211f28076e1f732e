import type { ReportFile, ReportFormat } from './report/options';
import type { Settings } from './settings';
import type { TimelineView } from './timeline/timeline-view';
import type { AuditSummary, SiteAudit } from './types';

/** Why a tab has no audit: each gets its own message in the popup. */
export type TabViewKind = 'ok' | 'unsupported' | 'no-tab' | 'error';

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
  /** cookie id -> marked "new" or "changed" since the last visit of the site (timeline). */
  marks?: Record<string, 'new' | 'changed'>;
}

export interface SiteListing {
  site: string;
  lastSeen: number;
  lastVisit?: number;
  lastUrl?: string;
  /** Cookies the history holds for the site (present or gone). */
  cookies: number;
  present: number;
  /** The site's cookies in the jar now, audited. */
  summary: AuditSummary;
  /** The site's timeline at a glance: the "changed recently" sort and the sparkline. */
  timeline?: { events: number; dropped: number; lastEventAt: number; daily: number[] };
}

export interface ReportRequest {
  format: ReportFormat;
  includeValues: boolean;
}

/**
 * Every message between the popup/reports page and the worker, declared once. The request type is the payload
 * (with `type`), the response is what the worker's handler resolves with.
 */
export interface MessageMap {
  'get-tab-view': { request: { tabId?: number }; response: TabView };
  'delete-cookies': {
    request: { tabId: number; ids: string[] };
    response: { deleted: number; failed: string[] };
  };
  'get-settings': { request: Record<string, never>; response: Settings };
  'set-settings': { request: { settings: Partial<Settings> }; response: Settings };
  'list-sites': { request: Record<string, never>; response: SiteListing[] };
  'tab-report': { request: ReportRequest & { tabId: number }; response: ReportFile };
  'site-report': { request: ReportRequest & { site: string }; response: ReportFile };
  'all-sites-report': { request: ReportRequest; response: ReportFile };
  'get-timeline': { request: { tabId: number; perGroup?: number }; response: TimelineView };
  'clear-site-history': { request: { site: string }; response: { cleared: boolean } };
}

export type MessageType = keyof MessageMap;
export type RequestOf<K extends MessageType> = MessageMap[K]['request'] & { type: K };
export type ResponseOf<K extends MessageType> = MessageMap[K]['response'];
export type AnyRequest = { [K in MessageType]: RequestOf<K> }[MessageType];

/** What the worker answers: a value or an error message (runtime messaging cannot carry Error objects). */
export type Reply<K extends MessageType> = { ok: true; value: ResponseOf<K> } | { ok: false; error: string };

export const MESSAGE_TYPES: readonly MessageType[] = [
  'get-tab-view',
  'delete-cookies',
  'get-settings',
  'set-settings',
  'list-sites',
  'tab-report',
  'site-report',
  'all-sites-report',
  'get-timeline',
  'clear-site-history',
];

export function isRequest(value: unknown): value is AnyRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    (MESSAGE_TYPES as readonly string[]).includes((value as { type: string }).type)
  );
}
