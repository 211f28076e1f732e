import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder';
import type { Result } from 'sarif';
import { clip } from '../../../core/clip';
import { displayText } from '../../../core/display-text';
import { getRuleCatalogue } from '../../../core/rules/index';
import type { Severity } from '../../../core/types';
import { SCAN_RULES } from '../judge';
import type { ScanMeta } from '../report-meta';
import type { SiteResult } from '../types';
import { allFindings } from './site-findings';

/** SARIF levels (SARIF 2.1.0 §3.27.10): error, warning, note; "none" is for results that are not problems. */
const LEVEL: Record<Severity, Result.level> = { high: 'error', medium: 'warning', low: 'note', info: 'none' };

/**
 * report.sarif: one result per finding. A scanned site has no source file, so each result's location is the
 * page URL (an artifact URI is any URI, SARIF §3.4.3), with a logical location naming the cookie and phase.
 * Held in memory: findings are small next to cookies, and the library builds the whole log at once.
 */
export function sarifOutput(meta: ScanMeta) {
  const run = new SarifRunBuilder().initSimple({
    toolDriverName: 'cookie-auditor',
    toolDriverVersion: meta.tool.version,
  });
  for (const r of getRuleCatalogue()) {
    run.addRule(
      new SarifRuleBuilder().initSimple({
        ruleId: r.id,
        shortDescriptionText: r.title,
        fullDescriptionText: r.summary,
        helpUri: r.reference.url,
      }),
    );
  }
  for (const r of Object.values(SCAN_RULES)) {
    run.addRule(new SarifRuleBuilder().initSimple({ ruleId: r.ruleId, shortDescriptionText: r.title }));
  }
  return {
    site(s: SiteResult) {
      for (const f of allFindings(s)) {
        const result = new SarifResultBuilder().initSimple({
          level: LEVEL[f.severity],
          ruleId: f.ruleId,
          messageText: clip(displayText(`${s.site} [${f.phase}]: ${f.message}`), { chars: 2000 }),
          fileUri: s.url,
        });
        const r = result.result;
        const location = r.locations?.[0];
        if (f.cookieName !== null && location) {
          location.logicalLocations = [
            {
              name: clip(displayText(f.cookieName), { chars: 256 }),
              fullyQualifiedName: clip(displayText(`${s.site}/${f.phase}/${f.cookieDomain ?? ''}/${f.cookieName}`), {
                chars: 512,
              }),
              kind: 'cookie',
            },
          ];
        }
        // Stable across runs, so dashboards track one finding over time (SARIF §3.27.17).
        r.partialFingerprints = { cookieAuditor: `${s.site}|${f.phase}|${f.ruleId}|${f.cookieId ?? ''}` };
        r.properties = {
          phase: f.phase,
          severity: f.severity,
          violation: f.violation,
          ...(f.allowed !== null ? { allowed: f.allowed } : {}),
          ...(f.isNew ? { newSinceBaseline: true } : {}),
        };
        if (f.allowed !== null) {
          r.suppressions = [{ kind: 'external', justification: clip(displayText(f.allowed), { chars: 1000 }) }];
        }
        run.addResult(result);
      }
    },
    build(): string {
      const builder = new SarifBuilder();
      builder.addRun(run);
      return `${builder.buildSarifJsonString({ indent: true })}\n`;
    },
  };
}
