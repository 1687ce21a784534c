/** Which request each tab is in (storage.session: survives the worker's restarts, not the browser's). */
import browser from 'webextension-polyfill';
import type { TabRequest } from '../model/tab-requests.js';
import { exclusive } from './exclusive.js';

const KEY = 'tabRequests';
const serial = exclusive();

async function read(): Promise<Record<string, TabRequest>> {
  const items = await browser.storage.session.get(KEY);
  return (items[KEY] as Record<string, TabRequest> | undefined) ?? {};
}

export function tabRequest(tabId: number): Promise<TabRequest | undefined> {
  return serial(async () => (await read())[String(tabId)]);
}

export function allTabRequests(): Promise<[number, TabRequest][]> {
  return serial(async () => Object.entries(await read()).map(([id, state]) => [Number(id), state]));
}

export function setTabRequest(tabId: number, state: TabRequest | undefined): Promise<void> {
  return serial(async () => {
    const all = await read();
    if (state) all[String(tabId)] = state;
    else delete all[String(tabId)];
    await browser.storage.session.set({ [KEY]: all });
  });
}
