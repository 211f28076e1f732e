import { render } from 'preact';
import type { TabView } from '../core/messages';
import { App } from './app';
import { runtimeClient } from './client';
import { findFirstPaint, tabIdFromSearch } from './first-paint/hand-off';
import './styles.css';

performance.mark('cookie-auditor:start');
// The early first paint (first-paint/index.tsx) ran before this module: it may have painted the tab's summary already,
// and its reads are reused. Without it (its script failed) this module reads for itself.
const early = findFirstPaint();
const tabId = tabIdFromSearch(location.search);
// Ask the worker before the first render: the answer is the slow part. Only the rows at first: the details are most
// of the bytes and nobody reads them before the list is on screen (App asks for them after painting). The early
// paint asks as soon as it has painted.
const askWorker = () => runtimeClient.getTabView(tabId, { rowsOnly: true });
const firstUi = early?.ui ?? runtimeClient.loadUiState();
// In parallel, the worker's summary of the first screen from storage.session: painted if it comes first (the worker
// may be asleep, and a message to it crosses the browser process twice), replaced by the answer when that comes.
const firstScreen = early?.screen ?? runtimeClient.readFirstScreen?.(tabId).catch(() => null);

function mount(firstView: Promise<TabView>): void {
  const root = document.getElementById('root');
  if (!root) return;
  const painted = early?.painted;
  // The painted search box is a real one: what was typed into it in the meantime is kept.
  const typed = root.querySelector<HTMLInputElement>('input.search');
  const initialUi = painted && typed?.value ? { ...painted.ui, query: typed.value } : painted?.ui;
  // Saved as typing into the app's own box saves it.
  if (initialUi && initialUi !== painted?.ui) void runtimeClient.saveUiState(initialUi).catch(() => undefined);
  // Preact adopts the painted page: rendering into it reuses its elements (Preact reads their attributes and sets
  // only what differs), and its first state is what the paint showed, so nothing is replaced or repainted.
  render(
    <App
      client={runtimeClient}
      {...(tabId === undefined ? {} : { tabId })}
      firstView={firstView}
      firstUi={firstUi}
      {...(firstScreen ? { firstScreen } : {})}
      {...(painted && initialUi ? { initialView: painted.view, initialUi } : {})}
    />,
    root,
  );
  performance.mark('cookie-auditor:mounted');
}

/** After the next frame (rAF, then a task); a page that paints no frames (a hidden tab) goes on after 100 ms. */
function afterFrame(run: () => void): void {
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    setTimeout(run, 0);
  };
  requestAnimationFrame(once);
  setTimeout(once, 100);
}

// The early paint's reads are a message round trip at most: mounting after them lets it paint first. When it did,
// Preact takes over after that frame, not before it.
if (!early) mount(askWorker());
else
  void early.done.then(() => {
    const firstView = early.view ?? askWorker();
    if (early.painted) afterFrame(() => mount(firstView));
    else mount(firstView);
  });
