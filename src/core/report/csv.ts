import type { AuditedCookie, SiteAudit } from '../types';
import { consentCsvCells } from './consent-formats';
import { byName, expiresText, lifespanText } from './cookie-facts';
import { clip, csvRecord, utf8Length } from './escape';
import { MAX_VALUE_CHARS } from './limits';
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
  'valueLength',
] as const;

/**
 * One row per cookie (consentChoice: the visitor's recorded choice for the cookie's category; consentFindings: its
 * consent rule ids), site first, so the single-site and the all-sites exports share one layout and concatenate.
 * CSV has no room for a note: the `value` column exists only when values were asked for, and the filename says so.
 */
export function buildCsv(audits: readonly SiteAudit[], options: ReportOptions): string {
  const includeValues = options.includeValues === true;
  let out = csvRecord(includeValues ? [...COLUMNS, 'value'] : COLUMNS);
  for (const audit of audits) {
    for (const c of [...audit.cookies].sort(byName)) {
      out += csvRecord(row(audit.site, c, includeValues, consentCsvCells(audit, c.id, c.classification.category)));
    }
  }
  return out;
}

function row(
  site: string,
  c: AuditedCookie,
  includeValues: boolean,
  consent: [string, string],
): (string | number | boolean)[] {
  const { cookie, classification: k } = c;
  const cells: (string | number | boolean)[] = [
    site,
    cookie.name,
    cookie.domain,
    cookie.path,
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
