import { clip, utf8Length } from '../clip';
import type { AuditedCookie, SiteAudit } from '../types';
import { type Chunks, joinChunks } from './chunks';
import { consentCsvCells, consentStateCell } from './consent-formats';
import { byName, expiresText, lifespanText } from './cookie-facts';
import { csvRecord } from './escape';
import { exportSite } from './export-site';
import { MAX_DOMAIN_CHARS, MAX_NAME_CHARS, MAX_PATH_CHARS, MAX_VALUE_CHARS } from './limits';
import type { ReportOptions } from './options';

const COLUMNS = [
  'site',
  'name',
  'domain',
  'path',
  'party',
  'category',
  'vendor',
  'purpose',
  'confidence',
  'lifespan',
  'expires',
  'secure',
  'httpOnly',
  'sameSite',
  'partitioned',
  'findings',
  'consentChoice',
  'consentFindings',
  'consentWritten',
  'consentState',
  'valueLength',
] as const;

/**
 * One row per cookie (consentChoice: the visitor's recorded choice for the cookie's category; consentFindings: its
 * consent rule ids; consentWritten: when it was written relative to the choice, for a cookie with a consent finding;
 * consentState: the site's decoded choice and GPC, the same on each of the site's rows), site first, so the single-site and the all-sites exports share one layout and concatenate.
 * CSV has no room for a note: the `value` column exists only when values were asked for, and the filename says so.
 * Every finding of every cookie is kept (no grouping): CSV is for machines and spreadsheets.
 */
export function* csvChunks(audits: readonly SiteAudit[], options: ReportOptions): Chunks {
  const includeValues = options.includeValues === true;
  yield csvRecord(includeValues ? [...COLUMNS, 'value'] : COLUMNS);
  for (const audit of audits) {
    const state = consentStateCell(audit);
    for (const c of [...audit.cookies].sort(byName)) {
      const consent = consentCsvCells(audit, c.id, c.classification.category);
      yield csvRecord(row(exportSite(audit.site), c, includeValues, [...consent, state]));
    }
  }
}

export function buildCsv(audits: readonly SiteAudit[], options: ReportOptions): string {
  return joinChunks(csvChunks(audits, options));
}

function row(
  site: string,
  c: AuditedCookie,
  includeValues: boolean,
  consent: readonly string[],
): (string | number | boolean)[] {
  const { cookie, classification: k } = c;
  const cells: (string | number | boolean)[] = [
    site,
    clip(cookie.name, { chars: MAX_NAME_CHARS }),
    clip(cookie.domain, { chars: MAX_DOMAIN_CHARS }),
    clip(cookie.path, { chars: MAX_PATH_CHARS }),
    c.party,
    k.category,
    k.vendor ?? '',
    k.purpose,
    k.confidence,
    lifespanText(c),
    expiresText(cookie),
    cookie.secure,
    cookie.httpOnly,
    cookie.sameSite,
    cookie.partitionKey !== undefined,
    c.findings.map((f) => `${f.ruleId} (${f.severity})`).join('; '),
    ...consent,
    utf8Length(cookie.value),
  ];
  if (includeValues) cells.push(clip(cookie.value, { chars: MAX_VALUE_CHARS }));
  return cells;
}
