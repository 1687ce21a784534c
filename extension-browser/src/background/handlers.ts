/**
 * The service worker's message handlers, one per message name (messages.ts). `dispatch` wraps each
 * answer in an envelope; a handler that throws answers with the error's name and message.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { assessScope, formatPolicyProblem, OAUTH_PROVIDERS, validatePolicyDocument, type OAuthProviderId } from '../core-api.js';
import { auditGrants, GRANTS_PROVIDERS } from '../grants/audit.js';
import { auditGitHubToken } from '../github/audit.js';
import { isEnvelope, type Answer, type Envelope, type MessageType, type Messages } from '../messages.js';
import { clearGitHubToken, getGitHubToken, gitHubTokenStatus, setGitHubToken } from './github-token.js';
import { allRecords, clearHistory, getRecord } from './history-store.js';
import { GENERIC_ORIGINS, readOptions, writeOptions } from './options-store.js';
import { currentPolicy, MANAGED_ORIGIN } from './policy-store.js';
import { bannerViewForTab, setAppName } from './requests.js';

type Handler<K extends MessageType> = (payload: Messages[K]['payload'], sender: Runtime.MessageSender) => Promise<Messages[K]['answer']>;
type HandlerMap = { [K in MessageType]: Handler<K> };

/** Messages a content script may send; everything else comes only from the extension's own pages. */
const FROM_CONTENT_SCRIPTS = new Set<MessageType>(['tab-request', 'app-name', 'rate-scopes']);

/** A consent page lists a few permissions; more names than this in one question is not a consent page. */
const MAX_SCOPES_TO_RATE = 32;

const handlers: HandlerMap = {
  'tab-request': (_, sender) => bannerViewForTab(sender.tab?.id, sender.url ?? sender.tab?.url),
  'app-name': async ({ name }, sender) => {
    if (typeof name === 'string') await setAppName(sender.tab?.id, sender.url ?? sender.tab?.url, name);
    return null;
  },
  'recent-requests': async ({ limit }) => (await allRecords()).slice(0, Math.max(1, Math.min(50, limit || 10))),
  history: () => allRecords(),
  'history-clear': async () => {
    await clearHistory();
    return null;
  },
  record: async ({ id }) => (await getRecord(id)) ?? null,
  'policy-state': async () => {
    const { resolved, managedDocument, userDocument } = await currentPolicy();
    const provenance = Object.fromEntries(Object.entries(resolved.provenance).map(([field, entry]) => [field, { source: entry.source, origin: entry.origin }]));
    return {
      managed: !!managedDocument,
      managedDocument: managedDocument ?? null,
      managedOrigin: MANAGED_ORIGIN,
      userDocument,
      problems: resolved.problems.map((p) => ({ ...p, text: formatPolicyProblem(p) })),
      effective: { rules: resolved.policy.oauth.rules, audit: resolved.policy.audit, provenance },
    };
  },
  'options-get': async () => {
    const { options, corrected } = await readOptions();
    return { options, corrected, genericPermission: await browser.permissions.contains({ origins: GENERIC_ORIGINS }) };
  },
  'options-set': (change) => {
    const allowed: Partial<Messages['options-set']['payload']> = {};
    if ('genericDetection' in change) allowed.genericDetection = change.genericDetection;
    if ('historyLimit' in change) allowed.historyLimit = change.historyLimit;
    if ('bannerMinRisk' in change) allowed.bannerMinRisk = change.bannerMinRisk;
    return writeOptions(allowed);
  },
  'user-policy-set': async ({ text }) => {
    if (!text.trim()) {
      await writeOptions({ userPolicy: null });
      return { ok: true, issues: [] };
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { ok: false, issues: [{ field: '(root)', message: `not valid JSON (${(error as Error).message})` }] };
    }
    const validated = validatePolicyDocument(value);
    if (!validated.document) return { ok: false, issues: validated.issues };
    await writeOptions({ userPolicy: validated.document as Record<string, unknown> });
    return { ok: true, issues: [] };
  },
  'github-token-set': async ({ token, remember }) => {
    await setGitHubToken(String(token), remember === true);
    return null;
  },
  'github-token-status': () => gitHubTokenStatus(),
  'github-token-clear': async () => {
    await clearGitHubToken();
    return null;
  },
  'github-audit': async () => {
    const { token } = await getGitHubToken();
    if (!token) throw new TypeError('no GitHub token: paste one first');
    return auditGitHubToken(token);
  },
  'rate-scopes': async ({ provider, scopes }) => {
    if (!(OAUTH_PROVIDERS as readonly unknown[]).includes(provider)) throw new TypeError(`unknown provider ${String(provider).slice(0, 40)}`);
    if (!Array.isArray(scopes)) throw new TypeError('scopes must be a list');
    const names = scopes.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length <= 200).slice(0, MAX_SCOPES_TO_RATE);
    return names.map((scope) => assessScope(provider as OAuthProviderId, scope));
  },
  'grants-audit': async ({ provider, token }) => {
    if (!(GRANTS_PROVIDERS as readonly unknown[]).includes(provider)) throw new TypeError(`no grants audit for ${String(provider).slice(0, 40)}`);
    if (typeof token !== 'string' || !token.trim()) throw new TypeError('no token: paste one first');
    return auditGrants(provider, token.trim());
  },
};

/** Extension pages (popup, options, history, opened as a tab or not) have the extension's own URL. */
function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return !!sender.url?.startsWith(browser.runtime.getURL(''));
}

export async function dispatch(message: unknown, sender: Runtime.MessageSender): Promise<Answer<MessageType> | undefined> {
  if (!isEnvelope(message) || !(message.type in handlers)) return undefined;
  const { type, payload } = message as Envelope;
  if (sender.id !== browser.runtime.id) return { ok: false, error: { name: 'Forbidden', message: 'unknown sender' } };
  if (!FROM_CONTENT_SCRIPTS.has(type) && !fromExtensionPage(sender)) {
    return { ok: false, error: { name: 'Forbidden', message: `${type} is not available to content scripts` } };
  }
  try {
    const handler = handlers[type] as Handler<typeof type>;
    return { ok: true, value: await handler(payload ?? {}, sender) };
  } catch (error) {
    const e = error as Error;
    return { ok: false, error: { name: e?.name ?? 'Error', message: e?.message ?? String(error) } };
  }
}
