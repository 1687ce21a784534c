/**
 * The app's name as the consent page shows it ("Acme CI wants to access your account"), sent to the
 * service worker for the record. Sent once at load, and again when the worker announces the tab's
 * request without a name (the page can finish loading before the worker has recorded the request).
 */
import browser from 'webextension-polyfill';
import type { TabPush } from '../messages.js';
import { appNameFromText } from '../model/app-name.js';
import { send } from '../send.js';
import type { ContentFeature } from './feature.js';

export function appNameFromDocument(doc: Document): string | undefined {
  const candidates = Array.from(doc.querySelectorAll('h1, h2, [role="heading"]')).slice(0, 12).map((el) => el.textContent ?? '');
  candidates.push(doc.title);
  for (const text of candidates) {
    const name = appNameFromText(text);
    if (name) return name;
  }
  return undefined;
}

export const appNameFeature: ContentFeature = {
  id: 'app-name',
  async init(signal) {
    const name = appNameFromDocument(document);
    if (!name) return;
    const told = new Set<string>();
    const onPush = (message: unknown) => {
      const record = (message as TabPush)?.type === 'request-updated' ? (message as TabPush).view?.record : undefined;
      if (!record || record.appName || told.has(record.id) || signal.aborted) return;
      told.add(record.id);
      void send('app-name', { name }).catch(() => undefined);
    };
    browser.runtime.onMessage.addListener(onPush);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onPush));
    await send('app-name', { name });
  },
};
