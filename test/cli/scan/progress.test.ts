import { describe, expect, it } from 'vitest';
import { type ProgressStream, scanProgress } from '../../../src/cli/scan/progress';

function fakeStream(isTTY: boolean, columns = 80) {
  const writes: string[] = [];
  const stream: ProgressStream = { write: (t) => writes.push(t), isTTY, columns };
  return { stream, writes, text: () => writes.join('') };
}

/** What a terminal shows: \r returns to the line start, ESC[K erases the rest, \n moves down. */
function screen(text: string): string[] {
  const lines: string[] = [''];
  let col = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (text.startsWith('\x1b[K', i)) {
      lines[lines.length - 1] = (lines.at(-1) as string).slice(0, col);
      i += 2;
    } else if (ch === '\r') col = 0;
    else if (ch === '\n') {
      lines.push('');
      col = 0;
    } else {
      const line = lines.at(-1) as string;
      lines[lines.length - 1] = line.slice(0, col) + ch + line.slice(col + 1);
      col += 1;
    }
  }
  return lines;
}

describe('scan progress', () => {
  it('redraws one status line on a terminal: sites done/total, what runs, what failed', () => {
    const { stream, writes, text } = fakeStream(true);
    const p = scanProgress(stream, { total: 3, quiet: false });
    p.phaseStart(0, 'https://a.test/', 'none');
    p.phaseStart(1, 'https://b.test/', 'none');
    expect(screen(text()).at(-1)).toBe('0/3 sites done · running a.test none, b.test none');
    p.phaseDone(0, 'https://a.test/', 'none', '3 cookies', false);
    p.phaseStart(0, 'https://a.test/', 'reject');
    p.phaseDone(1, 'https://b.test/', 'none', 'failed: net::ERR', true);
    expect(screen(text()).at(-1)).toBe('0/3 sites done · running a.test reject · 1 phase(s) failed');
    p.siteDone(1, 'b.test table\n');
    // The table scrolls up above the status line; only one status line is ever on screen.
    expect(screen(text())).toEqual(['b.test table', '1/3 sites done · running a.test reject · 1 phase(s) failed']);
    // No per-phase lines on a terminal: nothing but the redraws and the table.
    expect(text()).not.toContain('[1/3]');
    expect(writes.every((w) => w.startsWith('\r\x1b[K') || w === 'b.test table\n')).toBe(true);
    p.finish();
    p.say('3 site(s): done\n');
    expect(screen(text())).toEqual(['b.test table', '3 site(s): done', '']);
  });

  it('cuts the status line to the terminal width, so \\r can redraw it', () => {
    const { stream, text } = fakeStream(true, 30);
    const p = scanProgress(stream, { total: 9, quiet: false });
    p.phaseStart(0, 'https://a-very-long-host-name.example.test/', 'accept');
    const last = screen(text()).at(-1) as string;
    expect([...last].length).toBe(29);
    expect(last.endsWith('…')).toBe(true);
  });

  it('shows hostile host names escaped, not as terminal control', () => {
    const { stream, text } = fakeStream(true);
    const p = scanProgress(stream, { total: 1, quiet: false });
    p.phaseStart(0, 'not a url \x1b[2J', 'none');
    expect(text()).not.toContain('\x1b[2J');
  });

  it('writes plain lines, one per site × phase, when stderr is not a terminal', () => {
    const { stream, text } = fakeStream(false);
    const p = scanProgress(stream, { total: 2, quiet: false });
    p.phaseStart(0, 'https://a.test/', 'none');
    p.phaseDone(0, 'https://a.test/', 'none', '3 cookies', false);
    p.siteDone(0, 'a.test table\n');
    p.finish();
    expect(text()).toBe('[1/2] https://a.test/ none: 3 cookies\na.test table\n');
    expect(text()).not.toContain('\r');
  });

  it('says nothing with --quiet, terminal or not', () => {
    for (const tty of [true, false]) {
      const { stream, text } = fakeStream(tty);
      const p = scanProgress(stream, { total: 1, quiet: true });
      p.say('start\n');
      p.phaseStart(0, 'https://a.test/', 'none');
      p.phaseDone(0, 'https://a.test/', 'none', 'x', false);
      p.siteDone(0, 'table\n');
      p.finish();
      expect(text()).toBe('');
    }
  });
});
