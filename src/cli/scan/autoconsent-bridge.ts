import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BackgroundMessage, Config, ContentScriptMessage, RuleBundle } from '@duckduckgo/autoconsent';
import type { BrowserContext, Frame } from 'playwright-core';
import type { BannerResult } from './types';

/**
 * autoconsent runs as a content script that talks to a "background" over two globals (its docs/puppeteer.md):
 * the page calls `autoconsentSendMessage(msg)`, the background answers with `autoconsentReceiveMessage(msg)`.
 * Here Playwright is the background: exposeBinding carries the page's messages to Node, frame.evaluate carries
 * the answers back, and the bundled `dist/autoconsent.playwright.js` is added as an init script to every frame.
 */
const require = createRequire(import.meta.url);

let cached: { script: string; rules: RuleBundle } | null = null;

/** The built content script and the full rule set (OneTrust and Cookiebot are built-in classes; JSON rules cover hundreds more). */
export function autoconsentAssets(): { script: string; rules: RuleBundle } {
  if (cached) return cached;
  const dist = dirname(require.resolve('@duckduckgo/autoconsent'));
  const script = readFileSync(join(dist, 'autoconsent.playwright.js'), 'utf8');
  const rules = JSON.parse(readFileSync(require.resolve('@duckduckgo/autoconsent/rules/rules.json'), 'utf8'));
  cached = { script, rules: { autoconsent: rules.autoconsent } };
  return cached;
}

type Rule = RuleBundle['autoconsent'][number];

/**
 * Only the rules that can apply to this frame: three quarters of the set are pinned to one site by a URL pattern,
 * and testing every rule on every retry made detection take seconds per attempt on a busy machine. The same cut
 * autoconsent's own filterCompactRules makes for its compact format (lib/encoding.ts).
 */
export function rulesFor(all: readonly Rule[], url: string, mainFrame: boolean): Rule[] {
  return all.filter((r) => {
    const ctx = r.runContext;
    if (mainFrame ? ctx?.main === false : ctx?.frame !== true) return false;
    if (!ctx?.urlPattern) return true;
    try {
      return new RegExp(ctx.urlPattern).test(url);
    } catch {
      return false;
    }
  });
}

export interface AutoconsentSession {
  /** Waits until autoconsent has finished with the banner, found none, or `timeoutMs` passed. */
  result(timeoutMs: number): Promise<BannerResult>;
  /** Later page loads (the reload, the extra pages) must not answer the banner again. */
  stop(): void;
}

/** How often autoconsent looks for a platform before giving up (500 ms apart in its lib/web.ts findCmp). */
const DETECT_RETRIES = 6;
/** How long to wait for autoconsent to recognise a platform before calling the banner not found. */
const DETECT_MS = 4000;

export async function attachAutoconsent(
  context: BrowserContext,
  action: 'optOut' | 'optIn',
): Promise<AutoconsentSession> {
  const { script, rules } = autoconsentAssets();
  const messages: ContentScriptMessage[] = [];
  let enabled = true;
  let wake: (() => void) | null = null;

  const config: Partial<Config> = {
    enabled: true,
    autoAction: action,
    disabledCmps: [],
    enablePrehide: false,
    enableCosmeticRules: true,
    enableGeneratedRules: true,
    enableHeuristicDetection: false,
    heuristicMode: 'off',
    detectRetries: DETECT_RETRIES,
    isMainWorld: true,
    prehideTimeout: 2000,
    visualTest: false,
    logs: {
      lifecycle: false,
      rulesteps: false,
      detectionsteps: false,
      evals: false,
      errors: false,
      messages: false,
      waits: false,
    },
  };

  const send = (frame: Frame, msg: BackgroundMessage) =>
    frame
      .evaluate(
        (m) =>
          (window as unknown as { autoconsentReceiveMessage?: (x: unknown) => unknown }).autoconsentReceiveMessage?.(m),
        msg as never,
      )
      .catch(() => undefined);

  await context.exposeBinding('autoconsentSendMessage', async ({ frame }, msg: ContentScriptMessage) => {
    if (!msg || typeof msg !== 'object') return;
    if (msg.type === 'init') {
      const forFrame = { autoconsent: rulesFor(rules.autoconsent, msg.url, frame.parentFrame() === null) };
      await send(frame, { type: 'initResp', config: { ...config, enabled } as Config, rules: forFrame });
      return;
    }
    if (msg.type === 'eval') {
      let result: unknown = false;
      try {
        result = await frame.evaluate(msg.code);
      } catch {
        result = false;
      }
      await send(frame, { type: 'evalResp', id: msg.id, result });
      return;
    }
    if (!enabled) return;
    // autoconsent's own check that the choice took, when the platform has one (its playwright runner does the same).
    if (msg.type === 'autoconsentDone') {
      const outcome = messages.find((m) => m.type === 'optOutResult' || m.type === 'optInResult');
      if (outcome && 'scheduleSelfTest' in outcome && outcome.scheduleSelfTest) void send(frame, { type: 'selfTest' });
    }
    if (process.env.SCAN_DEBUG) process.stderr.write(`autoconsent: ${JSON.stringify(msg).slice(0, 200)}\n`);
    messages.push(msg);
    wake?.();
  });
  await context.addInitScript({ content: script });

  const summarise = (timedOut: boolean): BannerResult => {
    const detected = messages.find((m) => m.type === 'cmpDetected');
    const found = messages.find((m) => m.type === 'popupFound');
    const outcome = messages.find((m) => m.type === (action === 'optOut' ? 'optOutResult' : 'optInResult'));
    const selfTest = messages.find((m) => m.type === 'selfTestResult');
    const platform = found?.cmp ?? detected?.cmp ?? null;
    const succeeded = outcome && 'result' in outcome ? outcome.result : found ? false : null;
    const verb = action === 'optOut' ? 'reject all' : 'accept all';
    const detail = !found
      ? platform
        ? `${platform} detected but no open banner found`
        : 'no consent banner found'
      : succeeded
        ? `${platform}: ${verb} done`
        : `${platform}: ${verb} failed${timedOut ? ' (timed out)' : ''}`;
    return {
      action,
      platform,
      popupFound: found !== undefined,
      succeeded,
      selfTest: selfTest && 'result' in selfTest ? selfTest.result : null,
      detail,
    };
  };

  const finished = (): boolean => {
    const done = messages.some((m) => m.type === 'autoconsentDone');
    const selfTestDue = messages.some((m) => 'scheduleSelfTest' in m && m.scheduleSelfTest === true);
    if (done && (!selfTestDue || messages.some((m) => m.type === 'selfTestResult'))) return true;
    // A failed click ends the run without "done".
    if (messages.some((m) => (m.type === 'optOutResult' || m.type === 'optInResult') && !m.result)) return true;
    // The top frame reports "nothingDetected" once every retry found no platform.
    return messages.some((m) => m.type === 'report' && m.mainFrame && m.state.lifecycle === 'nothingDetected');
  };

  return {
    async result(timeoutMs) {
      const start = Date.now();
      const end = start + timeoutMs;
      // autoconsent retries detection only after the DOM changes (lib/web.ts findCmp): on a still page it would
      // wait for a mutation that never comes. No platform recognised within DETECT_MS means no banner.
      const gaveUp = () => !messages.some((m) => m.type === 'cmpDetected') && Date.now() - start >= DETECT_MS;
      while (!finished() && !gaveUp() && Date.now() < end) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, Math.min(250, Math.max(0, end - Date.now())));
        });
        wake = null;
      }
      return summarise(!finished() && !gaveUp());
    },
    stop() {
      enabled = false;
    },
  };
}
