import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineColumn } from '../../../src/core/import/json-error-offset';

describe('jsonErrorOffset', () => {
  it('is -1 for valid JSON', () => {
    for (const text of ['[]', ' {"a":[1,-2.5e3,true,false,null,"\\u00e9\\n"]} ', '"x"', '0']) {
      expect(jsonErrorOffset(text)).toBe(-1);
    }
  });
  it('points at the first error', () => {
    expect(jsonErrorOffset('[1,]')).toBe(3);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset("{'a':1}")).toBe(1);
    expect(jsonErrorOffset('[01]')).toBe(2);
    expect(jsonErrorOffset('"a\\x"')).toBe(3);
    expect(jsonErrorOffset('"a\nb"')).toBe(2);
    expect(jsonErrorOffset('[1] x')).toBe(4);
    expect(jsonErrorOffset('[')).toBe(1);
  });
  it('converts an offset to 1-based line and column', () => {
    expect(lineColumn('ab\r\ncd\nef', 8)).toEqual({ line: 3, column: 2 });
    expect(lineColumn('x', 0)).toEqual({ line: 1, column: 1 });
  });
});
