import { describe, expect, it } from 'vitest';
import type { TabView } from '../../src/core/messages';
import { cachedView, forgetView, invalidateViews, rememberView, viewStamp } from '../../src/worker/view-cache';

const view = (tabId: number, url = 'https://a.test/'): TabView => ({
  kind: 'ok',
  tabId,
  url,
  title: '',
  incognito: false,
});

describe('tab view cache', () => {
  it('serves a view until the tab changes, a cookie changes, the URL changes or 10 s pass', () => {
    rememberView(view(1), 1000, viewStamp(1));
    rememberView(view(2), 1000, viewStamp(2));
    expect(cachedView(1, 'https://a.test/', 2000)).not.toBeNull();
    expect(cachedView(1, 'https://a.test/other', 2000)).toBeNull();
    expect(cachedView(1, 'https://a.test/', 11_001)).toBeNull();

    // Tab 2's own traffic leaves tab 1's view alone.
    invalidateViews(2);
    expect(cachedView(1, 'https://a.test/', 2000)).not.toBeNull();
    expect(cachedView(2, 'https://a.test/', 2000)).toBeNull();

    // A cookie change may touch any tab.
    invalidateViews();
    expect(cachedView(1, 'https://a.test/', 2000)).toBeNull();
  });

  it('does not keep a view built while something changed', () => {
    const stamp = viewStamp(3);
    invalidateViews(3);
    rememberView(view(3), 1000, stamp);
    expect(cachedView(3, 'https://a.test/', 1000)).toBeNull();
  });

  it('forgets a closed tab', () => {
    rememberView(view(4), 1000, viewStamp(4));
    forgetView(4);
    expect(cachedView(4, 'https://a.test/', 1000)).toBeNull();
  });
});
