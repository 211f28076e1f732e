import { useState } from 'preact/hooks';
import { t } from '../../browser/i18n';
import { FIRST_SCREEN_ROWS } from '../../core/first-screen-summary';
import type { AuditedCookie } from '../../core/types';
import type { Section } from '../view-model';
import type { CorrectionActions } from './cookie-details';
import { CookieRow } from './cookie-row';

/** Rows put in the DOM at first; the rest come on demand so 1,000 cookies open as fast as 50. */
// The worker's first-screen summary keeps the same number per section (core/first-screen-summary).
export const PAGE_SIZE = FIRST_SCREEN_ROWS;

export function CategorySection({
  section,
  collapsed,
  onToggleCollapsed,
  openId,
  onOpen,
  history,
  detailsPending,
  actionsPending = false,
  rowCap = Number.POSITIVE_INFINITY,
  marks,
  onDelete,
  onDeleteAll,
  correctionFor,
}: {
  section: Section;
  collapsed: boolean;
  onToggleCollapsed: () => void;
  openId: string | null;
  onOpen: (id: string | null) => void;
  history: Record<string, { firstSeen: number; changes: number }> | undefined;
  /** The rows came without their details (TabView.rowsOnly); the full view is on its way. */
  detailsPending: boolean;
  /** Painted from a summary (TabView.preview): deleting waits for the live view. */
  actionsPending?: boolean;
  /** The popup's first render: at most this many rows now (the rest come with the next frame). */
  rowCap?: number;
  /** "Changed since your last visit" marks by cookie id. */
  marks?: Record<string, 'new' | 'changed'> | undefined;
  onDelete: (c: AuditedCookie) => void;
  onDeleteAll: () => void;
  correctionFor: (c: AuditedCookie) => CorrectionActions;
}) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const { category, cookies } = section;
  const id = `sec-${category}`;
  const shown = cookies.slice(0, Math.min(limit, rowCap));
  const count = cookies.length + (section.more ?? 0);
  return (
    <section class={`section cat-${category}`} data-testid={`section-${category}`} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} class="section-head">
        <button type="button" aria-expanded={!collapsed} aria-controls={id} onClick={onToggleCollapsed}>
          <span class="caret" aria-hidden="true">
            {collapsed ? '▸' : '▾'}
          </span>
          {t(`category_${category}`)} <span class="count">{count}</span>
        </button>
        <button
          type="button"
          class="link danger"
          onClick={onDeleteAll}
          disabled={actionsPending}
          data-testid={`delete-${category}`}
        >
          {t('deleteCategory')}
        </button>
      </h2>
      {collapsed ? null : (
        <ul id={id} class="cookie-list">
          {shown.map((c) => (
            <CookieRow
              key={c.id}
              item={c}
              open={openId === c.id}
              onToggle={() => onOpen(openId === c.id ? null : c.id)}
              history={history?.[c.id]}
              detailsPending={detailsPending}
              mark={marks?.[c.id]}
              onDelete={() => onDelete(c)}
              correction={correctionFor(c)}
            />
          ))}
          {count > limit ? (
            <li class="more">
              <button type="button" onClick={() => setLimit(limit + PAGE_SIZE * 4)}>
                {t('showMore', String(count - limit))}
              </button>
            </li>
          ) : null}
        </ul>
      )}
    </section>
  );
}
