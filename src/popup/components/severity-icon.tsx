import { t } from '../../browser/i18n';
import type { Severity } from '../../core/types';

const GLYPH: Record<Severity, string> = { high: '▲', medium: '◆', low: '●', info: 'ℹ' };

export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <span
      class={`sev sev-${severity}`}
      role="img"
      aria-label={t(`severity_${severity}`)}
      title={t(`severity_${severity}`)}
    >
      {GLYPH[severity]}
    </span>
  );
}
