import browser, { type Runtime } from 'webextension-polyfill';
import {
  dispatch,
  type Handlers,
  type MessageType,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from '../core/messages';

/** Sends a typed message to the worker; rejects with the worker's error text. */
export async function sendMessage<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply = (await browser.runtime.sendMessage({ ...payload, type })) as Reply<K> | undefined;
  if (!reply) throw new Error('The extension did not answer. Reopen the popup.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Registers one listener that checks every request against the protocol and dispatches it to its handler. */
export function onMessage(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Only our own pages may ask: content scripts are not ours and web pages cannot reach runtime.onMessage.
    if (sender.id !== browser.runtime.id) return undefined;
    return dispatch(handlers, message);
  });
}
