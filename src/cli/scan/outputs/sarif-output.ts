import { SarifResultBuilder, SarifRuleBuilder } from 'node-sarif-builder';
import type { Log, ReportingDescriptor, Result, Run } from 'sarif';
import { clip } from '../../../core/clip';
import { displayText } from '../../../core/display-text';
import { getRuleCatalogue } from '../../../core/rules/index';
import type { Severity } from '../../../core/types';
import { SCAN_RULE_LIST } from '../judge';
import type { ScanMeta } from '../report-meta';
import type { SiteResult } from '../types';
import type { FileSink } from './file-sink';
import { allFindings } from './site-findings';

/** SARIF levels (SARIF 2.1.0 §3.27.10): error, warning, note; "none" is for results that are not problems. */
const LEVEL: Record<Severity, Result.level> = { high: 'error', medium: 'warning', low: 'note', info: 'none' };

/**
 * report.sarif: one result per finding. A scanned site has no source file, so each result's location is the
 * page URL (an artifact URI is any URI, SARIF §3.4.3), with a logical location naming the cookie and phase.
 * Streamed site by site like the other reports: the log's head (tool, rules) first, then each site's results as
 * they are read, then the closing brackets, so memory does not grow with the number of sites or findings.
 * `run.artifacts` is left out (optional in the run object): listing each URI once would mean keeping them all.
 */
export function sarifOutput(sink: FileSink, meta: ScanMeta) {
  const rules: ReportingDescriptor[] = [];
  for (const r of getRuleCatalogue()) {
    rules.push(
      new SarifRuleBuilder().initSimple({
        ruleId: r.id,
        shortDescriptionText: r.title,
        fullDescriptionText: r.summary,
        helpUri: r.reference.url,
      }).rule,
    );
  }
  for (const r of SCAN_RULE_LIST) {
    rules.push(new SarifRuleBuilder().initSimple({ ruleId: r.ruleId, shortDescriptionText: r.title }).rule);
  }
  const run: Omit<Run, 'results'> = {
    tool: { driver: { name: 'cookie-auditor', version: meta.tool.version, rules } },
    ...(meta.overrides ? { properties: { overrides: meta.overrides } } : {}),
  };
  const log: Omit<Log, 'runs'> = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0' };
  let first = true;
  return {
    async begin() {
      // The head is the log and its run without their arrays; results follow, one JSON object a line.
      const head = JSON.stringify(log).slice(0, -1);
      const runHead = JSON.stringify(run).slice(0, -1);
      await sink.write(`${head},"runs":[${runHead},"results":[`);
    },
    async site(s: SiteResult) {
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
        await sink.write(`${first ? '' : ','}\n${JSON.stringify(r)}`);
        first = false;
      }
    },
    async end() {
      await sink.write('\n]}]}\n');
    },
  };
}
