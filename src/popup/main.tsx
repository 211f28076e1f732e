import { render } from 'preact';
import { App } from './app';
import { runtimeClient } from './client';
import './styles.css';

performance.mark('cookie-auditor:start');
// `?tab=ID` lets the popup be opened as a page for a given tab (tests, and "open in a tab").
const param = new URLSearchParams(location.search).get('tab');
const tabId = param !== null && /^\d+$/.test(param) ? Number(param) : undefined;
// Ask the worker at once, before the first render: the answer is the slow part. Only the rows at first: the details
// are most of the bytes and nobody reads them before the list is on screen (App asks for them after painting).
const firstView = runtimeClient.getTabView(tabId, { rowsOnly: true });
const firstUi = runtimeClient.loadUiState();
// In parallel, the worker's summary of the first screen from storage.session: painted if it comes first (the worker
// may be asleep, and a message to it crosses the browser process twice), replaced by the answer when that comes.
const firstScreen = runtimeClient.readFirstScreen?.(tabId).catch(() => null);
const root = document.getElementById('root');
if (root) {
  render(
    <App
      client={runtimeClient}
      {...(tabId === undefined ? {} : { tabId })}
      firstView={firstView}
      firstUi={firstUi}
      {...(firstScreen ? { firstScreen } : {})}
    />,
    root,
  );
}
