import { loadMessages } from '../../browser/i18n';
import { viewOfFirstScreen } from '../../core/first-screen-summary';
import { App, previewShows } from '../app';
import { runtimeClient } from '../client';
import { DEFAULT_UI_STATE } from '../ui-state';
import { type FirstPaint, publishFirstPaint, tabIdFromSearch } from './hand-off';
import { loadApp } from './load-app';
import { mount } from './static-jsx';

/**
 * The popup's early first paint: a classic script, the only resource index.html asks for, so it runs as soon as it
 * arrives, before Preact and the app are fetched and evaluated (≈ 40 ms later here; README, "The popup against the
 * floor"). It reads the tab's first-screen summary and the saved filters, then paints the summary with the same
 * `<App>` Preact renders, through a static JSX runtime (scripts/vite-first-paint.ts builds it so). main.tsx renders
 * Preact into it with the same first state, and the worker's answer replaces it as before.
 */
const script = document.currentScript;
const tabId = tabIdFromSearch(location.search);

/** The reads, started at once; a browser API that throws leaves them to main.tsx. */
function startReads(): Pick<FirstPaint, 'screen' | 'ui'> {
  try {
    // The popup's one client, as main.tsx and App use it.
    const screen = runtimeClient.readFirstScreen?.(tabId).catch(() => null) ?? Promise.resolve(null);
    const ui = runtimeClient.loadUiState().catch(() => DEFAULT_UI_STATE);
    return { screen, ui };
  } catch {
    return { screen: Promise.resolve(null), ui: Promise.resolve(DEFAULT_UI_STATE) };
  }
}

/**
 * The worker's rows-only answer, which replaces the paint, asked once the paint is done: asked beside the reads,
 * it slowed them (the worker wakes and builds the view meanwhile: ≈ 15 ms later rows in a probe), and asked here it
 * is still on its way before the app has loaded.
 */
function askWorker(): void {
  try {
    const view = runtimeClient.getTabView(tabId, { rowsOnly: true });
    // main.tsx takes it (and its failure) over; until then a failure is not an unhandled rejection.
    view.catch(() => undefined);
    paint.view = view;
  } catch {
    // main.tsx asks for itself.
  }
}

const reads = startReads();
// The app's own fetches start once the reads are on their way.
loadApp(script);
// A new process's message catalogue arrives while the reads are out (≈ 9 ms off the build in a probe).
loadMessages();

/** The element to paint into: parsed before this script, which comes after it in the page (else at DOMContentLoaded). */
const rootElement = (): Promise<HTMLElement | null> => {
  const root = document.getElementById('root');
  if (root || document.readyState !== 'loading') return Promise.resolve(root);
  return new Promise((resolve) =>
    document.addEventListener('DOMContentLoaded', () => resolve(document.getElementById('root')), { once: true }),
  );
};

const paint: FirstPaint = { ...reads, done: Promise.resolve() };
paint.done = Promise.all([reads.screen, reads.ui])
  .then(async ([s, u]) => {
    // Under a search or filter the summary's first rows are not the screen's: Preact shows "loading" as before.
    if (!s || !previewShows(u)) return;
    const root = await rootElement();
    if (!root || root.firstChild) return;
    const view = viewOfFirstScreen(s);
    // The paint runs no effect and no handler, the only places App calls its client.
    mount(
      root,
      <App client={runtimeClient} {...(tabId === undefined ? {} : { tabId })} initialView={view} initialUi={u} />,
    );
    paint.painted = { view, ui: u };
    performance.mark('cookie-auditor:first-paint');
  })
  // A paint that fails leaves the page to Preact, which reads the same summary.
  .catch(() => undefined)
  .then(askWorker);
publishFirstPaint(paint);
