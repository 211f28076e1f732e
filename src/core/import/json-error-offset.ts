/**
 * Offset of the first syntax error in a JSON text (RFC 8259 grammar), or -1 when it is valid. Used only after
 * JSON.parse has failed, because V8 leaves the position out of some messages ("Unexpected token ']'" for a
 * trailing comma, the mistake hand-edited files make most).
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;

  const fail = (): never => {
    throw new SyntaxAt(i);
  };
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      i++;
    }
  };
  const expect = (ch: string) => {
    if (text.charAt(i) !== ch) fail();
    i++;
  };
  const literal = (word: string) => {
    if (!text.startsWith(word, i)) fail();
    i += word.length;
  };
  const string = () => {
    expect('"');
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail();
      if (c === 0x5c) {
        const e = text.charAt(i + 1);
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 1;
            fail();
          }
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e) || e === '') {
          i += 1;
          fail();
        }
        i += 2;
        continue;
      }
      i++;
    }
    fail();
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') fail();
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    ws();
    const c = text.charAt(i);
    if (c === '{') {
      i++;
      ws();
      if (text.charAt(i) === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        string();
        ws();
        expect(':');
        value();
        ws();
        if (text.charAt(i) === ',') {
          i++;
          continue;
        }
        expect('}');
        return;
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text.charAt(i) === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text.charAt(i) === ',') {
          i++;
          continue;
        }
        expect(']');
        return;
      }
    }
    if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else number();
  };

  try {
    value();
    ws();
    if (i < n) fail();
    return -1;
  } catch (e) {
    // Anything else is a stack overflow on absurd nesting: the position is then unknown.
    return e instanceof SyntaxAt ? e.offset : -1;
  }
}

class SyntaxAt {
  constructor(readonly offset: number) {}
}

/** 1-based line and column of an offset; CRLF and LF both end a line. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
