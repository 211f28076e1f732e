import { describe, expect, it } from 'vitest';
import type { Override } from '../../../src/core/overrides/overrides';
import { MAX_OVERRIDES, validOverrides } from '../../../src/core/overrides/overrides-file';
import { checkOverridesFit, MAX_OVERRIDES_BYTES } from '../../../src/core/overrides/overrides-limit';

const row = (i: number, name = `c${i}`): Override => ({ name, cookieSite: '', site: '*', category: 'necessary' });

describe('checkOverridesFit', () => {
  it('takes as many rows as a stored list may hold, and says so past that', () => {
    const full = Array.from({ length: MAX_OVERRIDES }, (_, i) => row(i));
    expect(() => checkOverridesFit(full, 'overrides:v1')).not.toThrow();
    // What it lets through is read back at the next start.
    expect(validOverrides(JSON.parse(JSON.stringify(full)))).toHaveLength(MAX_OVERRIDES);
    expect(() => checkOverridesFit([...full, row(MAX_OVERRIDES)], 'overrides:v1')).toThrow(
      'too many corrections: the list would hold 5,001 (at most 5,000). Clear some first, or import a smaller file.',
    );
  });

  it('holds the list to its byte budget in storage', () => {
    const long = Array.from({ length: 300 }, (_, i) => row(i, `${i}-${'n'.repeat(4000)}`));
    expect(JSON.stringify(long).length).toBeGreaterThan(MAX_OVERRIDES_BYTES);
    expect(() => checkOverridesFit(long, 'overrides:v1')).toThrow(/would take 1\.\d MB of storage \(at most 1 MB\)/);
    expect(() => checkOverridesFit(long.slice(0, 200), 'overrides:v1')).not.toThrow();
  });
});
