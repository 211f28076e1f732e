import { t } from '../../browser/i18n';
import { CATEGORIES } from '../../core/types';
import type { SortKey, UiState } from '../ui-state';

export function Toolbar({ ui, onChange }: { ui: UiState; onChange: (patch: Partial<UiState>) => void }) {
  return (
    <div class="toolbar">
      <input
        type="search"
        class="search"
        placeholder={t('search')}
        aria-label={t('search')}
        value={ui.query}
        onInput={(e) => onChange({ query: (e.currentTarget as HTMLInputElement).value })}
      />
      <label>
        <span class="sr-only">{t('filterParty')}</span>
        <select
          aria-label={t('filterParty')}
          data-testid="filter-party"
          value={ui.party}
          onChange={(e) => onChange({ party: (e.currentTarget as HTMLSelectElement).value as UiState['party'] })}
        >
          <option value="all">
            {t('filterParty')}: {t('filterAll')}
          </option>
          <option value="first">{t('firstParty')}</option>
          <option value="third">{t('thirdParty')}</option>
        </select>
      </label>
      <label>
        <span class="sr-only">{t('filterCategory')}</span>
        <select
          aria-label={t('filterCategory')}
          data-testid="filter-category"
          value={ui.category}
          onChange={(e) => onChange({ category: (e.currentTarget as HTMLSelectElement).value as UiState['category'] })}
        >
          <option value="all">
            {t('filterCategory')}: {t('filterAll')}
          </option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category_${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span class="sr-only">{t('sortBy')}</span>
        <select
          aria-label={t('sortBy')}
          data-testid="sort"
          value={ui.sort}
          onChange={(e) => onChange({ sort: (e.currentTarget as HTMLSelectElement).value as SortKey })}
        >
          <option value="severity">
            {t('sortBy')}: {t('sortSeverity')}
          </option>
          <option value="name">
            {t('sortBy')}: {t('sortName')}
          </option>
          <option value="lifespan">
            {t('sortBy')}: {t('sortLifespan')}
          </option>
        </select>
      </label>
      <label class="check">
        <input
          type="checkbox"
          data-testid="only-findings"
          checked={ui.onlyFindings}
          onChange={(e) => onChange({ onlyFindings: (e.currentTarget as HTMLInputElement).checked })}
        />
        {t('filterFindings')}
      </label>
    </div>
  );
}
