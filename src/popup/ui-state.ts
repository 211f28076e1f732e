import type { RowSort } from '../core/audit-order';
import type { Category, Party } from '../core/types';

export type SortKey = RowSort;

/** Filters and sort that survive reopening the popup. */
export interface UiState {
  query: string;
  party: Party | 'all';
  category: Category | 'all';
  onlyFindings: boolean;
  sort: SortKey;
  collapsed: Category[];
}

export const DEFAULT_UI_STATE: UiState = {
  query: '',
  party: 'all',
  category: 'all',
  onlyFindings: false,
  sort: 'severity',
  collapsed: [],
};

/** storage.local key of the filters and sort. */
export const UI_KEY = 'popup-ui:v1';

/** The saved filters and sort, over the defaults (a missing or foreign value gives the defaults). */
export function uiStateOf(raw: unknown): UiState {
  return typeof raw === 'object' && raw !== null
    ? { ...DEFAULT_UI_STATE, ...(raw as Partial<UiState>) }
    : DEFAULT_UI_STATE;
}
