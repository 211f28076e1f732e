import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { buildTarget, GECKO_ID, GECKO_MIN_VERSION, manifestFor } from '../../scripts/manifest-variant';

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

  it('derives the build target from the minimum versions the manifests declare', () => {
    expect(GECKO_MIN_VERSION).toBe('140.0');
    expect(buildTarget('firefox', manifest)).toBe('firefox140');
    expect(buildTarget('chrome', manifest)).toBe('chrome120');
    expect(buildTarget('chrome', { ...manifest, minimum_chrome_version: '131' })).toBe('chrome131');
    expect(() => buildTarget('chrome', { ...manifest, minimum_chrome_version: undefined })).toThrow(
      /minimum_chrome_version must be a version/,
    );
    expect(() => buildTarget('chrome', { ...manifest, minimum_chrome_version: '12x' })).toThrow(/not "12x"/);
    // vite.config.ts asks buildTarget rather than naming a version of its own that could drift.
    const config = readFileSync(resolve(import.meta.dirname, '../../vite.config.ts'), 'utf8');
    expect(config).toContain('buildTarget(target, manifest)');
    expect(config).not.toMatch(/['"`](firefox|chrome)\d+['"`]/);
  });
});
