import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { nodeIo } from '../../src/cli/node-io';
import { EMPTY_NAME, isInvisible } from '../../src/core/display-text';
import { INVISIBLES, PAGE_URL, REFUSED, SECRETS, writeHostileCorpus } from '../fixtures/hostile/generate';

const schema = JSON.parse(readFileSync(new URL('../../schema/site-report-v1.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
const validate = ajv.compile(schema);

const FORMATS = ['table', 'json', 'csv', 'md', 'html'] as const;
/** Starts with a formula character once every leading white space, control or format character is skipped. */
const FORMULA_AFTER_SKIPPED = /^[\s\p{Cc}\p{Cf}\p{Z}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

let dir = '';
let accepted: string[] = [];

/** The real CLI (real file system, real streams), its messages captured. */
async function cli(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const say = (t: string) => {
    stderr += t;
  };
  const io: CliIo = { ...nodeIo(), stderr: say, stdout: say };
  const code = await main(args, io);
  return { code, stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cookie-auditor-hostile-'));
  accepted = writeHostileCorpus(dir).accepted;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function checkWellFormed(format: (typeof FORMATS)[number], body: string): void {
  if (format === 'json') {
    const report = JSON.parse(body);
    const ok = validate(report);
    expect(ok ? [] : validate.errors).toEqual([]);
  }
  if (format === 'csv') {
    const rows: string[][] = parseCsv(body, { relaxColumnCount: false, bom: false });
    const width = rows[0]?.length ?? 0;
    expect(width).toBeGreaterThan(10);
    for (const row of rows) {
      expect(row).toHaveLength(width);
      for (const cell of row) {
        if (FORMULA_AFTER_SKIPPED.test(cell)) expect(cell.startsWith("'")).toBe(true);
        const raw = Array.from(cell).find((ch) => isInvisible(ch.codePointAt(0) ?? 0));
        expect(raw, `raw invisible character in CSV cell ${JSON.stringify(cell.slice(0, 40))}`).toBeUndefined();
      }
    }
  }
  if (format === 'html') {
    expect(body).not.toMatch(/<script/i);
    // Every "<" of cookie text is escaped, so any tag is ours: none may carry an event handler or a javascript: URL.
    for (const tag of body.match(/<[a-z][^>]*>/gi) ?? []) {
      expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
      expect(tag).not.toMatch(/javascript:/i);
    }
    expect(body).toContain('base-uri &#39;none&#39;; form-action &#39;none&#39;');
  }
  if (format !== 'json' && format !== 'csv') {
    for (const ch of INVISIBLES) expect(body.includes(ch), `raw U+${ch.charCodeAt(0).toString(16)}`).toBe(false);
    expect(body).toContain(EMPTY_NAME);
  }
}

describe('the CLI over the hostile corpus', () => {
  for (const format of FORMATS) {
    for (const includeValues of [false, true]) {
      it(`${format}, values ${includeValues ? 'on' : 'off'}: exit 0, well-formed, nothing private leaks`, async () => {
        // The big jar as met on the IDN page (its URL carries secrets); the small ones grouped by site.
        const runs = accepted.map((file) => ({ file, pageUrl: file === 'hostile.json' ? PAGE_URL : undefined }));
        for (const { file, pageUrl } of runs) {
          {
            const out = join(dir, `out-${file}.${format}`);
            const args = ['audit', join(dir, file), '--format', format, '--out', out];
            if (pageUrl) args.push('--page-url', pageUrl);
            if (includeValues) args.push('--include-values');
            const r = await cli(args);
            expect(r.code, r.stderr).toBe(0);
            const body = readFileSync(out, 'utf8');
            checkWellFormed(format, body);
            if (!includeValues) {
              for (const secret of Object.values(SECRETS)) expect(body).not.toContain(secret);
            } else {
              expect(statSync(out).mode & 0o777).toBe(0o600);
              // Markdown backslash-escapes the underscores.
              expect(body.replace(/\\/g, '')).toContain(SECRETS.value);
            }
            rmSync(out);
          }
        }
      }, 180_000);
    }
  }

  // Without --page-url every site is a heading of its own, built from the cookies' domains: no line, CSV cell or JSON
  // string may carry a megabyte of cookie text (the longest kept field is a 4096-character name or value).
  for (const format of FORMATS) {
    it(`${format}, all sites: nothing longer than the clip size`, async () => {
      for (const includeValues of [false, true]) {
        const out = join(dir, `all-sites.${format}`);
        const args = ['audit', join(dir, 'hostile.json'), '--format', format, '--out', out];
        if (includeValues) args.push('--include-values');
        const r = await cli(args);
        expect(r.code, r.stderr).toBe(0);
        const body = readFileSync(out, 'utf8');
        checkWellFormed(format, body);
        let longest = 0;
        if (format === 'csv') {
          for (const row of parseCsv(body, { bom: false }) as string[][]) {
            for (const cell of row) longest = Math.max(longest, Array.from(cell).length);
          }
          // A neutralised formula adds its quote to a 4096-character field.
          expect(longest).toBeLessThanOrEqual(4097);
        } else if (format === 'json') {
          JSON.parse(body, (key, v) => {
            // A cookie's id is its clipped name, domain and path in a JSON array: their caps added up.
            const cap = key === 'id' ? 4096 + 254 + 1024 + 64 : 4096;
            if (typeof v === 'string') {
              const n = Array.from(v).length;
              expect(n, `"${key}" is ${n} characters`).toBeLessThanOrEqual(cap);
              longest = Math.max(longest, n);
            }
            return v;
          });
        } else {
          // One line holds a few clipped fields, escaped (HTML entities, \u escapes of invisibles).
          for (const line of body.split('\n')) longest = Math.max(longest, line.length);
          expect(longest).toBeLessThanOrEqual(16 * 1024);
        }
        // The JSON and CSV keep 4096-character names; the human formats clip them shorter still.
        expect(longest, 'the check saw the long fields').toBeGreaterThan(
          format === 'json' || format === 'csv' ? 4000 : 250,
        );
        rmSync(out);
      }
    }, 120_000);
  }

  it('reads the IDN page and its cookies as one site, first party', async () => {
    const out = join(dir, 'idn.json');
    await cli(['audit', join(dir, 'hostile.json'), '--format', 'json', '--out', out, '--page-url', PAGE_URL]);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.site).toBe('xn--e1afmkfd.xn--p1ai');
    expect(report.pageUrl).toBe('https://www.xn--e1afmkfd.xn--p1ai/reset');
    const idn = report.cookies.filter((c: { name: string }) => c.name.startsWith('idn'));
    expect(idn.map((c: { domain: string; party: string }) => [c.domain, c.party])).toEqual([
      ['.xn--e1afmkfd.xn--p1ai', 'first'],
      ['www.xn--e1afmkfd.xn--p1ai', 'first'],
    ]);
    const byName = (n: string) => report.cookies.find((c: { name: string }) => c.name === n);
    expect(byName('pct').domain).toBe('a.com');
    expect(byName('hexip').domain).toBe('127.0.0.1');
    expect(byName('huge-path').path).toHaveLength(1024);
    expect(byName('huge-path').path.endsWith('…')).toBe(true);
    expect(byName('expiry-as-text').expirationDate).toBe(4_102_444_800);
  }, 60_000);

  it('groups the 15 cookies with the same finding in the human formats', async () => {
    const out = join(dir, 'group.md');
    await cli(['audit', join(dir, 'hostile.json'), '--format', 'md', '--out', out]);
    expect(readFileSync(out, 'utf8')).toMatch(/…and \d+ more like this/);
  }, 60_000);

  for (const [file, { message }] of Object.entries(REFUSED)) {
    it(`refuses ${file} with exit 2 and says why`, async () => {
      const r = await cli(['audit', join(dir, file)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }, 30_000);
  }

  it('stops reading /dev/zero at the 50 MB cap', async () => {
    const r = await cli(['audit', '/dev/zero']);
    expect(r).toEqual({ code: 2, stderr: 'cookie-auditor: /dev/zero: the file is larger than 50 MB\n' });
  }, 30_000);

  it('says a full device in words, exit 2', async () => {
    const r = await cli(['audit', join(dir, 'hostile.txt'), '--out', '/dev/full']);
    expect(r).toEqual({ code: 2, stderr: 'cookie-auditor: cannot write /dev/full: no space left on the device\n' });
    expect(statSync('/dev/full').mode & 0o777).toBe(0o666);
  });
});
