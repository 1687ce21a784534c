/**
 * Authorization requests in tabs: recognised on every top-frame request (observe-only `webRequest`,
 * which also sees server redirects, and `webNavigation.onBeforeNavigate`, which fires first), recorded,
 * judged by the policy, blocked by sending the tab to the explanation page, and kept per tab so the
 * later consent page of the same sign-in still gets its banner.
 */
import browser from 'webextension-polyfill';
import type { BannerView, TabPush } from '../messages.js';
import { classifyNavigation, reevaluate } from '../model/classify.js';
import { createRecord, newRecordId, verdictOf, type AuthorizationRecord } from '../model/record.js';
import { isAuthorizationUrl } from '../model/scan-budget.js';
import { anyPatternMatches } from '../match-patterns.js';
import { belongsToRequest } from '../model/tab-requests.js';
import { recordAudit } from './audit-sender.js';
import { clearBadge, showBadge } from './badge.js';
import { addRecord, getRecord, updateRecord } from './history-store.js';
import { genericDetectionActive, readOptions } from './options-store.js';
import { currentPolicy } from './policy-store.js';
import { allTabRequests, setTabRequest, tabRequest } from './tab-store.js';

export const BLOCKED_PAGE = 'blocked.html';

/** One navigation arrives from webNavigation and webRequest within milliseconds: handle it once. */
const recent = new Map<string, number>();
const REPEAT_MS = 1000;

function firstSighting(tabId: number, url: string, now: number): boolean {
  for (const [key, at] of recent) if (now - at > REPEAT_MS) recent.delete(key);
  const key = `${tabId} ${url}`;
  if (recent.has(key)) return false;
  recent.set(key, now);
  return true;
}

function blockedPageUrl(recordId: string): string {
  return browser.runtime.getURL(`${BLOCKED_PAGE}?id=${encodeURIComponent(recordId)}`);
}

let declaredMatches: readonly string[] | undefined;
function declaredContentScriptMatches(): readonly string[] {
  declaredMatches ??= (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
  return declaredMatches;
}

function isExtensionPage(url: string): boolean {
  return url.startsWith(browser.runtime.getURL(''));
}

async function viewFor(record: AuthorizationRecord): Promise<BannerView> {
  const { options } = await readOptions();
  return { record, bannerMinRisk: options.bannerMinRisk };
}

/** A top-frame navigation began (or was redirected) to `url` in `tabId`. */
export async function observeNavigation(tabId: number, url: string): Promise<void> {
  if (tabId < 0 || !/^https?:/.test(url)) return;
  const now = Date.now();
  if (!firstSighting(tabId, url, now)) return;
  const [{ resolved }, { options }, generic] = await Promise.all([currentPolicy(), readOptions(), genericDetectionActive()]);
  const classified = classifyNavigation(url, resolved, { genericDetection: generic });
  if (!classified) return;
  const fresh = createRecord(classified.request, classified.url, classified.verdict, new Date(now), newRecordId(new Date(now)));
  const { record, added } = await addRecord(fresh, options.historyLimit);
  await setTabRequest(tabId, { recordId: record.id, provider: record.provider, host: classified.url.hostname, at: now });
  if (record.verdict.action === 'block') await browser.tabs.update(tabId, { url: blockedPageUrl(record.id) });
  else await pushToTab(tabId, await viewFor(record)); // a content script that asked too early gets it now
  await showBadge(tabId, record).catch(() => undefined);
  await recordAudit(added ? ['request', 'verdict'] : ['verdict'], record);
}

/** Ways into a page that start something new rather than continue a sign-in (webNavigation TransitionType). */
const FRESH_START = new Set(['typed', 'auto_bookmark', 'generated', 'keyword', 'keyword_generated', 'start_page']);

/** A top-frame page committed: keep, or forget, the tab's request; inject the banner on generic hosts. */
export async function observeCommit(tabId: number, url: string, transitionType?: string, qualifiers: readonly string[] = []): Promise<void> {
  const state = await tabRequest(tabId);
  if (!state) return;
  const redirected = qualifiers.includes('server_redirect') || qualifiers.includes('client_redirect');
  if (transitionType && FRESH_START.has(transitionType) && !redirected && !isAuthorizationUrl(url)) {
    await setTabRequest(tabId, undefined);
    await clearBadge(tabId).catch(() => undefined);
    return;
  }
  if (isExtensionPage(url)) {
    // The explanation page of a blocked request: the navigation there reset the tab's badge.
    const record = await getRecord(state.recordId);
    if (record) await showBadge(tabId, record).catch(() => undefined);
    return;
  }
  if (!belongsToRequest(state, url, Date.now())) {
    await setTabRequest(tabId, undefined);
    await clearBadge(tabId).catch(() => undefined);
    return;
  }
  const record = await getRecord(state.recordId);
  if (!record) return;
  await showBadge(tabId, record).catch(() => undefined);
  // The manifest declares the content script on authorization and consent-page paths only (manifest.ts);
  // any other page of this sign-in (a provider's later step elsewhere on its host, a generic host) gets it now.
  if (!anyPatternMatches(new URL(url), declaredContentScriptMatches())) {
    await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] }).catch(() => undefined);
  }
}

export async function forgetTab(tabId: number): Promise<void> {
  await setTabRequest(tabId, undefined);
}

/** The banner's question: what is this tab's request? */
export async function bannerViewForTab(tabId: number | undefined, pageUrl: string | undefined): Promise<BannerView | null> {
  if (tabId === undefined || !pageUrl) return null;
  const state = await tabRequest(tabId);
  if (!state || !belongsToRequest(state, pageUrl, Date.now())) return null;
  const record = await getRecord(state.recordId);
  if (!record) return null;
  // The page is up: the tab's badge may have been reset by the navigation that brought it.
  await showBadge(tabId, record).catch(() => undefined);
  return viewFor(record);
}

export async function setAppName(tabId: number | undefined, pageUrl: string | undefined, name: string): Promise<void> {
  if (tabId === undefined || !pageUrl) return;
  const state = await tabRequest(tabId);
  if (!state || !belongsToRequest(state, pageUrl, Date.now())) return;
  const clean = name.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 80);
  if (!clean) return;
  const record = await updateRecord(state.recordId, (r) => {
    r.appName ??= clean;
  });
  if (record) await pushToTab(tabId, await viewFor(record));
}

async function pushToTab(tabId: number, view: BannerView | null): Promise<void> {
  const push: TabPush = { type: 'request-updated', view };
  await browser.tabs.sendMessage(tabId, push).catch(() => undefined);
}

/** The policy changed: judge every open request again; banners update, newly blocked tabs are sent away. */
export async function reevaluateOpenRequests(): Promise<void> {
  const { resolved } = await currentPolicy();
  for (const [tabId, state] of await allTabRequests()) {
    const record = await getRecord(state.recordId);
    if (!record) continue;
    const verdict = verdictOf(reevaluate(record, resolved));
    const changed = verdict.action !== record.verdict.action || verdict.reasons.join('\n') !== record.verdict.reasons.join('\n');
    if (!changed) continue;
    const updated = await updateRecord(record.id, (r) => {
      r.verdict = verdict;
    });
    if (!updated) continue;
    await recordAudit(['verdict'], updated);
    if (verdict.action === 'block') {
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      if (tab?.url && !isExtensionPage(tab.url)) await browser.tabs.update(tabId, { url: blockedPageUrl(updated.id) }).catch(() => undefined);
    } else {
      await pushToTab(tabId, await viewFor(updated));
    }
    await showBadge(tabId, updated).catch(() => undefined);
  }
}
