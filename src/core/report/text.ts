import { clip } from '../clip';
import { displayName, displayText } from '../display-text';
import type { AuditedCookie, SiteAudit } from '../types';
import { type Chunks, joinChunks } from './chunks';
import { consentTextLines } from './consent-formats';
import { byName, lifespanText, PARTY_LABELS, purposeText } from './cookie-facts';
import { exportSite } from './export-site';
import { exportUrl } from './export-url';
import { TABLE_DOMAIN_CHARS, TABLE_NAME_CHARS, TABLE_VALUE_CHARS } from './limits';

export interface TextReportOptions {
  includeValues?: boolean;
}

/**
 * The terminal listing: per site a header line, then per cookie its name and domain, its classification and why,
 * and its findings; written cookie by cookie. Every piece of cookie text goes through the display sanitiser, so a
 * name cannot carry terminal escape sequences, bidi overrides or line breaks into the listing.
 */
export function* textChunks(audits: readonly SiteAudit[], options: TextReportOptions = {}): Chunks {
  const includeValues = options.includeValues === true;
  let cookies = 0;
  let findings = 0;
  for (const [i, audit] of audits.entries()) {
    cookies += audit.summary.total;
    findings += audit.summary.findings;
    if (i > 0) yield '\n';
    yield* siteBlock(audit, includeValues);
  }
  const tail: string[] = [];
  if (audits.length !== 1) {
    tail.push(`${plural(audits.length, 'site')}, ${plural(cookies, 'cookie')}, ${plural(findings, 'finding')}`);
  }
  if (includeValues) tail.push('Includes cookie values: treat as secret.');
  if (tail.length > 0) yield `${audits.length > 0 ? '\n' : ''}${tail.join('\n')}\n`;
}

export function buildTextReport(audits: readonly SiteAudit[], options: TextReportOptions = {}): string {
  return joinChunks(textChunks(audits, options));
}

function* siteBlock(audit: SiteAudit, includeValues: boolean): Generator<string> {
  const s = audit.summary;
  const worst = s.highestSeverity ? `, highest ${s.highestSeverity}` : '';
  const pageUrl = exportUrl(audit.pageUrl, includeValues);
  yield `${t(exportSite(audit.site) || pageUrl)}  (${t(pageUrl)})\n`;
  yield `${plural(s.total, 'cookie')}: ${s.firstParty} first party, ${s.thirdParty} third party; ${plural(s.findings, 'finding')}${worst}\n`;
  for (const c of [...audit.cookies].sort(byName)) yield `\n${cookieBlock(c, includeValues)}`;
  const consent = consentTextLines(audit);
  if (consent.length > 0) yield `\n${consent.join('\n')}\n`;
  if (audit.siteFindings.length > 0) {
    yield '\nsite findings:\n';
    for (const f of audit.siteFindings) yield `  ${f.severity.padEnd(6)}  ${t(f.title)}: ${t(f.message)}\n`;
  }
}

function cookieBlock(c: AuditedCookie, includeValues: boolean): string {
  const k = c.classification;
  const path = c.cookie.path === '/' ? '' : c.cookie.path;
  const where = clip(c.cookie.domain + path, { chars: TABLE_DOMAIN_CHARS });
  let out =
    `  ${clip(displayName(c.cookie.name), { chars: TABLE_NAME_CHARS })}  ${t(where)}  ` +
    `${PARTY_LABELS[c.party].toLowerCase()}, ${lifespanText(c)}\n` +
    `      ${k.category} · ${t(k.vendor ?? 'vendor unknown')} · confidence ${k.confidence.toFixed(2)} · ${t(k.reason)}\n`;
  if (k.purpose) out += `      ${t(purposeText(c))}\n`;
  if (includeValues) out += `      value: ${t(clip(c.cookie.value, { chars: TABLE_VALUE_CHARS }))}\n`;
  for (const f of c.findings) out += `      ${f.severity.padEnd(6)}  ${t(f.title)}\n`;
  return out;
}

function t(s: string): string {
  return displayText(s);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
