import type { AuditedCookie, SiteAudit } from '../types';
import { consentTextLines } from './consent-formats';
import { byName, lifespanText, PARTY_LABELS, purposeText } from './cookie-facts';
import { clip, visibleText } from './escape';
import { TABLE_NAME_CHARS, TABLE_VALUE_CHARS } from './limits';

export interface TextReportOptions {
  includeValues?: boolean;
}

/**
 * The terminal listing: per site a header line, then per cookie its name and domain, its classification and why,
 * and its findings. Every piece of cookie text goes through visibleText, so a name cannot carry terminal escape
 * sequences or line breaks into the listing.
 */
export function buildTextReport(audits: readonly SiteAudit[], options: TextReportOptions = {}): string {
  const out: string[] = [];
  let cookies = 0;
  let findings = 0;
  for (const audit of audits) {
    cookies += audit.summary.total;
    findings += audit.summary.findings;
    out.push(...siteBlock(audit, options.includeValues === true), '');
  }
  if (audits.length !== 1) {
    out.push(`${plural(audits.length, 'site')}, ${plural(cookies, 'cookie')}, ${plural(findings, 'finding')}`);
  }
  if (options.includeValues) out.push('Includes cookie values: treat as secret.');
  return `${out.join('\n').trimEnd()}\n`;
}

function siteBlock(audit: SiteAudit, includeValues: boolean): string[] {
  const s = audit.summary;
  const worst = s.highestSeverity ? `, highest ${s.highestSeverity}` : '';
  const lines = [
    `${t(audit.site || audit.pageUrl)}  (${t(audit.pageUrl)})`,
    `${plural(s.total, 'cookie')}: ${s.firstParty} first party, ${s.thirdParty} third party; ` +
      `${plural(s.findings, 'finding')}${worst}`,
  ];
  for (const c of [...audit.cookies].sort(byName)) lines.push('', ...cookieBlock(c, includeValues));
  const consent = consentTextLines(audit);
  if (consent.length > 0) lines.push('', ...consent);
  if (audit.siteFindings.length > 0) {
    lines.push('', 'site findings:');
    for (const f of audit.siteFindings) lines.push(`  ${f.severity.padEnd(6)}  ${t(f.title)}: ${t(f.message)}`);
  }
  return lines;
}

function cookieBlock(c: AuditedCookie, includeValues: boolean): string[] {
  const k = c.classification;
  const path = c.cookie.path === '/' ? '' : c.cookie.path;
  const lines = [
    `  ${t(clip(c.cookie.name, { chars: TABLE_NAME_CHARS }))}  ${t(c.cookie.domain)}${t(path)}  ` +
      `${PARTY_LABELS[c.party].toLowerCase()}, ${lifespanText(c)}`,
    `      ${k.category} · ${t(k.vendor ?? 'vendor unknown')} · confidence ${k.confidence.toFixed(2)} · ${t(k.reason)}`,
  ];
  if (k.purpose) lines.push(`      ${t(purposeText(c))}`);
  if (includeValues) lines.push(`      value: ${t(clip(c.cookie.value, { chars: TABLE_VALUE_CHARS }))}`);
  for (const f of c.findings) lines.push(`      ${f.severity.padEnd(6)}  ${t(f.title)}`);
  return lines;
}

function t(s: string): string {
  return visibleText(s);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
