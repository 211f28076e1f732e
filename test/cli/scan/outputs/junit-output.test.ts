import { parse as parseJunit } from 'junit2json';
import { describe, expect, it } from 'vitest';
import { SCAN_RULE_LIST } from '../../../../src/cli/scan/judge';
import { junitOutput } from '../../../../src/cli/scan/outputs/junit-output';
import { getRuleCatalogue } from '../../../../src/core/rules/index';
import { memorySink, sites } from './stream-fixture';

interface Suite {
  name: string;
  tests: number;
  failures: number;
  errors: number;
  testcase: {
    name: string;
    classname: string;
    failure?: { type: string }[];
    error?: unknown[];
    'system-out'?: string[];
  }[];
}

const RULES = getRuleCatalogue().length + SCAN_RULE_LIST.length;

describe('junit.xml, streamed', () => {
  it('has one suite per site and one case per site × rule, counts matching the cases', async () => {
    const { sink, text } = memorySink();
    const out = junitOutput(sink, 'high');
    await out.begin();
    for (const s of sites()) await out.site(s);
    await out.end();
    const parsed = (await parseJunit(text())) as { testsuite: Suite[] };
    const [leaky, hostile, down] = parsed.testsuite as [Suite, Suite, Suite];
    expect(parsed.testsuite.map((s) => s.name)).toEqual([
      'https://leaky.example/',
      'https://odd.example/',
      'https://down.example/',
    ]);
    for (const s of [leaky, hostile]) {
      expect(s.testcase).toHaveLength(RULES);
      expect(Number(s.tests)).toBe(RULES);
      expect(Number(s.failures)).toBe(s.testcase.filter((c) => c.failure).length);
      expect(Number(s.errors)).toBe(0);
    }
    const failed = leaky.testcase.filter((c) => c.failure).map((c) => c.failure?.[0]?.type);
    expect(failed).toContain('scan/set-despite-refusal');
    expect(down.testcase).toEqual([expect.objectContaining({ name: 'scan', error: expect.any(Array) })]);
    expect(Number(down.errors)).toBe(1);
  });

  it('escapes hostile cookie names so the XML still parses, with no raw control character', async () => {
    const { sink, text } = memorySink();
    const out = junitOutput(sink, 'medium');
    await out.begin();
    for (const s of sites()) await out.site(s);
    await out.end();
    // XML 1.0 §2.2 Char: no C0 control but tab, LF and CR; no U+FFFE or U+FFFF.
    const notXml = [...text()].filter((ch) => {
      const c = ch.codePointAt(0) ?? 0;
      return (c < 0x20 && c !== 0x9 && c !== 0xa && c !== 0xd) || c === 0xfffe || c === 0xffff;
    });
    expect(notXml).toEqual([]);
    expect(text()).not.toContain('<x a="1">');
    const parsed = (await parseJunit(text())) as { testsuite: Suite[] };
    const outText = parsed.testsuite[1]?.testcase.flatMap((c) => c['system-out'] ?? []).join('\n');
    expect(outText).toContain('<x a="1">&');
  });

  it('writes each site when it is read, not at the end', async () => {
    const { sink, writes } = memorySink();
    const out = junitOutput(sink, 'high');
    await out.begin();
    await out.site(sites()[0] as NonNullable<ReturnType<typeof sites>[0]>);
    expect(writes.join('')).toContain('<testsuite name="https://leaky.example/"');
    const before = writes.length;
    await out.end();
    expect(writes.slice(before).join('')).toBe('</testsuites>\n');
  });
});
