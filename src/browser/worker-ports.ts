import type { WorkerPorts } from '../worker/ports';
import { setBadge } from './action';
import { containerOf, listContainers } from './containers';
import { getCookies, onCookieChanged, removeCookie, storeIdForTab } from './cookies';
import { onMessage } from './messages';
import { onFrameNavigation, onTopLevelCommitted } from './navigation';
import { hasAllSitesAccess } from './permissions';
import { onMainFrameRequest, onRequestSent, onResponseReceived } from './requests';
import { extensionVersion } from './runtime';
import { localArea, sessionArea } from './storage';
import { getActiveTab, getTab, listTabs, onTabCreated, onTabRemoved, onTabReplaced } from './tabs';
import { idbTimelineBackend } from './timeline-db';

/** The real browser, as the worker's ports. */
export function browserPorts(): WorkerPorts {
  return {
    cookies: { getAll: getCookies, remove: removeCookie, storeIdForTab, onChanged: onCookieChanged },
    tabs: {
      get: getTab,
      getActive: getActiveTab,
      list: listTabs,
      onCreated: onTabCreated,
      onRemoved: onTabRemoved,
      onReplaced: onTabReplaced,
    },
    requests: { onSent: onRequestSent, onResponse: onResponseReceived, onMainFrame: onMainFrameRequest },
    navigation: { onTopLevelCommitted, onFrameCommitted: onFrameNavigation },
    containers: { get: containerOf, list: listContainers },
    permissions: { hasAllSitesAccess },
    storage: { session: sessionArea, local: localArea },
    timeline: idbTimelineBackend(),
    action: { setBadge },
    messages: { onMessage },
    runtime: { version: extensionVersion },
    clock: {
      now: () => Date.now(),
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    },
  };
}
