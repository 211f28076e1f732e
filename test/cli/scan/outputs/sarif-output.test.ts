import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { beforeAll, describe, expect, it } from 'vitest';
import { sarifOutput } from '../../../../src/cli/scan/outputs/sarif-output';
import { allFindings } from '../../../../src/cli/scan/outputs/site-findings';
import { META, memorySink, sites } from './stream-fixture';

function sarifValidator() {
  // As in the e2e: the schema's own patterns predate the `u` flag ajv uses by default.
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S*$/i);
  ajv.addFormat('uri-reference', /^\S*$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  const path = resolve(import.meta.dirname, '../fixtures/sarif-2.1.0-rtm.5.schema.json');
  return ajv.compile(JSON.parse(readFileSync(path, 'utf8')));
}

describe('report.sarif, streamed', () => {
  // Compiling the OASIS schema takes seconds on a loaded machine: once for the file.
  let validate: ReturnType<typeof sarifValidator>;
  beforeAll(() => {
    validate = sarifValidator();
  }, 60_000);

  it('validates against SARIF 2.1.0 with one result per finding, in site order', async () => {
    const { sink, text } = memorySink();
    const out = sarifOutput(sink, META);
    await out.begin();
    for (const s of sites()) await out.site(s);
    await out.end();
    const log = JSON.parse(text());
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const expected = sites().flatMap((s) => allFindings(s).map((f) => `${s.url} ${f.ruleId}`));
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const results = log.runs[0].results as {
      ruleId: string;
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    expect(results.map((r) => `${r.locations[0]?.physicalLocation.artifactLocation.uri} ${r.ruleId}`)).toEqual(
      expected,
    );
    expect(results.map((r) => r.ruleId)).toContain('scan/set-despite-refusal');
    expect(log.runs[0].properties).toEqual({ overrides: { file: 'mine.json', count: 2 } });
    // The hostile name's control character is shown escaped, never raw.
    expect(text()).not.toContain('\u0007');
  });

  it('writes each site when it is read, not at the end', async () => {
    const { sink, writes, text } = memorySink();
    const out = sarifOutput(sink, META);
    await out.begin();
    const [leaky] = sites();
    await out.site(leaky as NonNullable<typeof leaky>);
    const before = writes.length;
    expect(text()).toContain('https://leaky.example/');
    await out.end();
    // end() only closes the arrays.
    expect(writes.slice(before).join('')).toBe('\n]}]}\n');
  });

  it('is valid with no finding at all', async () => {
    const { sink, text } = memorySink();
    const out = sarifOutput(sink, { ...META, overrides: null });
    await out.begin();
    await out.end();
    const log = JSON.parse(text());
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].properties).toBeUndefined();
    expect(validate(log)).toBe(true);
  });
});
