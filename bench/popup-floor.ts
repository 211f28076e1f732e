/// <reference types="chrome" />
/**
 * Our popup against the physical floor, side by side in one Chromium run. The floor is the least any cookie popup
 * can do: an extension page (written by this bench into a copy of dist-bench) that asks `cookies.getAll` for the
 * tab's URL, plus the tab's third-party hosts, and writes the names into the DOM. Both pages are timed the same way:
 * "content ready" is the moment the first screen of rows is in the DOM, seen by a MutationObserver installed before
 * the page's own scripts run, in ms from the page's navigation start (performance.now()).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cookie } from '../src/core/types';
import { DIST_BENCH, type Harness, launchWithExtension } from '../test/e2e/harness/extension';
import { setCookies, startBenchServer } from './extension';

/** Rows a 600 px popup shows before scrolling: "content ready" waits for this many (or all, when fewer). */
export const FIRST_SCREEN_ROWS = 10;
/** Chrome stops a worker idle for 30 s; a view older than a few seconds must still open fast. */
const IDLE_WAIT_MS = 12_000;

const FLOOR_HTML = `<!doctype html><meta charset="utf-8"><title>floor</title><ul id="rows"></ul><script src="floor.js"></script>`;
// The whole floor: the tab's URL, getAll for it and for each third-party host, one text node per name.
const FLOOR_JS = `
const q = new URLSearchParams(location.search);
const hosts = (q.get('hosts') || '').split(',').filter(Boolean);
chrome.tabs.get(Number(q.get('tab'))).then(async (tab) => {
  const lists = await Promise.all([
    chrome.cookies.getAll({ url: tab.url }),
    ...hosts.map((domain) => chrome.cookies.getAll({ domain })),
  ]);
  const frag = document.createDocumentFragment();
  for (const list of lists)
    for (const c of list) {
      const li = document.createElement('li');
      li.setAttribute('data-testid', 'cookie-row');
      li.textContent = c.name;
      frag.append(li);
    }
  document.getElementById('rows').append(frag);
});
`;

export type Who = 'ours' | 'floor';
export const STEPS = ['first', 'repeated', 'changed', 'idle', 'cold'] as const;
export type Step = (typeof STEPS)[number];

const stepLabel = (step: Step, idleMs: number): string =>
  ({
    first: 'first open',
    repeated: 'opened again (nothing changed)',
    changed: 'after one cookie changed',
    idle: `after ${idleMs / 1000} s, nothing changed`,
    cold: 'worker cold (stopped before the open)',
  })[step];

interface Case {
  label: string;
  site: string;
  firstParty: number;
  thirdParties: string[];
  perThirdParty: number;
}

export function floorCases(sizes: number[]): Case[] {
  return sizes.map((n) => {
    if (n <= 180)
      return { label: `${n}`, site: `www.floor${n}.test`, firstParty: n, thirdParties: [], perThirdParty: 0 };
    // 160 first-party + the rest over 6 third parties (Chrome keeps at most 180 cookies per registrable domain).
    const thirdParties = Array.from({ length: 6 }, (_, i) => `t${i}-floor${n}.test`);
    return {
      label: `${n} (160 + ${n - 160} on 6 third parties)`,
      site: `www.floor${n}.test`,
      firstParty: 160,
      thirdParties,
      perThirdParty: Math.ceil((n - 160) / 6),
    };
  });
}

function caseCookies(c: Case) {
  const names = ['_ga', '_gid', 'sid', 'pref', 'uid', '_fbp', 'consent', 'lang', 'cart', 'ab'];
  const make = (host: string, count: number) =>
    Array.from({ length: count }, (_, i) => ({
      url: `https://${host}/`,
      name: `${names[i % names.length]}_${i}`,
      value: `v${i.toString(36)}${'x'.repeat(24)}`,
    }));
  return [make(c.site, c.firstParty), ...c.thirdParties.map((h) => make(h, c.perThirdParty))];
}

/** A copy of dist-bench with floor.html and floor.js added: the same extension id space, loaded as one extension. */
function distWithFloor(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cookie-auditor-floor-'));
  cpSync(DIST_BENCH, dir, { recursive: true });
  writeFileSync(join(dir, 'floor.html'), FLOOR_HTML);
  writeFileSync(join(dir, 'floor.js'), FLOOR_JS);
  return dir;
}

/** Opens ours or the floor for a tab in a fresh page and returns ms from navigation start to the first screen. */
async function openAndTime(h: Harness, who: Who, tabId: number, want: number, hosts: string[]): Promise<number> {
  const page = await h.context.newPage();
  try {
    await page.setViewportSize({ width: 560, height: 600 });
    await page.addInitScript((need: number) => {
      const g = globalThis as { __contentReady?: number };
      const observer = new MutationObserver(() => {
        if (document.querySelectorAll('[data-testid="cookie-row"]').length >= need) {
          g.__contentReady = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    }, want);
    const url =
      who === 'ours'
        ? `chrome-extension://${h.extensionId}/src/popup/index.html?tab=${tabId}`
        : `chrome-extension://${h.extensionId}/floor.html?tab=${tabId}&hosts=${hosts.join(',')}`;
    await page.goto(url);
    await page.waitForFunction(() => (globalThis as { __contentReady?: number }).__contentReady !== undefined, null, {
      timeout: 60_000,
      polling: 50,
    });
    return await page.evaluate(() => (globalThis as { __contentReady?: number }).__contentReady ?? -1);
  } finally {
    await page.close();
  }
}

/** On a loaded machine a stop can outlast the harness's 15 s wait: ask again rather than lose the whole run. */
async function stopWorkerRetrying(h: Harness): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await h.stopWorker();
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)] ?? Number.NaN, min: s[0] ?? Number.NaN, max: s.at(-1) ?? Number.NaN };
}

export interface FloorRow {
  caseLabel: string;
  step: Step;
  ours: ReturnType<typeof stats>;
  floor: ReturnType<typeof stats>;
  ratio: number;
  /** The ratio this row must stay within, when the issue sets one. */
  target?: number;
  /** Repeated opens: ours repeated / ours first (target ≤ 1.05). */
  vsFirst?: number;
}

/** ≤ 1.3× for first and repeated opens of a single site, ≤ 1.5× with 1,000 cookies on third parties and on a cold worker. */
function targetFor(c: Case, step: Step): number | undefined {
  if (step === 'cold') return 1.5;
  if (step !== 'first' && step !== 'repeated') return undefined;
  return c.thirdParties.length > 0 ? 1.5 : 1.3;
}

export async function runPopupFloorBench(args: {
  jar: Cookie[];
  runs?: number;
  sizes?: number[];
  idleMs?: number;
}): Promise<FloorRow[]> {
  const runs = args.runs ?? 9;
  const idleMs = args.idleMs ?? IDLE_WAIT_MS;
  const cases = floorCases(args.sizes ?? [30, 180, 1000]);
  const hosts = cases.flatMap((c) => [c.site, ...c.thirdParties]);
  const server = await startBenchServer(hosts);
  const dist = distWithFloor();
  const h = await launchWithExtension({ allowThirdPartyCookies: true, dist });
  const rows: FloorRow[] = [];
  try {
    console.log('\n## Popup against the floor (cookies.getAll + names into the DOM), same Chromium run');
    // The background jar: every other site a long-used profile holds.
    const loadable = args.jar
      .filter((c) => c.name && !c.name.startsWith('__Host-') && c.domain)
      .map((c) => ({
        url: `https://${c.domain.replace(/^\./, '')}${c.path || '/'}`,
        name: c.name,
        value: c.value.slice(0, 3000),
        sameSite: c.sameSite === 'unspecified' ? 'lax' : c.sameSite,
      }));
    // In slices: one worker evaluate has a 10 s budget, and 3,000 cookie writes on a loaded machine can take longer.
    for (let i = 0; i < loadable.length; i += 300) await setCookies(h, loadable.slice(i, i + 300));
    for (const c of cases) for (const list of caseCookies(c)) await setCookies(h, list);
    const inBrowser = await h.inWorker(async () => (await chrome.cookies.getAll({})).length, null);
    await h.inWorker(async () => {
      await (globalThis as { cookieAuditorFlush?: () => Promise<unknown> }).cookieAuditorFlush?.();
    }, null);
    console.log(
      `${inBrowser} cookies in the browser (background jar of ${args.jar.length} + the cases); ${runs} runs per case, alternating which page opens first`,
    );

    for (const c of cases) {
      const total = c.firstParty + c.thirdParties.length * c.perThirdParty;
      const want = Math.min(FIRST_SCREEN_ROWS, total);
      const times: Record<Who, Record<Step, number[]>> = {
        ours: { first: [], repeated: [], changed: [], idle: [], cold: [] },
        floor: { first: [], repeated: [], changed: [], idle: [], cold: [] },
      };
      let change = 0;
      for (let r = 0; r < runs; r++) {
        const order: Who[] = r % 2 === 0 ? ['ours', 'floor'] : ['floor', 'ours'];
        // A fresh tab each run: the page loads, its third parties send their cookies, the badge settles.
        const { page: site, tabId } = await h.openTab(
          `https://${c.site}:${server.port}/?embed=${c.thirdParties.join(',')}`,
        );
        await site.waitForLoadState('load');
        await new Promise((r) => setTimeout(r, 1000));
        const open = async (step: Step, who: Who) =>
          times[who][step].push(await openAndTime(h, who, tabId, want, c.thirdParties));
        for (const who of order) await open('first', who);
        for (const who of order) await open('repeated', who);
        for (const who of order) {
          change += 1;
          await setCookies(h, [{ url: `https://${c.site}/`, name: '_ga_0', value: `changed${change}` }]);
          await open('changed', who);
        }
        await new Promise((r) => setTimeout(r, idleMs));
        for (const who of order) await open('idle', who);
        for (const who of order) {
          await stopWorkerRetrying(h);
          await open('cold', who);
        }
        await site.close();
        process.stdout.write(`  ${c.label}: run ${r + 1}/${runs}\r`);
      }
      for (const step of STEPS) {
        const ours = stats(times.ours[step]);
        const floor = stats(times.floor[step]);
        const row: FloorRow = { caseLabel: c.label, step, ours, floor, ratio: ours.median / floor.median };
        const target = targetFor(c, step);
        if (target !== undefined) row.target = target;
        if (step === 'repeated') row.vsFirst = ours.median / stats(times.ours.first).median;
        rows.push(row);
      }
    }
    console.log(`\n${formatFloorTable(rows, runs, idleMs)}`);
  } finally {
    await h.close();
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
  return rows;
}

const ms = (s: { median: number; min: number; max: number }) =>
  `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;

export function formatFloorTable(rows: FloorRow[], runs: number, idleMs = IDLE_WAIT_MS): string {
  const lines = [
    `| cookies | open | ours, median of ${runs} (min–max) | floor | ours/floor | target | holds |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const targets: string[] = [];
    const holds: string[] = [];
    if (r.target !== undefined) {
      targets.push(`≤ ${r.target}×`);
      holds.push(r.ratio <= r.target ? 'yes' : '**no**');
    }
    if (r.vsFirst !== undefined) {
      targets.push(`≤ 1.05× first (${r.vsFirst.toFixed(2)}×)`);
      holds.push(r.vsFirst <= 1.05 ? 'yes' : '**no**');
    }
    lines.push(
      `| ${r.caseLabel} | ${stepLabel(r.step, idleMs)} | ${ms(r.ours)} | ${ms(r.floor)} | ${r.ratio.toFixed(2)}× | ${targets.join(', ') || '—'} | ${holds.join(', ') || '—'} |`,
    );
  }
  return lines.join('\n');
}
