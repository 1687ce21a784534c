/**
 * Options: generic OAuth detection (asks for the optional host permission), banner threshold, history
 * size, and the user's own policy rules. A managed policy is shown read-only: its values are locked.
 */
import browser from 'webextension-polyfill';
import { SCOPE_RISKS, type ScopeRisk } from '../core-api.js';
import { HISTORY_LIMIT_RANGE } from '../model/options.js';
import { RISK_LABEL } from '../model/risk-style.js';
import { send } from '../send.js';
import { byId, h, showError } from '../ui/element.js';

const GENERIC_ORIGINS = ['https://*/*'];
const EXAMPLE = JSON.stringify({ oauth: { rules: { google: { blockedScopes: ['https://www.googleapis.com/auth/drive'], action: 'block' }, '*': { maxRisk: 'high', action: 'warn' } } } }, null, 2);

function status(id: string, ok: boolean, text: string): void {
  byId(id).replaceChildren(h('span', { class: ok ? 'ok' : 'error', role: ok ? 'status' : 'alert' }, text));
}

async function renderPolicy(): Promise<void> {
  const state = await send('policy-state', {});
  const managed = byId('managed');
  managed.replaceChildren(
    state.managed
      ? h('div', {}, h('p', { class: 'locked' }, `A managed policy is in force (${state.managedOrigin}). Its values are locked: your rules can only add restrictions.`), h('pre', { id: 'managed-json' }, JSON.stringify(state.managedDocument, null, 2)))
      : h('p', { class: 'muted' }, 'No managed policy: your own rules below apply over the defaults.'),
  );
  const problems = byId('problems');
  problems.replaceChildren(...state.problems.map((p) => h('li', { class: p.level === 'error' ? 'error' : 'muted' }, p.text)));
  byId('effective').textContent = JSON.stringify({ rules: state.effective.rules, audit: state.effective.audit }, null, 2);
  const text = byId<HTMLTextAreaElement>('user-policy');
  if (document.activeElement !== text) text.value = state.userDocument ? JSON.stringify(state.userDocument, null, 2) : '';
}

async function main(): Promise<void> {
  byId<HTMLTextAreaElement>('user-policy').placeholder = EXAMPLE;
  const { options, corrected, genericPermission } = await send('options-get', {});
  if (corrected.length) status('options-status', false, `Reset to defaults because the stored value was invalid: ${corrected.join(', ')}`);

  const generic = byId<HTMLInputElement>('generic');
  generic.checked = options.genericDetection && genericPermission;
  generic.addEventListener('change', async () => {
    try {
      // permissions.request must run in the click's own task: ask before any other await.
      if (generic.checked && !(await browser.permissions.request({ origins: GENERIC_ORIGINS }))) generic.checked = false;
      if (!generic.checked) await browser.permissions.remove({ origins: GENERIC_ORIGINS });
      await send('options-set', { genericDetection: generic.checked });
      status('options-status', true, generic.checked ? 'Generic OAuth detection is on.' : 'Generic OAuth detection is off.');
    } catch (error) {
      showError(byId('options-status'), error);
    }
  });

  const minRisk = byId<HTMLSelectElement>('banner-min-risk');
  minRisk.append(...[...SCOPE_RISKS].reverse().map((r) => h('option', { value: r }, `${RISK_LABEL[r]} and above`)));
  minRisk.value = options.bannerMinRisk;
  minRisk.addEventListener('change', async () => {
    await send('options-set', { bannerMinRisk: minRisk.value as ScopeRisk });
    status('options-status', true, 'Saved.');
  });

  const limit = byId<HTMLInputElement>('history-limit');
  limit.min = String(HISTORY_LIMIT_RANGE.min);
  limit.max = String(HISTORY_LIMIT_RANGE.max);
  limit.value = String(options.historyLimit);
  limit.addEventListener('change', async () => {
    const value = Number(limit.value);
    if (!Number.isInteger(value) || value < HISTORY_LIMIT_RANGE.min || value > HISTORY_LIMIT_RANGE.max) {
      return status('options-status', false, `History size must be a whole number from ${HISTORY_LIMIT_RANGE.min} to ${HISTORY_LIMIT_RANGE.max}.`);
    }
    await send('options-set', { historyLimit: value });
    status('options-status', true, 'Saved.');
  });

  byId('save-policy').addEventListener('click', async () => {
    const result = await send('user-policy-set', { text: byId<HTMLTextAreaElement>('user-policy').value });
    if (result.ok) status('policy-status', true, 'Your rules are saved and apply now.');
    else byId('policy-status').replaceChildren(h('ul', { class: 'error', role: 'alert' }, ...result.issues.map((i) => h('li', {}, `${i.field}: ${i.message}`))));
    await renderPolicy();
  });
  await renderPolicy();
  browser.storage.onChanged.addListener(() => void renderPolicy());
}

main().catch((error: unknown) => showError(byId('options-status'), error));
