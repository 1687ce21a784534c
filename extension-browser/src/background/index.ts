/**
 * The service worker (Chrome/Edge) or background script (Firefox). Listeners are registered
 * synchronously at the top level, as MV3 requires for a worker that is started by an event.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { AUDIT_ALARM, flushAudit } from './audit-sender.js';
import { dispatch } from './handlers.js';
import { forgetCachedOptions, OPTIONS_KEY, readOptions } from './options-store.js';
import { forgetCachedPolicy, forgetManagedPolicy, whenManagedPolicyArrivesLate } from './policy-store.js';
import { forgetTab, observeCommit, observeNavigation, reevaluateOpenRequests } from './requests.js';

function quietly(task: Promise<unknown>, what: string): void {
  task.catch((error: unknown) => {
    const e = error as Error;
    console.warn(`Secret Hygiene: ${what}: ${e?.name ?? 'Error'}: ${e?.message ?? String(error)}`);
  });
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => dispatch(message, sender));

browser.webRequest.onBeforeRequest.addListener(
  (details) => {
    if (details.frameId === 0 || details.type === 'main_frame') quietly(observeNavigation(details.tabId, details.url), 'recognising a request');
    return undefined;
  },
  { urls: ['<all_urls>'], types: ['main_frame'] },
);
browser.webNavigation.onBeforeNavigate.addListener((details) => {
  if (details.frameId === 0) quietly(observeNavigation(details.tabId, details.url), 'recognising a request');
});
browser.webNavigation.onCommitted.addListener((details) => {
  if (details.frameId === 0) quietly(observeCommit(details.tabId, details.url, details.transitionType, details.transitionQualifiers), 'following a tab');
});
browser.tabs.onRemoved.addListener((tabId) => quietly(forgetTab(tabId), 'forgetting a tab'));

browser.storage.onChanged.addListener((changes, area) => {
  const optionsChanged = area === 'local' && OPTIONS_KEY in changes;
  if (area !== 'managed' && !optionsChanged) return;
  if (optionsChanged) forgetCachedOptions();
  if (area === 'managed') forgetManagedPolicy();
  else forgetCachedPolicy();
  quietly(reevaluateOpenRequests().then(flushAudit), 'applying the changed policy');
});

whenManagedPolicyArrivesLate(() => quietly(reevaluateOpenRequests().then(flushAudit), 'applying the managed policy'));

const onPermissionsChanged = () => quietly(reevaluateOpenRequests(), 'applying changed permissions');
browser.permissions.onAdded.addListener(onPermissionsChanged);
browser.permissions.onRemoved.addListener(onPermissionsChanged);

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === AUDIT_ALARM) quietly(flushAudit(), 'sending audit events');
});

browser.runtime.onInstalled.addListener(() => {
  quietly(readOptions(), 'migrating options');
});

// A worker restarted by any event picks up audit events an earlier one could not send.
quietly(Promise.resolve(browser.alarms.create(AUDIT_ALARM, { periodInMinutes: 1 })).then(flushAudit), 'scheduling audit delivery');
