import { t } from '../../browser/i18n';
import { displayText } from '../../core/display-text';
import type { AuditedCookie } from '../../core/types';
import { clip, lifespanText, nameText } from '../format';
import { againstConsent, worstSeverity } from '../view-model';
import { FlagChips } from './chips';
import { CookieDetails } from './cookie-details';
import { SeverityIcon } from './severity-icon';

export function CookieRow({
  item,
  open,
  onToggle,
  history,
  detailsPending,
  mark,
  onDelete,
}: {
  item: AuditedCookie;
  open: boolean;
  onToggle: () => void;
  history: { firstSeen: number; changes: number } | undefined;
  detailsPending: boolean;
  /** New or changed since the last visit of the site (from the timeline). */
  mark?: 'new' | 'changed' | undefined;
  onDelete: () => void;
}) {
  const c = item.cookie;
  const sev = worstSeverity(item);
  const detailsId = `d-${item.id.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 100)}`;
  return (
    <li class={`cookie ${open ? 'open' : ''}`} data-testid="cookie-row" data-name={c.name} data-id={item.id}>
      <button type="button" class="row" aria-expanded={open} aria-controls={detailsId} onClick={onToggle}>
        <span class="row-main">
          <span class="name" title={displayText(c.name)}>
            {sev ? <SeverityIcon severity={sev} /> : null}
            {nameText(c.name, 60)}
            {againstConsent(item) ? (
              <span
                class="consent-mark"
                role="img"
                data-testid="consent-mark"
                title={t('consentMark')}
                aria-label={t('consentMark')}
              >
                ⊘
              </span>
            ) : null}
          </span>
          {mark ? (
            <span class={`mark mark-${mark}`} data-testid="since-mark" title={t('sinceLastVisit')}>
              {t(`mark_${mark}`)}
            </span>
          ) : null}
          <span class="vendor">{item.classification.vendor ?? ''}</span>
        </span>
        <span class="row-sub">
          <span class={`party party-${item.party}`} title={item.party === 'first' ? t('firstParty') : t('thirdParty')}>
            {item.party === 'first' ? t('firstPartyShort') : t('thirdPartyShort')}
          </span>
          <span class="domain" title={displayText(c.domain)}>
            {clip(c.domain, 40)}
          </span>
          <span class="life">{lifespanText(item)}</span>
          <FlagChips cookie={c} />
        </span>
      </button>
      {open ? (
        <div id={detailsId}>
          {detailsPending ? (
            <p class="details hint" aria-busy="true">
              {t('loading')}
            </p>
          ) : (
            <CookieDetails item={item} history={history} onDelete={onDelete} />
          )}
        </div>
      ) : null}
    </li>
  );
}
