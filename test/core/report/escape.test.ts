import { describe, expect, it } from 'vitest';
import {
  csvField,
  csvRecord,
  escapeHtml,
  escapeMarkdown,
  neutraliseFormula,
  safeHttpUrl,
} from '../../../src/core/report/escape';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;',
    );
  });
  it('escapes an existing entity instead of letting it decode', () => {
    expect(escapeHtml('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });
});

describe('safeHttpUrl', () => {
  it('keeps http(s) and refuses every other scheme', () => {
    expect(safeHttpUrl('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl(' JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>')).toBeNull();
    expect(safeHttpUrl('/relative')).toBeNull();
  });
});

describe('escapeMarkdown', () => {
  it('keeps a pipe, a newline or a tag from breaking a table row', () => {
    expect(escapeMarkdown('| x |')).toBe('\\| x \\|');
    expect(escapeMarkdown('a\nb')).toBe('a\\\\u000ab');
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
  it('escapes inline markers and entities', () => {
    expect(escapeMarkdown('*b* _i_ `c` [l](u) ~~s~~ $m$ \\ &amp; ![i]')).toBe(
      '\\*b\\* \\_i\\_ \\`c\\` \\[l\\](u) \\~\\~s\\~\\~ \\$m\\$ \\\\ &amp;amp; \\!\\[i\\]',
    );
  });
  it('escapes a leading character that would open a block', () => {
    expect(escapeMarkdown('# h')).toBe('\\# h');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+1')).toBe('\\+1');
    expect(escapeMarkdown('=x')).toBe('\\=x');
    expect(escapeMarkdown('12. x')).toBe('12\\. x');
    expect(escapeMarkdown('3)')).toBe('3\\)');
    expect(escapeMarkdown('127.0.0.1')).toBe('127.0.0.1');
    expect(escapeMarkdown('> q')).toBe('&gt; q');
    expect(escapeMarkdown('a-b # c')).toBe('a-b # c');
  });
  it('leaves leading characters alone for text placed mid-line', () => {
    expect(escapeMarkdown('1.2.3', { lineStart: false })).toBe('1.2.3');
    expect(escapeMarkdown('-2 | *x*', { lineStart: false })).toBe('-2 \\| \\*x\\*');
  });
});

describe('CSV', () => {
  it('neutralises cells a spreadsheet would run as formulas (OWASP CSV injection)', () => {
    for (const cell of ['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx', '＝1']) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    }
    expect(neutraliseFormula('a=1')).toBe('a=1');
    expect(neutraliseFormula('')).toBe('');
    expect(neutraliseFormula('  ')).toBe('  ');
  });
  it('looks past every leading white space, control or format character a spreadsheet skips', () => {
    for (const lead of ['\u0000', ' ', '\u00a0', '\u3000', '\n', '\t ', '\u200b', '\ufeff', '\u001b\u007f']) {
      expect(neutraliseFormula(`${lead}=cmd|' /C calc'!A0`)).toBe(`'${lead}=cmd|' /C calc'!A0`);
    }
    expect(neutraliseFormula(' a=1')).toBe(' a=1');
  });
  it('quotes per RFC 4180 and puts the neutralising quote inside the field', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('two\\u000alines');
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('\rcr')).toBe('\\u000dcr');
    expect(csvField('\u0000=1')).toBe('\\u0000=1');
    expect(csvField('\u00a0=1')).toBe("'\u00a0=1");
    expect(csvField('a\u202eb\u001bc\u007f')).toBe('a\\u202eb\\u001bc\\u007f');
    expect(csvField(false)).toBe('false');
    expect(csvField(12)).toBe('12');
  });
  it('ends records with CRLF', () => {
    expect(csvRecord(['a', 'b c', '-1'])).toBe("a,b c,'-1\r\n");
  });
});
