import browser from 'webextension-polyfill';
import type { MessageType, Reply, RequestOf, ResponseOf } from '../core/messages';

/**
 * Sends a typed message to the worker; rejects with the worker's error text. Its own module, apart from the worker's
 * side (./messages.ts), so a page that only asks carries none of the protocol's checks (the popup's first paint).
 */
export async function sendMessage<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply = (await browser.runtime.sendMessage({ ...payload, type })) as Reply<K> | undefined;
  if (!reply) throw new Error('The extension did not answer. Reopen the popup.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
