import { explainCookie } from '../core/classify-explain';
import { displayText } from '../core/display-text';
import type { OverrideSet } from '../core/overrides/overrides';
import { hostOfUrl, siteOf } from '../core/party';
import type { Cookie } from '../core/types';

export interface ExplainOptions {
  name: string;
  domain?: string | undefined;
  pageUrl?: string | undefined;
  overrides?: OverrideSet | undefined;
  now: number;
}

/**
 * `cookie-auditor explain NAME`: the verdict, the reason the popup shows, and every piece of evidence behind it.
 * Only the name and domain are known, so the model judges those alone; names and domains are printed through
 * displayText, so a hostile name cannot move the terminal's cursor.
 */
export function explainText(options: ExplainOptions): string {
  const pageHost = options.pageUrl ? hostOfUrl(options.pageUrl) : '';
  const pageSite = pageHost ? siteOf(pageHost) : '';
  const domain = options.domain ?? pageHost;
  const cookie: Cookie = {
    name: options.name,
    value: '',
    domain,
    hostOnly: !domain.startsWith('.'),
    path: '/',
    secure: false,
    httpOnly: false,
    sameSite: 'unspecified',
    session: true,
    storeId: '0',
  };
  const e = explainCookie(cookie, { pageSite, overrides: options.overrides, now: options.now, nameOnly: true });
  const k = e.classification;
  const t = displayText;
  const width = e.evidence.reduce((w, [what]) => Math.max(w, what.length), 0);
  const lines = [
    `${t(options.name)}${domain ? ` on ${t(domain)}` : ''}${pageSite ? `, met on ${t(pageSite)}` : ''}`,
    `  category     ${k.category}${k.vendor ? ` · ${t(k.vendor)}` : ''} · confidence ${Math.round(k.confidence * 100)}%`,
    `  purpose      ${t(k.purpose || 'not identified')}`,
    `  why          ${t(k.reason)}`,
    `  decided by   ${e.decidedBy}`,
    '',
    'Evidence seen:',
    ...e.evidence.map(([what, text]) => `  ${what.padEnd(width)}  ${t(text)}`),
  ];
  return `${lines.join('\n')}\n`;
}
