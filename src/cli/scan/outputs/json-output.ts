import { valuesNote } from '../../../core/report/options';
import type { OutputFile, ScanMeta, ScanTotals } from '../report-meta';
import type { SiteResult } from '../types';
import type { FileSink } from './file-sink';

/** report.json's schema version (schema/scan-report-v1.schema.json): removing or retyping a field bumps it. */
export const SCAN_SCHEMA_VERSION = 1;

function indent(json: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return json.replace(/\n/g, `\n${pad}`);
}

/**
 * report.json, written site by site (never the whole report in memory) with a fixed key order, so two runs over
 * the same sites differ only in times and durations. `files` lists every other file the run wrote, with SHA-256.
 */
export function jsonOutput(sink: FileSink, meta: ScanMeta) {
  let first = true;
  return {
    async begin() {
      const head = {
        schemaVersion: SCAN_SCHEMA_VERSION,
        kind: 'scan',
        tool: meta.tool,
        catalogueVersion: meta.catalogueVersion,
        chromium: meta.chromium,
        startedAt: meta.startedAt,
        commandLine: meta.commandLine,
        options: {
          phases: meta.phases,
          formats: meta.formats,
          pages: meta.pages,
          waitMs: meta.waitMs,
          failOn: meta.failOn,
          shard: meta.shard,
          baseline: meta.baseline,
          allowList: meta.allowList,
          overrides: meta.overrides,
        },
        valuesIncluded: meta.valuesIncluded,
        note: valuesNote(meta.valuesIncluded),
      };
      const text = JSON.stringify(head, null, 2);
      await sink.write(`${text.slice(0, -2)},\n  "sites": [`);
    },
    async site(s: SiteResult) {
      await sink.write(`${first ? '\n' : ',\n'}    ${indent(JSON.stringify(s, null, 2), 4)}`);
      first = false;
    },
    async end(totals: ScanTotals, files: readonly OutputFile[]) {
      const tail = JSON.stringify({ finishedAt: totals.finishedAt, totals, files }, null, 2);
      await sink.write(`${first ? '' : '\n  '}],\n${tail.slice(2, -2)}\n}\n`);
    },
  };
}
