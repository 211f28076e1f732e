export type ReportFormat = 'json' | 'csv' | 'md' | 'html';

export const REPORT_FORMATS: readonly ReportFormat[] = ['json', 'csv', 'md', 'html'];

export interface ReportOptions {
  /** Copy cookie values into the report (capped). Off by default: values are often credentials. */
  includeValues?: boolean;
  /** Version of the extension (or CLI) that wrote the report, from its manifest or package.json. */
  extensionVersion: string;
}

export interface MultiSiteReportOptions extends ReportOptions {
  /** ISO 8601 time of the export; defaults to the latest of the sites' own times. */
  generatedAt?: string;
}

export interface ReportFile {
  filename: string;
  mime: string;
  body: string;
}

/** What a report tells its reader about values, at the top of the file. */
export function valuesNote(includeValues: boolean): string {
  return includeValues
    ? 'Includes cookie values: treat as secret.'
    : 'Cookie values are left out; only their length in bytes is given. Query strings and fragments are removed from URLs.';
}
