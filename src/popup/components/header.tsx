import { t } from '../../browser/i18n';
import type { ContainerInfo } from '../../core/messages';
import { CATEGORIES, SEVERITIES, type SiteAudit } from '../../core/types';
import { clip } from '../format';
import { SeverityIcon } from './severity-icon';

/** Firefox gives the colour as "#rrggbb"; anything else is not put into a style. */
function safeColor(code: string | undefined): string | undefined {
  return code && /^#[0-9a-f]{6}$/i.test(code) ? code : undefined;
}

export function Header({ audit, title, container }: { audit: SiteAudit; title: string; container?: ContainerInfo }) {
  const s = audit.summary;
  return (
    <header class="header">
      <div class="site-line">
        <h1 class="site" title={audit.pageUrl}>
          {clip(audit.site || title, 60)}
        </h1>
        <span class="totals" data-testid="totals">
          <strong>{s.total}</strong> {t('cookiesWord')} · {s.firstParty} {t('firstPartyShort')} · {s.thirdParty}{' '}
          {t('thirdPartyShort')}
          {s.blocked > 0 ? ` · ${s.blocked} ${t('blocked')}` : ''}
        </span>
      </div>
      {container ? (
        <p class="container-line" data-testid="container" title={t('containerHint')}>
          <span class="container-dot" style={{ background: safeColor(container.colorCode) }} aria-hidden="true" />
          {t('container')} <strong data-testid="container-name">{clip(container.name, 60)}</strong>
        </p>
      ) : null}
      <ul class="category-bar" aria-label={t('cookiesPerCategory')}>
        {CATEGORIES.filter((c) => s.byCategory[c] > 0).map((c) => (
          <li key={c} class={`cat-chip cat-${c}`} data-testid={`count-${c}`}>
            {t(`category_${c}`)} <strong>{s.byCategory[c]}</strong>
          </li>
        ))}
      </ul>
      <ul class="severity-bar" aria-label={t('findingsBySeverity')} data-testid="severity-counts">
        {SEVERITIES.map((sev) => (
          <li key={sev} class={s.bySeverity[sev] > 0 ? '' : 'zero'} data-testid={`sev-${sev}`}>
            <SeverityIcon severity={sev} /> {s.bySeverity[sev]} {t(`severity_${sev}`).toLowerCase()}
          </li>
        ))}
      </ul>
    </header>
  );
}
