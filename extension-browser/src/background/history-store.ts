/** Every authorization request seen, newest first, in storage.local `history`, capped by the options. */
import browser from 'webextension-polyfill';
import { sameRequest, type AuthorizationRecord } from '../model/record.js';
import { exclusive } from './exclusive.js';

const KEY = 'history';
const serial = exclusive();

async function read(): Promise<AuthorizationRecord[]> {
  const items = await browser.storage.local.get(KEY);
  const list = items[KEY];
  return Array.isArray(list) ? (list as AuthorizationRecord[]) : [];
}

export function allRecords(): Promise<AuthorizationRecord[]> {
  return serial(read);
}

export async function getRecord(id: string): Promise<AuthorizationRecord | undefined> {
  return (await allRecords()).find((r) => r.id === id);
}

/**
 * Adds a record, or returns the recent one it repeats (same app, provider and scopes) with its verdict
 * refreshed. `added` tells the caller whether this is a new request (an audit event) or a repeat.
 */
export function addRecord(record: AuthorizationRecord, limit: number): Promise<{ record: AuthorizationRecord; added: boolean }> {
  return serial(async () => {
    const list = await read();
    const existing = list.find((r) => sameRequest(r, record));
    if (existing) {
      existing.verdict = record.verdict;
      await browser.storage.local.set({ [KEY]: list });
      return { record: existing, added: false };
    }
    list.unshift(record);
    await browser.storage.local.set({ [KEY]: list.slice(0, limit) });
    return { record, added: true };
  });
}

export function updateRecord(id: string, change: (record: AuthorizationRecord) => void): Promise<AuthorizationRecord | undefined> {
  return serial(async () => {
    const list = await read();
    const record = list.find((r) => r.id === id);
    if (!record) return undefined;
    change(record);
    await browser.storage.local.set({ [KEY]: list });
    return record;
  });
}

export function clearHistory(): Promise<void> {
  return serial(() => browser.storage.local.remove(KEY));
}
