import { sendMessage } from '../browser/send-message';
import type { ContainerInfo, SiteListing, StorageStatus } from '../core/messages';
import type { ReportFile, ReportFormat } from '../core/report/options';
import type { Settings } from '../core/settings';

/** Which cookie store the page looks at: the default one, or a Firefox container's (`storeId`). */
export type StoreChoice = { storeId?: string };

export interface ReportsClient {
  listSites(store?: StoreChoice): Promise<SiteListing[]>;
  /** Firefox containers; empty elsewhere. */
  listContainers(): Promise<ContainerInfo[]>;
  storageStatus(): Promise<StorageStatus>;
  siteReport(site: string, format: ReportFormat, includeValues: boolean, store?: StoreChoice): Promise<ReportFile>;
  allSitesReport(format: ReportFormat, includeValues: boolean, store?: StoreChoice): Promise<ReportFile>;
  getSettings(): Promise<Settings>;
  setSettings(patch: Partial<Settings>): Promise<Settings>;
  clearSiteHistory(site: string): Promise<void>;
}

export const runtimeReportsClient: ReportsClient = {
  listSites: (store = {}) => sendMessage('list-sites', store),
  listContainers: () => sendMessage('list-containers', {}),
  storageStatus: () => sendMessage('storage-status', {}),
  siteReport: (site, format, includeValues, store = {}) =>
    sendMessage('site-report', { site, format, includeValues, ...store }),
  allSitesReport: (format, includeValues, store = {}) =>
    sendMessage('all-sites-report', { format, includeValues, ...store }),
  getSettings: () => sendMessage('get-settings', {}),
  setSettings: (patch) => sendMessage('set-settings', { settings: patch }),
  clearSiteHistory: async (site) => {
    await sendMessage('clear-site-history', { site });
  },
};
