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
