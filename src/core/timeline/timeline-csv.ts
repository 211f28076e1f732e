import { csvRecord } from '../report/escape';
import type { SiteLog } from './site-log';
import { changesText, setByText, timelineReport } from './timeline-export';

const COLUMNS = [
  'site',
  'time',
  'visit',
  'event',
  'cause',
  'name',
  'domain',
  'path',
  'partition',
  'category',
  'valueLength',
  'expires',
  'secure',
  'httpOnly',
  'sameSite',
  'changes',
  'setBy',
  'frameUrl',
  'consent',
] as const;

/**
 * The timeline as CSV: one row per event, site first (the cookie CSV's layout), in the popup's order. Cells go
 * through csvRecord: RFC 4180 quoting and formula neutralising, since names and URLs come from the sites.
 */
export function buildTimelineCsv(logs: readonly SiteLog[]): string {
  let out = csvRecord(COLUMNS);
  for (const log of logs) {
    for (const e of timelineReport(log).events) {
      out += csvRecord([
        log.site,
        e.at,
        e.visit ?? '',
        e.kind,
        e.cause,
        e.name,
        e.domain,
        e.path,
        e.partition ?? '',
        e.category,
        e.valueLength,
        e.expires ?? 'session',
        e.secure,
        e.httpOnly,
        e.sameSite,
        changesText(e.changes),
        setByText(e.setBy),
        e.frameUrl ?? '',
        e.consent ?? '',
      ]);
    }
  }
  return out;
}
