// The one place where the Chromium and Firefox manifests differ. manifest.json is the Chromium manifest as it is
// shipped; the Firefox manifest is derived from it here, so the two cannot drift apart.

export type Target = 'chrome' | 'firefox';

/** Where each build is written (vite's outDir) and which zip it becomes. */
export const OUT_DIR: Record<Target, string> = { chrome: 'dist', firefox: 'dist-firefox' };

/**
 * Firefox identifies an add-on by this id (AMO signing, storage, the moz-extension UUID map). It must never change
 * once published: https://extensionworkshop.com/documentation/develop/extensions-and-the-add-on-id/
 */
export const GECKO_ID = 'cookie-auditor@cookie-auditor.dev';

/**
 * 140 is the first ESR with `data_collection_permissions` (Firefox's built-in data-consent declaration, which AMO
 * requires of new add-ons since November 2025:
 * https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/). It also has everything else we
 * use: MV3 `background.scripts` with `type: module` (112), cookies `partitionKey` (94), host permissions granted at
 * install (127).
 */
export const GECKO_MIN_VERSION = '140.0';

/**
 * Firefox for Android reads `data_collection_permissions` from 142 on (desktop from 140); web-ext lint warns when the
 * declared minimum admits an Android version that would ignore it.
 */
export const GECKO_ANDROID_MIN_VERSION = '142.0';

export type Manifest = Record<string, unknown> & { background?: Record<string, unknown> };

/**
 * The esbuild/vite `build.target` for a manifest: the oldest browser it admits, read from the same numbers the
 * manifest declares (GECKO_MIN_VERSION, manifest.json's minimum_chrome_version), so raising one raises the other.
 */
export function buildTarget(target: Target, source: Manifest): string {
  const version = target === 'firefox' ? GECKO_MIN_VERSION : source.minimum_chrome_version;
  const major = typeof version === 'string' ? /^(\d+)(?:\.\d+)*$/.exec(version)?.[1] : undefined;
  if (major === undefined) {
    const key = target === 'firefox' ? 'GECKO_MIN_VERSION' : 'manifest.json: minimum_chrome_version';
    throw new Error(`${key} must be a version such as "120" or "140.0", not ${JSON.stringify(version)}`);
  }
  return `${target}${major}`;
}

/** The manifest for one browser. The input is never modified. */
export function manifestFor<M extends Manifest>(target: Target, source: M): M {
  const m = structuredClone(source) as Manifest;
  if (target === 'chrome') return m as M;
  // Firefox has no extension service workers: MV3 background pages run the same module as an event page.
  // https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/manifest.json/background
  const worker = m.background?.service_worker;
  if (typeof worker !== 'string') throw new Error('manifest.json: background.service_worker is missing');
  m.background = { scripts: [worker], type: 'module' };
  // Chromium-only key: Firefox warns about it and reads its own minimum from browser_specific_settings.
  delete m.minimum_chrome_version;
  m.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: GECKO_MIN_VERSION,
      // The extension sends nothing anywhere (no network requests at all), so it declares that it collects nothing.
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
  };
  // Containers: the popup names the tab's container and colours it as Firefox does, and the All-sites page lists
  // containers by name. The cost, from Firefox ESR 140's ext-contextualIdentities.js onStartup(): holding this
  // permission switches Container Tabs on (privacy.userContext.enabled and .ui.enabled, which Firefox never switches
  // back off, even after uninstall) and locks Settings → "Enable Container Tabs" on while the add-on is installed.
  // It also grants create/update/move/remove of containers, which we never call (only get and query). It cannot be
  // requested later instead: Firefox lists it as a PermissionNoPrompt, not an optional permission. No other API
  // names a container (tabs and cookies give only the id "firefox-container-3", which Firefox shows nowhere), and
  // the people who need a per-container audit already have containers switched on, so we keep it and say so in the
  // README's "Permissions and why".
  // https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/contextualIdentities
  const permissions = Array.isArray(m.permissions) ? [...(m.permissions as string[])] : [];
  if (!permissions.includes('contextualIdentities')) permissions.push('contextualIdentities');
  m.permissions = permissions;
  return m as M;
}
