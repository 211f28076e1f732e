import { describe, expect, it } from 'vitest';
import type { Override } from '../../../src/core/overrides/overrides';
import { OverridesFileError, parseOverrides, serialiseOverrides } from '../../../src/core/overrides/overrides-file';

const rows: Override[] = [
  {
    name: '_ga',
    cookieSite: 'shop.example',
    site: 'shop.example',
    category: 'necessary',
    setAt: '2026-12-01T22:00:00.000Z',
  },
  { name: 'lidc', cookieSite: 'linkedin.com', site: '*', category: 'marketing' },
];

describe('overrides file', () => {
  it('round-trips', () => {
    const text = serialiseOverrides(rows);
    expect(JSON.parse(text)).toMatchObject({ format: 'cookie-auditor/overrides', version: 1 });
    expect(parseOverrides(text)).toEqual(rows);
  });

  it.each([
    ['not json', /not JSON/],
    ['{"format":"something-else","version":1,"overrides":[]}', /not an overrides file/],
    ['{"format":"cookie-auditor/overrides","version":2,"overrides":[]}', /unsupported version 2/],
    ['{"format":"cookie-auditor/overrides","version":1,"overrides":{}}', /must be a list/],
    ['{"format":"cookie-auditor/overrides","version":1,"overrides":[1]}', /override #1: must be an object/],
    [
      '{"format":"cookie-auditor/overrides","version":1,"overrides":[{"name":"a","cookieSite":"","site":"*","category":"tasty"}]}',
      /override #1: "category" must be one of/,
    ],
    [
      '{"format":"cookie-auditor/overrides","version":1,"overrides":[{"name":"a","cookieSite":"","site":"<script>","category":"necessary"}]}',
      /"site" must be/,
    ],
    [
      '{"format":"cookie-auditor/overrides","version":1,"overrides":[{"name":"","cookieSite":"","site":"*","category":"necessary"}]}',
      /"name" must be/,
    ],
    [
      '{"format":"cookie-auditor/overrides","version":1,"overrides":[{"name":"a","cookieSite":"","site":"*","category":"unknown"}]}',
      /"category" must be one of/,
    ],
  ])('rejects %s', (text, message) => {
    expect(() => parseOverrides(text)).toThrow(OverridesFileError);
    expect(() => parseOverrides(text)).toThrow(message);
  });
});
