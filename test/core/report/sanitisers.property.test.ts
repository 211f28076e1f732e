import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayName, displayText, EMPTY_NAME, isInvisible } from '../../../src/core/display-text';
import { csvRecord, escapeHtml, escapeMarkdown, neutraliseFormula } from '../../../src/core/report/escape';

/** White space, control and format characters a spreadsheet may skip before it looks for a formula. */
const SKIPPABLE = [
  '\u0000',
  '\u0001',
  '\u0009',
  '\u000a',
  '\u000b',
  '\u000c',
  '\u000d',
  '\u001b',
  '\u001f',
  '\u0020',
  '\u007f',
  '\u0085',
  '\u009f',
  '\u00a0',
  '\u00ad',
  '\u061c',
  '\u1680',
  '\u180e',
  '\u2000',
  '\u200a',
  '\u200b',
  '\u200e',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202e',
  '\u202f',
  '\u205f',
  '\u2060',
  '\u2066',
  '\u3000',
  '\ufeff',
];
const FORMULA = ['=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20'];
const FORMULA_AFTER_SKIPPED = /^[\s\p{Cc}\p{Cf}\p{Z}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

const skippedPrefix = fc.array(fc.constantFrom(...SKIPPABLE), { maxLength: 6 }).map((a) => a.join(''));
const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const formulaCell = fc
  .tuple(skippedPrefix, fc.constantFrom(...FORMULA), anyText)
  .map(([lead, f, rest]) => `${lead}${f}${rest}`);
const cellText = fc.oneof(
  formulaCell,
  anyText,
  fc.tuple(skippedPrefix, anyText).map(([a, b]) => a + b),
);

/**
 * The oracle, written here and not imported, so a character the code forgets is caught: what UAX #44 says has no
 * glyph of its own or reorders text (Cc, Cf, Zl, Zp, Default_Ignorable_Code_Point, Bidi_Control), and a lone
 * surrogate (Cs), which has no glyph at all.
 */
const INVISIBLE_ORACLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/u;
const invisible = (code: number) => INVISIBLE_ORACLE.test(String.fromCodePoint(code));

/** Every code point the oracle calls invisible: fc.string rarely draws one of these by chance. */
const INVISIBLE_CODES: number[] = [];
for (let c = 0; c <= 0x10ffff; c++) if (invisible(c)) INVISIBLE_CODES.push(c);
const invisibleChar = fc.constantFrom(...INVISIBLE_CODES).map((c) => String.fromCodePoint(c));
/** Text that mixes any characters with invisible ones (lone surrogates included: unit 'binary'). */
const mixedText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 4 }), invisibleChar), { maxLength: 20 })
  .map((parts) => parts.join(''));

function codePoints(text: string): number[] {
  return Array.from(text, (ch) => ch.codePointAt(0) ?? 0);
}

describe('CSV sanitiser (property)', () => {
  it('no parsed cell starts with a formula character after any prefix of white space/control characters', () => {
    fc.assert(
      fc.property(fc.array(cellText, { minLength: 1, maxLength: 6 }), (cells) => {
        const rows: string[][] = parseCsv(csvRecord(cells), { relaxQuotes: false });
        expect(rows).toHaveLength(1);
        expect(rows[0]).toHaveLength(cells.length);
        for (const cell of rows[0] ?? []) {
          if (FORMULA_AFTER_SKIPPED.test(cell)) expect(cell.startsWith("'")).toBe(true);
          for (const code of codePoints(cell)) expect(invisible(code)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('neutraliseFormula alone catches every skipped prefix', () => {
    fc.assert(
      fc.property(formulaCell, (cell) => {
        expect(neutraliseFormula(cell).startsWith("'")).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('display sanitiser (property)', () => {
  it("calls exactly the oracle's code points invisible, over all of Unicode", () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (isInvisible(c) !== invisible(c)) wrong.push(`U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
    // The characters the audit found missing, by name.
    for (const c of [0x600, 0x605, 0x6dd, 0x70f, 0x890, 0x8e2, 0x110bd, 0x13430, 0x1343f]) {
      expect(displayText(String.fromCodePoint(c))).toMatch(/^\\u/);
    }
  });

  it('no invisible, bidi or line-breaking character survives, and visible text is kept', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const shown = displayText(text);
        for (const code of codePoints(shown)) expect(invisible(code), `U+${code.toString(16)}`).toBe(false);
        // Every visible character of the input is still there, in order.
        const visible = Array.from(text).filter((ch) => !invisible(ch.codePointAt(0) ?? 0));
        let at = 0;
        for (const ch of visible) {
          at = shown.indexOf(ch, at);
          expect(at).toBeGreaterThanOrEqual(0);
          at += ch.length;
        }
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('Markdown and HTML escaping keep that guarantee, and blank names get the one placeholder', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        for (const out of [escapeMarkdown(text), escapeHtml(displayText(text)), displayName(text)]) {
          for (const code of codePoints(out)) expect(invisible(code)).toBe(false);
        }
        if (text.trim() === '' && !/[^\s]/.test(text)) expect(displayName(text)).toBe(EMPTY_NAME);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});
