import { displayText } from '../display-text';
import { escapeHtml } from '../report/escape';
import type { Category } from '../types';
import { type ChartLayout, type ChartOptions, chartLayout } from './chart-layout';
import type { VisitGroup } from './visit-groups';

/** The popup's category colours (light theme), for SVG that carries no stylesheet. */
export const CATEGORY_COLOURS: Record<Category, string> = {
  necessary: '#1b7f3b',
  functional: '#0b57d0',
  preferences: '#6a3fb5',
  analytics: '#b35c00',
  marketing: '#c62828',
  unknown: '#57606a',
};

function text(s: string): string {
  return escapeHtml(displayText(s));
}

/** "2025-03-01 12:00 UTC": visits in reports are read across time zones, so UTC and said so. */
export function visitLabel(at: number): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** One bar's tooltip: when, which page, and what it counted. */
export function barTitle(bar: ChartLayout['bars'][number]): string {
  const parts = bar.segments.map((s) => `${s.count} ${s.category}`);
  const page = bar.url ? ` ${bar.url}` : ' (no page open)';
  const consent = bar.consent.length > 0 ? `; ${bar.consent.join('; ')}` : '';
  return `${visitLabel(bar.at)}${page}: ${bar.written} written${parts.length ? ` (${parts.join(', ')})` : ''}, ${bar.removed} removed${consent}`;
}

/** A small diamond at the top of a visit's bar: a consent choice was recorded during the visit. */
export function consentMarker(bar: { x: number; width: number }): string {
  const cx = Math.round((bar.x + bar.width / 2) * 10) / 10;
  return `M${cx} 0l4 4l-4 4l-4 -4z`;
}

/**
 * The chart as a static, script-free SVG string for the HTML report: every piece of text (site, URLs) escaped,
 * colours as attributes so it needs no stylesheet, a <title> per bar for the tooltip, and role="img" with a label
 * for screen readers.
 */
export function buildChartSvg(site: string, groups: readonly VisitGroup[], options: ChartOptions = {}): string {
  const layout = chartLayout(groups, options);
  const { width, height, axis } = layout;
  const label = `Cookies written per visit on ${site}, by category; removals below the line`;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${text(label)}">`,
    `<title>${text(label)}</title>`,
  ];
  if (layout.bars.length === 0) {
    out.push(
      `<text x="${width / 2}" y="${height / 2}" text-anchor="middle" font-size="12" fill="#57606a">No visits recorded yet.</text>`,
    );
  }
  for (const bar of layout.bars) {
    out.push(`<g><title>${text(barTitle(bar))}</title>`);
    for (const s of bar.segments) {
      out.push(
        `<rect x="${bar.x}" y="${s.y}" width="${bar.width}" height="${s.height}" fill="${CATEGORY_COLOURS[s.category]}"/>`,
      );
    }
    if (bar.removal) {
      out.push(
        `<rect x="${bar.x}" y="${bar.removal.y}" width="${bar.width}" height="${bar.removal.height}" fill="#8c959f"/>`,
      );
    }
    if (bar.consent.length > 0) {
      out.push(`<path d="${consentMarker(bar)}" fill="#24292f"><title>${text(bar.consent.join('; '))}</title></path>`);
    }
    out.push('</g>');
  }
  out.push(`<line x1="0" y1="${axis}" x2="${width}" y2="${axis}" stroke="#8c959f" stroke-width="1"/>`, '</svg>');
  return out.join('');
}
