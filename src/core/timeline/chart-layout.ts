import { CATEGORIES, type Category } from '../types';
import { consentText } from './consent-text';
import type { VisitGroup } from './visit-groups';

/** One visit's bar: cookies written (set or overwritten) stacked by category above the axis, removals below. */
export interface ChartBar {
  /** The visit's start (ms), or the oldest event's time for events before any recorded visit. */
  at: number;
  /** The visit's page URL (already without query), '' for events outside any visit. */
  url: string;
  x: number;
  width: number;
  written: number;
  removed: number;
  segments: { category: Category; count: number; y: number; height: number }[];
  /** The removals' block below the axis, when any. */
  removal: { y: number; height: number } | null;
  /** Consent choices recorded during the visit, in words, oldest first: drawn as a marker above the bar. */
  consent: string[];
}

export interface ChartLayout {
  width: number;
  height: number;
  /** y of the axis: written bars grow up from it, removals down. */
  axis: number;
  bars: ChartBar[];
  maxWritten: number;
}

export interface ChartOptions {
  width?: number;
  height?: number;
  /** Most visits drawn (the newest); older ones are left to the list below the chart. */
  maxBars?: number;
}

/** Space under the axis for removals, as a share of the height: removals matter but are fewer. */
const REMOVAL_SHARE = 0.25;
const GAP = 2;

/**
 * The chart's geometry, shared by the popup's component and the static SVG of the HTML report so both draw the same
 * picture: one bar per visit, oldest on the left, the count of distinct cookies written by category.
 */
export function chartLayout(groups: readonly VisitGroup[], options: ChartOptions = {}): ChartLayout {
  const width = options.width ?? 320;
  const height = options.height ?? 96;
  const maxBars = options.maxBars ?? 30;
  // groupByVisit gives newest first; the chart reads left to right in time.
  const shown = groups.slice(0, maxBars).reverse();
  const counts = shown.map(countGroup);
  const maxWritten = counts.reduce((m, c) => Math.max(m, c.written), 1);
  const maxRemoved = counts.reduce((m, c) => Math.max(m, c.removed), 1);
  const axis = Math.round(height * (1 - REMOVAL_SHARE));
  const slot = shown.length > 0 ? width / shown.length : width;
  const barWidth = Math.max(1, Math.min(24, slot - GAP));
  const bars = shown.map((g, i): ChartBar => {
    const c = counts[i]!;
    const x = round(i * slot + (slot - barWidth) / 2);
    let top = axis;
    const segments: ChartBar['segments'] = [];
    for (const category of CATEGORIES) {
      const count = c.byCategory[category];
      if (count === 0) continue;
      // The top 10 px stay free for the consent markers (chart-svg consentMarker is 8 px tall).
      const h = round(((axis - 10) * count) / maxWritten);
      top -= h;
      segments.push({ category, count, y: round(top), height: h });
    }
    const removalHeight = c.removed > 0 ? round(((height - axis - 1) * c.removed) / maxRemoved) : 0;
    return {
      at: g.visit?.at ?? g.events.at(-1)?.at ?? 0,
      url: g.visit?.url ?? '',
      x,
      width: round(barWidth),
      written: c.written,
      removed: c.removed,
      segments,
      removal: removalHeight > 0 ? { y: axis + 1, height: removalHeight } : null,
      consent: c.consent,
    };
  });
  return { width, height, axis, bars, maxWritten };
}

function countGroup(g: VisitGroup): {
  written: number;
  removed: number;
  byCategory: Record<Category, number>;
  consent: string[];
} {
  const written = new Map<string, Category>();
  let removed = 0;
  const consent: string[] = [];
  for (const e of g.events) {
    if (e.kind === 'consent') {
      if (e.consent) consent.unshift(consentText(e.consent));
    } else if (e.kind === 'set' || e.kind === 'overwritten') {
      // Events are newest first: the first seen is the cookie's latest category.
      if (!written.has(e.cookie.id)) written.set(e.cookie.id, e.cookie.category);
    } else removed++;
  }
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const category of written.values()) byCategory[category] += 1;
  return { written: written.size, removed, byCategory, consent };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Events per day for the last `days` days, oldest first: the All-sites page's sparkline. */
export function dailyCounts(times: readonly number[], now: number, days = 30): number[] {
  const DAY = 86_400_000;
  const counts = new Array<number>(days).fill(0);
  const start = now - days * DAY;
  for (const t of times) {
    if (t < start || t > now) continue;
    const i = Math.min(days - 1, Math.floor((t - start) / DAY));
    counts[i]! += 1;
  }
  return counts;
}

/** The `points` of an SVG polyline drawing `counts` in a width × height box (1 px margin so the stroke shows). */
export function sparklinePoints(counts: readonly number[], width: number, height: number): string {
  if (counts.length === 0) return '';
  const max = counts.reduce((m, c) => Math.max(m, c), 1);
  const step = counts.length > 1 ? (width - 2) / (counts.length - 1) : 0;
  return counts.map((c, i) => `${round(1 + i * step)},${round(height - 1 - ((height - 2) * c) / max)}`).join(' ');
}
