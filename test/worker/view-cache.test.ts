import { describe, expect, it } from 'vitest';
import type { TabView } from '../../src/core/messages';
import { createViewCache, VIEW_MAX_AGE_MS } from '../../src/worker/view-cache';

const view = (tabId: number, url = 'https://a.test/'): TabView => ({
  kind: 'ok',
  tabId,
  url,
  title: '',
  incognito: false,
});

describe('tab view cache', () => {
  it('serves a view until the tab changes, the URL changes or it grows too old', () => {
    const cache = createViewCache();
    cache.remember(view(1), 1000, cache.stamp(1));
    cache.remember(view(2), 1000, cache.stamp(2));
    expect(cache.get(1, 'https://a.test/', 2000)).not.toBeNull();
    expect(cache.get(1, 'https://a.test/other', 2000)).toBeNull();
    expect(cache.get(1, 'https://a.test/', 1000 + VIEW_MAX_AGE_MS)).toBeNull();

    // Tab 2's own changes leave tab 1's view alone.
    cache.invalidate(2);
    expect(cache.get(1, 'https://a.test/', 2000)).not.toBeNull();
    expect(cache.get(2, 'https://a.test/', 2000)).toBeNull();

    // A settings change touches every tab.
    cache.invalidateAll();
    expect(cache.get(1, 'https://a.test/', 2000)).toBeNull();
  });

  it('does not keep a view built while something changed', () => {
    const cache = createViewCache();
    const stamp = cache.stamp(3);
    cache.invalidate(3);
    cache.remember(view(3), 1000, stamp);
    expect(cache.get(3, 'https://a.test/', 1000)).toBeNull();
  });

  it('forgets a closed tab', () => {
    const cache = createViewCache();
    cache.remember(view(4), 1000, cache.stamp(4));
    cache.forget(4);
    expect(cache.get(4, 'https://a.test/', 1000)).toBeNull();
  });
});
