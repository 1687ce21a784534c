/** The stored options (storage.local `options`), migrated and coerced on read, cached until they change. */
import browser from 'webextension-polyfill';
import { loadOptions, type ExtensionOptions, type LoadedOptions } from '../model/options.js';

export const OPTIONS_KEY = 'options';
let cached: Promise<LoadedOptions> | undefined;

export function readOptions(): Promise<LoadedOptions> {
  cached ??= browser.storage.local.get(OPTIONS_KEY).then(async (items) => {
    const loaded = loadOptions(items[OPTIONS_KEY]);
    if (loaded.migrated) await browser.storage.local.set({ [OPTIONS_KEY]: loaded.options });
    return loaded;
  });
  return cached;
}

export async function writeOptions(change: Partial<ExtensionOptions>): Promise<ExtensionOptions> {
  const { options } = await readOptions();
  const { options: next } = loadOptions({ ...options, ...change });
  await browser.storage.local.set({ [OPTIONS_KEY]: next });
  cached = Promise.resolve({ options: next, corrected: [], migrated: false });
  return next;
}

export function forgetCachedOptions(): void {
  cached = undefined;
}

/** Generic detection is on only when the user asked for it and granted the optional host permission. */
export const GENERIC_ORIGINS = ['https://*/*'];

export async function genericDetectionActive(): Promise<boolean> {
  const { options } = await readOptions();
  return options.genericDetection && (await browser.permissions.contains({ origins: GENERIC_ORIGINS }));
}
