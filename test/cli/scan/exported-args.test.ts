import { describe, expect, it } from 'vitest';
import { exportedArgs } from '../../../src/cli/scan/exported-args';

describe('exportedArgs (the command line in report.json)', () => {
  const argv = [
    'https://staging.example/?token=SECRET#frag',
    '--sitemap=https://staging.example/sitemap.xml?sig=SECRET',
    '--sitemap',
    'HTTP://other.example/path?x=SECRET',
    '--out',
    'scan-out?not-a-url',
    '--format=json,html',
  ];

  it('drops the query and fragment of every URL when values are left out, and leaves other arguments alone', () => {
    expect(exportedArgs(argv, false)).toEqual([
      'https://staging.example/',
      '--sitemap=https://staging.example/sitemap.xml',
      '--sitemap',
      'HTTP://other.example/path',
      '--out',
      'scan-out?not-a-url',
      '--format=json,html',
    ]);
  });

  it('keeps the command line as given when values are included', () => {
    expect(exportedArgs(argv, true)).toEqual(argv);
  });
});
