import { describe, expect, it, vi } from 'vitest';
import { chartLayout } from '../../../src/core/timeline/chart-layout';
import { groupByVisit } from '../../../src/core/timeline/visit-groups';
import { event } from '../../core/timeline/factory';
import { elements, texts } from './render-tree';

// The popup's strings come from _locales through the extension API; here the key itself is the text.
vi.mock('../../../src/browser/i18n', () => ({
  t: (key: string, sub?: string | string[]) => `${key}${sub ? `(${sub})` : ''}`,
}));

const { TimelineChart } = await import('../../../src/popup/components/timeline-chart');

const T = Date.UTC(2025, 2, 1, 12);
const visit = (at: number, url = 'https://a.test/') => ({ at, tabId: 1, url });

describe('TimelineChart (popup)', () => {
  it('empty: an svg that says no visits were recorded', () => {
    const tree = <TimelineChart layout={chartLayout([])} site="a.test" />;
    expect(elements(tree).filter((e) => e.type === 'rect')).toHaveLength(0);
    expect(texts(tree)).toContain('timelineNoVisits');
  });

  it('one and many visits: one group per visit, rects coloured by category class', () => {
    const one = chartLayout(groupByVisit([event(T + 1, 'set', { category: 'marketing' })], [visit(T)]));
    const rects = elements(<TimelineChart layout={one} site="a.test" />).filter((e) => e.type === 'rect');
    expect(rects.map((r) => r.props.class)).toEqual(['fill-marketing']);
    const visits = Array.from({ length: 40 }, (_, i) => visit(T + i * 1000));
    const many = chartLayout(groupByVisit([], visits));
    expect(elements(<TimelineChart layout={many} site="a.test" />).filter((e) => e.type === 'g')).toHaveLength(30);
  });

  it('hostile names stay text: only the svg elements the component writes, the name as a text child', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const layout = chartLayout(groupByVisit([event(T + 1)], [visit(T, `https://a.test/${hostile}`)]));
    const tree = <TimelineChart layout={layout} site={hostile} />;
    const types = new Set(elements(tree).map((e) => e.type));
    expect([...types].sort()).toEqual(['g', 'line', 'rect', 'svg', 'title']);
    expect(texts(tree).join('')).toContain(hostile);
    expect(elements(tree).some((e) => 'dangerouslySetInnerHTML' in e.props)).toBe(false);
  });
});
