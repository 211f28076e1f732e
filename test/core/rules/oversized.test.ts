import { describe, expect, it } from 'vitest';
import { oversized } from '../../../src/core/rules/oversized';
import { audited, ruleContext } from './factory';

const ctx = ruleContext();
const sized = (name: string, value: string) => oversized.test(audited({ cookie: { name, value } }), ctx);

describe('oversized', () => {
  it('is low near the limit (>= 90% of 4096 bytes) and says the numbers', () => {
    const f = sized('blob', 'x'.repeat(3800));
    expect(f?.severity).toBe('low');
    expect(f?.message).toContain('3,804 bytes');
    expect(f?.message).toContain('4,096 bytes');
    expect(sized('blob', 'x'.repeat(3682))).toBeNull(); // 3686 bytes < 3686.4
    expect(sized('blob', 'x'.repeat(3683))).not.toBeNull();
  });

  it('is medium over the limit', () => {
    expect(sized('bb', 'x'.repeat(4095))?.severity).toBe('medium');
    expect(sized('b', 'x'.repeat(4095))?.severity).toBe('low'); // exactly 4096: still accepted
  });

  it('measures UTF-8 bytes, not characters', () => {
    // 1400 euro signs are 1400 characters but 4200 bytes.
    const f = sized('e', '€'.repeat(1400));
    expect(f?.severity).toBe('medium');
    expect(f?.message).toContain('4,201 bytes');
  });

  it('never quotes the value and clips a huge name', () => {
    const f = sized('n'.repeat(4000), 'SECRETVALUE');
    expect(f?.message).not.toContain('SECRETVALUE');
    expect(f?.message.length).toBeLessThan(400);
  });

  it('ignores ordinary cookies', () => {
    expect(sized('sid', 'abc')).toBeNull();
  });
});
