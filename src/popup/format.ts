import { t } from '../browser/i18n';
import { humanDuration, remainingSeconds } from '../core/lifespan';
import type { AuditedCookie, Cookie, Lifespan } from '../core/types';

/** Long hostile strings are cut for display; the full text stays in the title and in copies. */
export function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Counted from now, not from when the worker built the view (a cached view can be minutes old). */
export function lifespanText(c: AuditedCookie, nowMs: number = Date.now()): string {
  const left = remainingSeconds(c.cookie, nowMs);
  if (left === null) return t('session');
  if (left <= 0) return t('expired');
  return humanDuration(left);
}

export function expectedText(l: Lifespan | undefined): string {
  if (l === undefined) return '—';
  return l === 'session' ? t('session') : humanDuration(l);
}

export function sameSiteText(c: Cookie): string {
  switch (c.sameSite) {
    case 'no_restriction':
      return 'None';
    case 'lax':
      return 'Lax';
    case 'strict':
      return 'Strict';
    default:
      return t('sameSiteUnset');
  }
}

export function dateText(seconds: number | undefined): string {
  if (seconds === undefined) return t('session');
  const d = new Date(seconds * 1000);
  return Number.isNaN(d.getTime()) ? '—' : d.toLocaleString();
}
