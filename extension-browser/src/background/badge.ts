/** The toolbar badge of a tab on an authorization request: its overall risk, or BLK when blocked. */
import browser from 'webextension-polyfill';
import type { AuthorizationRecord } from '../model/record.js';
import { BLOCKED_BADGE, RISK_BADGE } from '../model/risk-style.js';

export async function showBadge(tabId: number, record: AuthorizationRecord): Promise<void> {
  const badge = record.verdict.action === 'block' ? BLOCKED_BADGE : RISK_BADGE[record.risk];
  const title = `Secret Hygiene: ${record.providerName} request, ${record.risk} risk${record.verdict.action === 'allow' ? '' : `, policy: ${record.verdict.action}`}`;
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title }),
  ]);
}

export async function clearBadge(tabId: number): Promise<void> {
  await Promise.all([browser.action.setBadgeText({ tabId, text: '' }), browser.action.setTitle({ tabId, title: 'Secret Hygiene' })]);
}
