/** Sending a named message to the service worker from a page or the content script. */
import browser from 'webextension-polyfill';
import { MessageError, type Answer, type MessageType, type Messages } from './messages.js';

export async function send<K extends MessageType>(type: K, payload: Messages[K]['payload']): Promise<Messages[K]['answer']> {
  const answer = (await browser.runtime.sendMessage({ type, payload })) as Answer<K> | undefined;
  if (!answer) throw new MessageError(type, 'no answer from the service worker', 'NoAnswer');
  if (!answer.ok) throw new MessageError(type, answer.error.message, answer.error.name);
  return answer.value;
}
