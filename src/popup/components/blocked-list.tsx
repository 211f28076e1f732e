import { t } from '../../browser/i18n';
import { displayText } from '../../core/display-text';
import type { BlockedAttempt } from '../../core/types';
import { clip, nameText } from '../format';

export function BlockedList({ blocked }: { blocked: readonly BlockedAttempt[] }) {
  if (blocked.length === 0) return null;
  return (
    <section class="section blocked" data-testid="blocked">
      <h2 class="section-head">
        <span>
          {t('blockedTitle')} <span class="count">{blocked.length}</span>
        </span>
      </h2>
      <p class="hint">{t('blockedHint')}</p>
      <ul class="cookie-list">
        {blocked.map((b) => (
          <li key={`${b.domain}|${b.name}|${b.url}`} class="blocked-item" data-testid="blocked-row" data-name={b.name}>
            <span class="name" title={displayText(b.name)}>
              {nameText(b.name, 60)}
            </span>{' '}
            <span class="domain">{clip(b.domain, 40)}</span>{' '}
            <span class={`party party-${b.party}`}>
              {b.party === 'first' ? t('firstPartyShort') : t('thirdPartyShort')}
            </span>
            <div class="hint">{b.reason}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
