import browser, { type Runtime } from 'webextension-polyfill';
import { dispatch, type Handlers } from '../core/messages';

/** Registers one listener that checks every request against the protocol and dispatches it to its handler. */
export function onMessage(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Only our own pages may ask: content scripts are not ours and web pages cannot reach runtime.onMessage.
    if (sender.id !== browser.runtime.id) return undefined;
    return dispatch(handlers, message);
  });
}
