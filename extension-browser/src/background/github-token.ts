/**
 * The pasted GitHub token: in storage.session (memory only, trusted extension contexts only, gone
 * when the browser closes) unless the user ticked "remember", which is the only way it reaches
 * storage.local. Never logged, never in an audit event, never sent anywhere but the GitHub API.
 */
import browser from 'webextension-polyfill';
import { redact } from '../core-api.js';

const KEY = 'githubToken';

export async function setGitHubToken(token: string, remember: boolean): Promise<void> {
  const clean = token.trim();
  if (!clean) throw new TypeError('empty token');
  await browser.storage.session.set({ [KEY]: clean });
  if (remember) await browser.storage.local.set({ [KEY]: clean });
  else await browser.storage.local.remove(KEY);
}

export async function getGitHubToken(): Promise<{ token?: string; remembered: boolean }> {
  const session = (await browser.storage.session.get(KEY))[KEY];
  const local = (await browser.storage.local.get(KEY))[KEY];
  const token = typeof session === 'string' ? session : typeof local === 'string' ? local : undefined;
  return token ? { token, remembered: typeof local === 'string' } : { remembered: false };
}

export async function gitHubTokenStatus(): Promise<{ present: boolean; remembered: boolean; redacted?: string }> {
  const { token, remembered } = await getGitHubToken();
  return token ? { present: true, remembered, redacted: redact(token) } : { present: false, remembered: false };
}

export async function clearGitHubToken(): Promise<void> {
  await Promise.all([browser.storage.session.remove(KEY), browser.storage.local.remove(KEY)]);
}
