import { clip } from '../../core/clip';
import { displayText } from '../../core/display-text';
import type { SiteResult } from './types';

const cell = (s: string, width: number) => {
  const text = clip(displayText(s), { chars: width });
  return text + ' '.repeat(Math.max(0, width - [...text].length));
};

/**
 * The one-screen summary of a site for stderr: a row per phase (banner outcome, cookies, consent-needing
 * cookies, findings by severity), then the consent verdicts that matter.
 */
export function summaryTable(s: SiteResult): string {
  const lines = [`${displayText(s.url)}`];
  if (s.status === 'error') return `${lines[0]}\n  could not be scanned: ${displayText(s.error ?? '')}\n`;
  lines.push(
    `  ${cell('phase', 7)} ${cell('banner', 40)} ${cell('cookies', 7)} ${cell('tracking', 8)} findings (high/med/low)`,
  );
  for (const p of s.phases) {
    const tracking =
      p.audit?.cookies.filter((c) => ['analytics', 'marketing'].includes(c.classification.category)).length ?? 0;
    const n = (sev: string) => p.findings.filter((f) => f.severity === sev && f.allowed === null).length;
    lines.push(
      `  ${cell(p.phase, 7)} ${cell(p.status === 'ok' ? p.banner.detail : `failed: ${p.error ?? ''}`, 40)} ${cell(String(p.audit?.cookies.length ?? 0), 7)} ${cell(String(tracking), 8)} ${n('high')}/${n('medium')}/${n('low')}`,
    );
  }
  const verdicts = s.diff.filter((r) => r.verdict === 'set before consent' || r.verdict === 'set despite refusal');
  for (const r of verdicts.slice(0, 8)) lines.push(`  ! ${cell(r.name, 30)} ${r.verdict} (${r.category})`);
  if (verdicts.length > 8) lines.push(`  ! … ${verdicts.length - 8} more`);
  for (const f of s.findings)
    lines.push(`  ${f.severity}: ${displayText(f.title)} — ${clip(displayText(f.message), { chars: 120 })}`);
  return `${lines.join('\n')}\n`;
}
