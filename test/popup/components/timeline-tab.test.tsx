import type { ComponentChildren } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { chartLayout } from '../../../src/core/timeline/chart-layout';
import type { TimelineView } from '../../../src/core/timeline/timeline-view';
import { event } from '../../core/timeline/factory';
import { elements, text } from './render-tree';

// The popup's strings come from _locales through the extension API; here the key itself is the text.
vi.mock('../../../src/browser/i18n', () => ({
  t: (key: string, sub?: string | string[]) => `${key}${sub ? `(${sub})` : ''}`,
}));

const { TimelineTab } = await import('../../../src/popup/components/timeline-tab');

const T = Date.UTC(2025, 2, 1, 12);
const SPACE = '   ';
const RLO = 'admin\u202etxt.exe';

function view(): TimelineView {
  const visit = { at: T, tabId: 1, url: 'https://a.test/' };
  const events = [event(T + 10, 'set', { name: SPACE }), event(T + 20, 'set', { name: RLO })];
  const cookie = (name: string) => event(T, 'set', { name }).cookie;
  return {
    site: 'a.test',
    dropped: 0,
    totalEvents: events.length,
    visits: 1,
    groups: [{ visit, firstSeconds: null, events, total: events.length }],
    chart: chartLayout([]),
    sinceLastVisit: {
      previous: { at: T - 86_400_000, tabId: 1, url: 'https://a.test/' },
      current: visit,
      changes: [
        { kind: 'new', cookie: cookie(SPACE), changes: [] },
        { kind: 'new', cookie: cookie(RLO), changes: [] },
      ],
    },
  };
}

const actions = { onShowAll: () => {}, onOlder: () => {}, onClearHistory: () => {}, onExport: () => {} };

describe('TimelineTab (popup)', () => {
  const names = elements(<TimelineTab view={view()} actions={actions} />).filter((e) => e.props.class === 'name');

  it('shows the shared placeholder for a space-only name, in the events and since the last visit', () => {
    expect(names).toHaveLength(4);
    const shown = names.map((n) => text(n.props.children as ComponentChildren));
    expect(shown.filter((s) => s === 'emptyName')).toHaveLength(2);
  });

  it('writes U+202E as a visible escape in the text and in the tooltip', () => {
    const rlo = names.filter((n) => text(n.props.children as ComponentChildren).startsWith('admin'));
    expect(rlo).toHaveLength(2);
    for (const n of rlo) {
      expect(text(n.props.children as ComponentChildren)).toBe('admin\\u202etxt.exe');
      expect(n.props.title).toBe('admin\\u202etxt.exe');
    }
    for (const n of names) expect(String(n.props.title)).not.toContain('\u202e');
  });
});
