import { useState } from 'preact/hooks';
import { t } from '../../browser/i18n';
import type { AuditedCookie, KnownCategory } from '../../core/types';
import { clip, dateText, expectedText, sameSiteText } from '../format';
import { SeverityIcon } from './severity-icon';

/** Largest slice of a value put on screen; a 4 KB value is scrolled, never allowed to stretch the popup. */
const VALUE_DISPLAY_CAP = 4096;

/** What the user may say a cookie really is: the categories of a consent banner. */
const CORRECTABLE: readonly KnownCategory[] = ['necessary', 'functional', 'preferences', 'analytics', 'marketing'];

export interface CorrectionActions {
  /** "This is really …" for this cookie, on this site or on all sites. */
  onCorrect: (category: KnownCategory, allSites: boolean) => void;
  onClearCorrection: () => void;
}

export function CookieDetails({
  item,
  history,
  onDelete,
  correction,
}: {
  item: AuditedCookie;
  history: { firstSeen: number; changes: number } | undefined;
  onDelete: () => void;
  correction: CorrectionActions;
}) {
  const [revealed, setRevealed] = useState(false);
  const [really, setReally] = useState<KnownCategory>(
    item.classification.category === 'unknown' ? 'necessary' : item.classification.category,
  );
  const [allSites, setAllSites] = useState(false);
  const [copied, setCopied] = useState(false);
  const c = item.cookie;
  const k = item.classification;
  const copy = async () => {
    await navigator.clipboard.writeText(c.value);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <div class="details" data-testid="details">
      <dl class="attrs">
        <dt>{t('purpose')}</dt>
        <dd>{k.purpose || '—'}</dd>
        <dt>{t('vendor')}</dt>
        <dd>{k.vendor ?? '—'}</dd>
        <dt>{t('why')}</dt>
        <dd data-testid="reason">
          {k.bestGuess ? (
            <span class="chip best-guess" title={t('bestGuessHint')}>
              {t('bestGuess')}
            </span>
          ) : null}{' '}
          {k.reason} ({t('confidence')} {Math.round(k.confidence * 100)}%)
        </dd>
        <dt>{t('expectedLifespan')}</dt>
        <dd>{expectedText(k.expectedLifespan)}</dd>
        <dt>{t('domain')}</dt>
        <dd class="mono">
          {clip(c.domain, 120)} {c.hostOnly ? t('hostOnly') : t('andSubdomains')}
        </dd>
        <dt>{t('path')}</dt>
        <dd class="mono">{clip(c.path, 120)}</dd>
        <dt>{t('expires')}</dt>
        <dd>{dateText(c.expirationDate)}</dd>
        <dt>{t('flags')}</dt>
        <dd>
          {c.secure ? 'Secure' : t('notSecure')} · {c.httpOnly ? 'HttpOnly' : t('readableByScripts')} · SameSite=
          {sameSiteText(c)}
          {c.partitionKey?.topLevelSite
            ? ` · ${item.observedVia.includes('partitioned-by-browser') ? t('partitionedByBrowser') : 'Partitioned'} (${clip(c.partitionKey.topLevelSite, 60)})`
            : ''}
        </dd>
        <dt>{t('observedVia')}</dt>
        {/* Message names allow only [A-Za-z0-9_@]: 'partitioned-by-browser' reads seen_partitioned_by_browser. */}
        <dd>{item.observedVia.map((o) => t(`seen_${o.replaceAll('-', '_')}`)).join('; ')}</dd>
        {history ? (
          <>
            <dt>{t('firstSeen')}</dt>
            <dd>
              {new Date(history.firstSeen).toLocaleString()} · {t('changes')}: {history.changes}
            </dd>
          </>
        ) : null}
        <dt>{t('value')}</dt>
        <dd class="value-cell">
          {revealed ? (
            <code class="value" data-testid="value">
              {c.value.length > VALUE_DISPLAY_CAP ? `${c.value.slice(0, VALUE_DISPLAY_CAP)}…` : c.value}
            </code>
          ) : (
            <span class="masked" data-testid="value-masked">
              {'•'.repeat(Math.min(12, c.value.length))} {t('valueHidden', String(c.value.length))}
            </span>
          )}
          <span class="value-actions">
            <button type="button" onClick={() => setRevealed(!revealed)} data-testid="reveal">
              {revealed ? t('hide') : t('reveal')}
            </button>
            {revealed ? (
              <button type="button" onClick={copy}>
                {copied ? t('copied') : t('copy')}
              </button>
            ) : null}
          </span>
        </dd>
      </dl>
      {item.findings.length > 0 ? (
        <ul class="findings" data-testid="findings">
          {item.findings.map((f) => (
            <li key={f.ruleId} class={`finding sev-border-${f.severity}`} data-rule={f.ruleId}>
              <div class="finding-title">
                <SeverityIcon severity={f.severity} /> <strong>{f.title}</strong>
              </div>
              <p>{f.message}</p>
              <p class="fix">
                <span class="label">{t('fix')}:</span> <code>{f.fix}</code>
              </p>
              <a href={f.reference.url} target="_blank" rel="noreferrer noopener">
                {f.reference.title}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <div class="correction" data-testid="correction">
        <label>
          {t('reallyIs')}{' '}
          <select
            data-testid="correct-category"
            value={really}
            onChange={(e) => setReally((e.currentTarget as HTMLSelectElement).value as KnownCategory)}
          >
            {CORRECTABLE.map((c) => (
              <option key={c} value={c}>
                {t(`category_${c}`)}
              </option>
            ))}
          </select>
        </label>{' '}
        <select
          data-testid="correct-scope"
          value={allSites ? 'all' : 'site'}
          onChange={(e) => setAllSites((e.currentTarget as HTMLSelectElement).value === 'all')}
        >
          <option value="site">{t('correctionScopeSite')}</option>
          <option value="all">{t('correctionScopeAll')}</option>
        </select>{' '}
        <button type="button" data-testid="correct-save" onClick={() => correction.onCorrect(really, allSites)}>
          {t('correctionSave')}
        </button>
        {k.source === 'override' ? (
          <button type="button" class="link" data-testid="clear-override" onClick={correction.onClearCorrection}>
            {t('clearCorrection')}
          </button>
        ) : null}
      </div>
      <div class="detail-actions">
        <button type="button" class="danger" onClick={onDelete} data-testid="delete-one">
          {t('deleteCookie')}
        </button>
      </div>
    </div>
  );
}
