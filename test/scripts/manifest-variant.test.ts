import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { GECKO_ID, manifestFor } from '../../scripts/manifest-variant';

describe('manifestFor', () => {
  it('leaves the Chromium manifest exactly as manifest.json says', () => {
    expect(manifestFor('chrome', manifest)).toEqual(manifest);
  });

  it('gives Firefox background scripts, a gecko id, a data-collection declaration and no Chrome-only keys', () => {
    const ff = manifestFor('firefox', manifest) as Record<string, unknown>;
    expect(ff.background).toEqual({ scripts: [manifest.background.service_worker], type: 'module' });
    expect(ff).not.toHaveProperty('minimum_chrome_version');
    expect(ff.browser_specific_settings).toMatchObject({
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    });
    expect(ff.permissions).toEqual([...manifest.permissions, 'contextualIdentities']);
    // Everything else is shared, not copied.
    for (const key of ['name', 'version', 'action', 'options_ui', 'host_permissions', 'icons', 'default_locale']) {
      expect(ff[key]).toEqual((manifest as Record<string, unknown>)[key]);
    }
  });

  it('does not modify its input', () => {
    const before = JSON.stringify(manifest);
    manifestFor('firefox', manifest);
    expect(JSON.stringify(manifest)).toBe(before);
  });
});
