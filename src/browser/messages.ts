import browser, { type Runtime } from 'webextension-polyfill';
import {
  type AnyRequest,
  isRequest,
  type MessageType,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from '../core/messages';

/** Sends a typed message to the worker; rejects with the worker's error text. */
export async function sendMessage<K extends MessageType>(
  type: K,
  payload: Omit<RequestOf<K>, 'type'>,
): Promise<ResponseOf<K>> {
  const reply = (await browser.runtime.sendMessage({ ...payload, type })) as Reply<K> | undefined;
  if (!reply) throw new Error('The extension did not answer. Reopen the popup.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export type Handlers = { [K in MessageType]: (request: RequestOf<K>) => Promise<ResponseOf<K>> };

/** Registers one listener that dispatches every typed request to its handler. */
export function onMessage(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Only our own pages may ask: content scripts are not ours and web pages cannot reach runtime.onMessage.
    if (sender.id !== browser.runtime.id || !isRequest(message)) return undefined;
    const handler = handlers[message.type] as (r: AnyRequest) => Promise<unknown>;
    return handler(message).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
