import { readFirstScreen } from '../browser/first-screen';
import { pageUrl } from '../browser/runtime';
import { sendMessage } from '../browser/send-message';
import { localArea } from '../browser/storage';
import type { FirstScreen } from '../core/first-screen-summary';
import type { TabView } from '../core/messages';
import type { Override } from '../core/overrides/overrides';
import type { ReportFile, ReportFormat } from '../core/report/options';
import type { Settings } from '../core/settings';
import type { TimelineSource } from './components/timeline-panel';
import { UI_KEY, type UiState, uiStateOf } from './ui-state';

/** Everything the popup asks of the outside world. Tests and previews pass a fake. */
export interface PopupClient extends TimelineSource {
  /** `rowsOnly`: just what the cookie rows show, for the first paint (TabView.rowsOnly). */
  getTabView(tabId?: number, options?: { rowsOnly?: boolean }): Promise<TabView>;
  /**
   * The tab's first-screen summary from storage.session (core/first-screen-summary), or null: painted only until the
   * worker's answer comes. Optional: without it the popup waits for the worker.
   */
  readFirstScreen?(tabId?: number): Promise<FirstScreen | null>;
  deleteCookies(tabId: number, ids: string[]): Promise<{ deleted: number; failed: string[] }>;
  loadUiState(): Promise<UiState>;
  saveUiState(state: UiState): Promise<void>;
  getSettings(): Promise<Settings>;
  setSettings(patch: Partial<Settings>): Promise<Settings>;
  tabReport(
    tabId: number,
    format: ReportFormat,
    includeValues: boolean,
    includeTimeline?: boolean,
  ): Promise<ReportFile>;
  /** "This is really …": a correction for one cookie on this site or on all sites. */
  setOverride(override: Override): Promise<Override[]>;
  clearOverride(target: Omit<Override, 'category'>): Promise<Override[]>;
  exportOverrides(): Promise<ReportFile>;
  importOverrides(text: string): Promise<{ imported: number; total: number }>;
  /** URL of the full-page view of every site (also the options page). */
  reportsUrl(): string;
}

export const runtimeClient: PopupClient = {
  getTabView: (tabId, options) =>
    sendMessage('get-tab-view', {
      ...(tabId === undefined ? {} : { tabId }),
      ...(options?.rowsOnly ? { rowsOnly: true } : {}),
    }),
  readFirstScreen,
  deleteCookies: (tabId, ids) => sendMessage('delete-cookies', { tabId, ids }),
  loadUiState: async () => uiStateOf((await localArea.get(UI_KEY))[UI_KEY]),
  saveUiState: (state) => localArea.set({ [UI_KEY]: state }),
  getSettings: () => sendMessage('get-settings', {}),
  setSettings: (patch) => sendMessage('set-settings', { settings: patch }),
  tabReport: (tabId, format, includeValues, includeTimeline = false) =>
    sendMessage('tab-report', { tabId, format, includeValues, includeTimeline }),
  setOverride: (override) => sendMessage('set-override', { override }),
  clearOverride: (target) => sendMessage('clear-override', { override: target }),
  exportOverrides: () => sendMessage('export-overrides', {}),
  importOverrides: (text) => sendMessage('import-overrides', { text }),
  reportsUrl: () => pageUrl('src/reports/index.html'),
  getTimeline: (tabId, more) => sendMessage('get-timeline', { tabId, ...more }),
  clearSiteHistory: async (site) => {
    await sendMessage('clear-site-history', { site });
  },
};
