import { sendMessage } from '../browser/messages';
import type { SiteListing, StorageStatus } from '../core/messages';
import type { ReportFile, ReportFormat } from '../core/report/options';
import type { Settings } from '../core/settings';

export interface ReportsClient {
  listSites(): Promise<SiteListing[]>;
  storageStatus(): Promise<StorageStatus>;
  siteReport(site: string, format: ReportFormat, includeValues: boolean): Promise<ReportFile>;
  allSitesReport(format: ReportFormat, includeValues: boolean): Promise<ReportFile>;
  getSettings(): Promise<Settings>;
  setSettings(patch: Partial<Settings>): Promise<Settings>;
}

export const runtimeReportsClient: ReportsClient = {
  listSites: () => sendMessage('list-sites', {}),
  storageStatus: () => sendMessage('storage-status', {}),
  siteReport: (site, format, includeValues) => sendMessage('site-report', { site, format, includeValues }),
  allSitesReport: (format, includeValues) => sendMessage('all-sites-report', { format, includeValues }),
  getSettings: () => sendMessage('get-settings', {}),
  setSettings: (patch) => sendMessage('set-settings', { settings: patch }),
};
