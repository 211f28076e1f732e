import { describe, expect, it } from 'vitest';
import { isIdLike, valueShape } from '../../src/core/value-shape';

describe('valueShape', () => {
  it.each([
    ['', 'empty'],
    ['true', 'flag'],
    ['1', 'flag'],
    ['42', 'number'],
    ['1700000000', 'timestamp'],
    ['1700000000123', 'timestamp'],
    ['4f1c9e1a-3b2d-4c5e-8f7a-9b0c1d2e3f4a', 'uuid'],
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', 'jwt'],
    ['GA1.2.1234567890.1600000000', 'ga-client-id'],
    ['GS1.1.1700000000.3.1.1700000100.0.0.0', 'ga-client-id'],
    ['fb.1.1613228990077.1505279284', 'fb-pixel-id'],
    ['CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA.YAAAAAAAAAAA', 'tcf-consent'],
    ['{"a":1}', 'json'],
    ['%7B%22a%22%3A1%7D', 'json'],
    ['isIABGlobal=false&datestamp=Sat&version=6.7.0', 'key-value'],
    ['https%3A%2F%2Fexample.com%2F', 'url'],
    ['en-US', 'locale'],
    ['EUR', 'locale'],
    ['0123456789abcdef0123', 'hex-id'],
    ['Zm9vYmFyYmF6cXV4MTIz', 'base64'],
    ['fle06s7mgvqtsdma7j77bslevp', 'base64'],
    ['0|7q6vpPL2q5F1+jR1fKyJbXRaPQM+', 'random-id'],
    ['dark', 'word'],
    ['hello world!', 'text'],
    ['"quoted-but-ok"', 'word'],
  ])('%s → %s', (value, shape) => {
    expect(valueShape(value)).toBe(shape);
  });

  it('calls ids id-like and settings not', () => {
    expect(isIdLike('uuid')).toBe(true);
    expect(isIdLike('random-id')).toBe(true);
    expect(isIdLike('flag')).toBe(false);
    expect(isIdLike('locale')).toBe(false);
  });
});

describe('valueShape on huge values', () => {
  it('judges a 6 MB value from its prefix without overflowing the stack', () => {
    expect(() => valueShape('a='.repeat(3_000_000))).not.toThrow();
    expect(valueShape('k=v&'.repeat(1_500_000))).toBe(valueShape('k=v&'.repeat(1024)));
    expect(() => valueShape(`eyJ${'a'.repeat(6_000_000)}`)).not.toThrow();
  });
});
