import { clip } from '../../core/clip';
import { displayText } from '../../core/display-text';
import type { Phase } from './types';

/** Where progress goes: standard error, and whether it is a terminal a line can be redrawn on. */
export interface ProgressStream {
  write(text: string): void;
  /** process.stderr.isTTY: a CI log or a pipe is not, and gets plain lines. */
  isTTY: boolean;
  /** The terminal's width; the status line is cut to fit, since a wrapped line cannot be redrawn with \r. */
  columns?: number;
}

export interface ScanProgress {
  /** A site × phase starts running. */
  phaseStart(index: number, url: string, phase: Phase): void;
  /** It finished; `text` says how (cookies, banner, seconds, or the error). */
  phaseDone(index: number, url: string, phase: Phase, text: string, failed: boolean): void;
  /** A site is done; `summary` is its one-screen table (printed above the status line on a terminal). */
  siteDone(index: number, summary: string): void;
  /** Anything else to say (the opening line, the closing totals): clears the status line first. */
  say(text: string): void;
  /** Leaves the terminal on a fresh line. */
  finish(): void;
}

/** ECMA-48 §8.3.41 EL with parameter 0 (CSI K): erase from the cursor to the end of the line. */
const CLEAR_LINE = '\r\x1b[K';

/**
 * Progress of `scan` on stderr. Quiet: nothing. A terminal: one status line redrawn in place (sites done/total,
 * what is running, how many failed), with each site's summary table printed above it as the site finishes. Anything
 * else (a CI log, a pipe): one plain line per site × phase, which a log keeps and a terminal would scroll away.
 */
export function scanProgress(stream: ProgressStream, options: { total: number; quiet: boolean }): ScanProgress {
  const { total, quiet } = options;
  if (quiet) {
    const nothing = () => undefined;
    return { phaseStart: nothing, phaseDone: nothing, siteDone: nothing, say: nothing, finish: nothing };
  }
  if (!stream.isTTY) {
    return {
      phaseStart: () => undefined,
      phaseDone: (index, url, phase, text) => stream.write(`[${index + 1}/${total}] ${url} ${phase}: ${text}\n`),
      siteDone: (_index, summary) => stream.write(summary),
      say: (text) => stream.write(text),
      finish: () => undefined,
    };
  }

  const running = new Map<number, { url: string; phase: Phase }>();
  let sitesDone = 0;
  let phasesFailed = 0;
  let shown = false;
  const statusLine = () => {
    const now = [...running.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => `${hostOf(r.url)} ${r.phase}`);
    const parts = [`${sitesDone}/${total} sites done`];
    if (now.length > 0) parts.push(`running ${now.join(', ')}`);
    if (phasesFailed > 0) parts.push(`${phasesFailed} phase(s) failed`);
    // One column short of the width: writing into the last column makes some terminals wrap early.
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    return clip(displayText(parts.join(' · ')), { chars: width });
  };
  const redraw = () => {
    stream.write(`${CLEAR_LINE}${statusLine()}`);
    shown = true;
  };
  const above = (text: string) => {
    stream.write(shown ? `${CLEAR_LINE}${text}` : text);
    redraw();
  };
  return {
    phaseStart(index, url, phase) {
      running.set(index, { url, phase });
      redraw();
    },
    phaseDone(index, _url, _phase, _text, failed) {
      running.delete(index);
      if (failed) phasesFailed += 1;
      redraw();
    },
    siteDone(_index, summary) {
      sitesDone += 1;
      above(summary);
    },
    say(text) {
      if (shown) stream.write(CLEAR_LINE);
      stream.write(text);
      shown = false;
    },
    finish() {
      if (shown) stream.write(CLEAR_LINE);
      shown = false;
    },
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
