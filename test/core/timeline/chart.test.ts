import { describe, expect, it } from 'vitest';
import { chartLayout, dailyCounts, sparklinePoints } from '../../../src/core/timeline/chart-layout';
import { buildChartSvg } from '../../../src/core/timeline/chart-svg';
import { groupByVisit } from '../../../src/core/timeline/visit-groups';
import { event } from './factory';

const T = Date.UTC(2025, 2, 1, 12);
const visit = (at: number, url = 'https://a.test/') => ({ at, tabId: 1, url });

describe('chart layout', () => {
  it('stacks distinct written cookies by category, removals below the axis, oldest visit on the left', () => {
    const events = [
      event(T + 1, 'set', { name: 'a', category: 'marketing' }),
      event(T + 2, 'set', { name: 'b', category: 'marketing' }),
      event(T + 3, 'overwritten', { name: 'a', category: 'marketing' }),
      event(T + 4, 'set', { name: 'c', category: 'necessary' }),
      event(T + 60_001, 'deleted-by-site', { name: 'a' }),
    ];
    const layout = chartLayout(groupByVisit(events, [visit(T), visit(T + 60_000)]), { width: 200, height: 100 });
    expect(layout.bars.map((b) => [b.at, b.written, b.removed])).toEqual([
      [T, 3, 0],
      [T + 60_000, 0, 1],
    ]);
    const [first, second] = layout.bars;
    expect(first!.segments.map((s) => [s.category, s.count])).toEqual([
      ['necessary', 1],
      ['marketing', 2],
    ]);
    // The tallest bar reaches the top but for the consent markers' 10 px; segments touch and end at the axis.
    const heights = first!.segments.reduce((sum, s) => sum + s.height, 0);
    expect(first!.segments[0]!.y + first!.segments[0]!.height).toBeCloseTo(layout.axis, 0);
    expect(heights).toBeGreaterThan(layout.axis - 12);
    expect(first!.segments.at(-1)!.y).toBeGreaterThanOrEqual(9);
    expect(second!.removal?.y).toBe(layout.axis + 1);
    expect(second!.x).toBeGreaterThan(first!.x);
  });

  it('marks a visit where a consent choice was recorded, in words, escaped in the static SVG, not as a removal', () => {
    const consent = {
      platform: 'One<Trust>',
      understood: true,
      answered: true,
      choices: { analytics: 'refused' as const },
    };
    const events = [
      event(T + 1, 'set', { name: 'OptanonConsent', category: 'necessary' }),
      event(T + 1, 'consent', { name: 'OptanonConsent', category: 'necessary' }, { consent }),
    ];
    const groups = groupByVisit(events, [visit(T), visit(T + 60_000)]);
    const layout = chartLayout(groups);
    expect(layout.bars.map((b) => [b.written, b.removed, b.consent])).toEqual([
      [1, 0, ['consent: analytics refused — One<Trust>']],
      [0, 0, []],
    ]);
    const svg = buildChartSvg('a.test', groups);
    expect(svg).toContain('<title>consent: analytics refused — One&lt;Trust&gt;</title>');
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg).not.toContain('<Trust>');
  });

  it('draws at most maxBars, the newest', () => {
    const visits = Array.from({ length: 50 }, (_, i) => visit(T + i * 1000));
    const layout = chartLayout(groupByVisit([], visits), { maxBars: 30 });
    expect(layout.bars).toHaveLength(30);
    expect(layout.bars.at(-1)?.at).toBe(T + 49_000);
    for (const b of layout.bars) expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
  });
});

describe('buildChartSvg', () => {
  it('says so when there are no visits', () => {
    const svg = buildChartSvg('a.test', []);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('No visits recorded yet.');
    expect(svg).not.toContain('<rect');
  });

  it('draws one visit as one bar with a tooltip', () => {
    const svg = buildChartSvg('a.test', groupByVisit([event(T + 5, 'set', { category: 'analytics' })], [visit(T)]));
    expect(svg.match(/<rect /g)).toHaveLength(1);
    expect(svg).toContain('fill="#b35c00"');
    expect(svg).toContain('<title>2025-03-01 12:00 UTC https://a.test/: 1 written (1 analytics), 0 removed</title>');
  });

  it('draws many visits, one group each, balanced markup', () => {
    const visits = Array.from({ length: 12 }, (_, i) => visit(T + i * 1000));
    const events = visits.map((v, i) => event(v.at + 1, 'set', { name: `c${i}` }));
    const svg = buildChartSvg('a.test', groupByVisit(events, visits));
    expect(svg.match(/<g>/g)).toHaveLength(12);
    expect(svg.match(/<\/g>/g)).toHaveLength(12);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('escapes hostile site names and URLs: text only, no markup, no script', () => {
    const hostile = '"><script>alert(1)</script><svg onload=alert(2)>\u202e';
    const svg = buildChartSvg(hostile, groupByVisit([event(T + 1)], [visit(T, `https://a.test/${hostile}`)]));
    expect(svg).not.toMatch(/<script|<svg onload/i);
    expect(svg).not.toContain('\u202e');
    expect(svg).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    // Every tag is one of the few the builder writes.
    const tags = new Set([...svg.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['g', 'line', 'rect', 'svg', 'title']);
  });
});

describe('sparkline', () => {
  it('counts events per day and draws them in the box', () => {
    const DAY = 86_400_000;
    const counts = dailyCounts([T - 0.5 * DAY, T - 0.2 * DAY, T - 2.5 * DAY, T - 40 * DAY], T, 3);
    expect(counts).toEqual([1, 0, 2]);
    expect(sparklinePoints(counts, 62, 12)).toBe('1,6 31,11 61,1');
    expect(sparklinePoints([], 62, 12)).toBe('');
  });
});
