import { render } from 'preact';
import { App } from './app';
import { runtimeClient } from './client';
import './styles.css';

// `?tab=ID` lets the popup be opened as a page for a given tab (tests, and "open in a tab").
const param = new URLSearchParams(location.search).get('tab');
const tabId = param !== null && /^\d+$/.test(param) ? Number(param) : undefined;
const root = document.getElementById('root');
if (root) render(<App client={runtimeClient} {...(tabId === undefined ? {} : { tabId })} />, root);
