import { clip } from '../../../core/clip';
import { escapeMarkdown } from '../../../core/report/escape';
import { valuesNote } from '../../../core/report/options';
import type { ScanMeta, ScanTotals } from '../report-meta';
import type { SiteResult } from '../types';
import type { FileSink } from './file-sink';
import { allFindings } from './site-findings';

const m = (s: string, chars = 200) => escapeMarkdown(clip(s, { chars }), { lineStart: false });

/** report.md: short enough for a pull-request comment; per site a verdict, the across-phases table and findings. */
export function mdOutput(sink: FileSink, meta: ScanMeta) {
  return {
    async begin() {
      await sink.write(
        `# Cookie scan\n\nStarted ${m(meta.startedAt)} · cookie-auditor ${m(meta.tool.version)} · catalogue ${m(meta.catalogueVersion)} · ${m(meta.chromium.version ?? 'Chromium')} (third-party cookies ${meta.chromium.thirdPartyCookies}) · phases ${m(meta.phases.join(', '))} · fail on ${m(meta.failOn)}${meta.overrides ? ` · your category corrections from ${m(meta.overrides.file)} (${meta.overrides.count}) applied` : ''}\n\n${valuesNote(meta.valuesIncluded)}\n\n`,
      );
    },
    async site(s: SiteResult) {
      await sink.write(`## ${m(s.url, 300)}\n\n`);
      if (s.status === 'error') {
        await sink.write(`Could not be scanned: ${m(s.error ?? '', 500)}\n\n`);
        return;
      }
      await sink.write('| phase | banner | cookies | findings |\n| --- | --- | --- | --- |\n');
      for (const p of s.phases) {
        await sink.write(
          `| ${p.phase} | ${m(p.status === 'ok' ? p.banner.detail : `failed: ${p.error ?? ''}`)} | ${p.audit?.cookies.length ?? 0} | ${p.findings.length} |\n`,
        );
      }
      const phases = s.phases.map((p) => p.phase);
      if (s.diff.length > 0) {
        await sink.write(
          `\n| cookie | domain | category | ${phases.join(' | ')} | verdict |\n| --- | --- | --- | ${phases.map(() => '---').join(' | ')} | --- |\n`,
        );
        for (const r of s.diff) {
          await sink.write(
            `| ${m(r.name, 80)} | ${m(r.domain)} | ${r.category} | ${phases.map((p) => (r.phases[p] ? 'yes' : '—')).join(' | ')} | ${r.verdict} |\n`,
          );
        }
      }
      const findings = allFindings(s).filter((f) => f.severity !== 'info');
      if (findings.length > 0) {
        await sink.write('\n**Findings**\n\n');
        for (const f of findings.slice(0, 100)) {
          await sink.write(
            `- **${f.severity}** ${m(f.title)} (${f.phase})${f.cookieName ? ` \`${m(f.cookieName, 80)}\`` : ''}: ${m(f.message, 400)}${f.allowed ? ` — allowed: ${m(f.allowed)}` : ''}${f.isNew ? ' — **new**' : ''}\n`,
          );
        }
        if (findings.length > 100) await sink.write(`- … and ${findings.length - 100} more in report.json\n`);
      }
      if (s.baseline && s.baseline.length > 0) {
        await sink.write('\n**Since the baseline**\n\n');
        for (const c of s.baseline) {
          await sink.write(
            `- ${c.change} (${c.phase}): ${m(c.name, 80)} on ${m(c.domain)}${c.details.length ? ` — ${m(c.details.join('; '))}` : ''}\n`,
          );
        }
      }
      await sink.write('\n');
    },
    async end(totals: ScanTotals) {
      await sink.write(
        `---\n\n${totals.sites} site(s), ${totals.scanned} scanned, ${totals.failed} not · findings: ${totals.findings.high} high, ${totals.findings.medium} medium, ${totals.findings.low} low · ${totals.violations} consent violation(s) · ${totals.failing} failing under --fail-on ${m(meta.failOn)} → exit ${totals.exitCode}\n`,
      );
    },
  };
}
