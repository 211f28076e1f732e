import type { FailOn, Phase, ScanFormat } from './types';

/** The run as a whole, known before the first site: heads every output. */
export interface ScanMeta {
  tool: { name: 'cookie-auditor'; version: string };
  catalogueVersion: string;
  chromium: { version: string | null; path: string; thirdPartyCookies: 'blocked' | 'allowed'; args: string[] };
  startedAt: string;
  commandLine: string[];
  phases: Phase[];
  formats: ScanFormat[];
  pages: number;
  waitMs: number;
  failOn: FailOn;
  shard: { index: number; count: number } | null;
  baseline: string | null;
  allowList: string | null;
  /** --overrides: the file and how many corrections it holds; null without the flag. */
  overrides: { file: string; count: number } | null;
  valuesIncluded: boolean;
}

/** The run's outcome, known after the last site. */
export interface ScanTotals {
  finishedAt: string;
  sites: number;
  scanned: number;
  failed: number;
  findings: { high: number; medium: number; low: number; info: number };
  violations: number;
  allowed: number;
  /** Findings that count under --fail-on. */
  failing: number;
  exitCode: 0 | 1 | 2;
}

export interface OutputFile {
  name: string;
  sha256: string;
  bytes: number;
}
