import { csvRecord } from '../../../core/report/escape';
import type { SiteResult } from '../types';
import type { FileSink } from './file-sink';

const HEADER = [
  'site_url',
  'site',
  'phase',
  'page_url',
  'name',
  'domain',
  'path',
  'party',
  'partitioned',
  'category',
  'vendor',
  'set_by',
  'set_by_url',
  'set_at_ms',
  'secure',
  'http_only',
  'same_site',
  'expires',
  'observed_via',
  'findings',
  'allowed',
];

/** cookies.csv: one row per cookie and phase (RFC 4180, formula-neutralised by the core's csvRecord). */
export function csvOutput(sink: FileSink, includeValues: boolean) {
  return {
    async begin() {
      await sink.write(csvRecord(includeValues ? [...HEADER, 'value'] : HEADER));
    },
    async site(s: SiteResult) {
      for (const p of s.phases) {
        for (const c of p.audit?.cookies ?? []) {
          const origin = p.origins[c.id];
          const findings = p.findings.filter((f) => f.cookieId === c.id);
          const row = [
            s.url,
            s.site,
            p.phase,
            p.audit?.pageUrl ?? '',
            c.name,
            c.domain,
            c.path,
            c.party,
            c.partitioned,
            c.classification.category,
            c.classification.vendor ?? '',
            origin?.kind ?? '',
            origin?.url ?? '',
            origin ? String(origin.atMs) : '',
            c.secure,
            c.httpOnly,
            c.sameSite,
            c.expires,
            c.observedVia.join(' '),
            findings.map((f) => `${f.ruleId}:${f.severity}`).join(' '),
            findings
              .filter((f) => f.allowed !== null)
              .map((f) => f.allowed)
              .join(' | '),
          ];
          await sink.write(csvRecord(includeValues ? [...row, c.value ?? ''] : row));
        }
      }
    },
  };
}
