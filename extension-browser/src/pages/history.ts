/** Every request seen: filter by provider, risk, verdict and text; export what is shown; clear. */
import { SCOPE_RISKS, type ScopeRisk } from '../core-api.js';
import type { AuthorizationRecord } from '../model/record.js';
import { providersOf, sortRecords, type RecordOrder } from '../model/record-list.js';
import { RISK_LABEL, riskRank } from '../model/risk-style.js';
import { send } from '../send.js';
import { adoptCss, CHIP_CSS } from '../ui/chips.js';
import { byId, h, showError } from '../ui/element.js';
import { recordItem } from '../ui/record-view.js';
import { exportCsv, exportJson } from './history-export.js';

let records: AuthorizationRecord[] = [];

function matches(record: AuthorizationRecord): boolean {
  const provider = byId<HTMLSelectElement>('filter-provider').value;
  const risk = byId<HTMLSelectElement>('filter-risk').value as ScopeRisk | '';
  const verdict = byId<HTMLSelectElement>('filter-verdict').value;
  const text = byId<HTMLInputElement>('filter-text').value.trim().toLowerCase();
  if (provider && record.provider !== provider) return false;
  if (risk && riskRank(record.risk) < riskRank(risk)) return false;
  if (verdict && record.verdict.action !== verdict) return false;
  if (text) {
    const haystack = [record.clientId, record.appName, record.host, ...record.scopes.map((s) => s.scope)].join(' ').toLowerCase();
    if (!haystack.includes(text)) return false;
  }
  return true;
}

function shown(): AuthorizationRecord[] {
  return sortRecords(records.filter(matches), byId<HTMLSelectElement>('sort').value as RecordOrder);
}

function render(): void {
  const visible = shown();
  byId('count').textContent = `${visible.length} of ${records.length} requests`;
  const list = byId('records');
  list.replaceChildren(...(visible.length ? visible.map(recordItem) : [h('p', { class: 'muted' }, 'Nothing matches.')]));
}

async function load(): Promise<void> {
  records = await send('history', {});
  const providers = byId<HTMLSelectElement>('filter-provider');
  const current = providers.value;
  const present = providersOf(records);
  providers.replaceChildren(h('option', { value: '' }, 'All providers'), ...present.map((p) => h('option', { value: p.id }, p.name)));
  providers.value = present.some((p) => p.id === current) ? current : '';
  render();
}

async function main(): Promise<void> {
  adoptCss(document, CHIP_CSS);
  const risk = byId<HTMLSelectElement>('filter-risk');
  risk.append(...[...SCOPE_RISKS].reverse().map((r) => h('option', { value: r }, `${RISK_LABEL[r]} and above`)));
  for (const id of ['filter-provider', 'filter-risk', 'filter-verdict', 'filter-text', 'sort']) byId(id).addEventListener('input', render);
  byId('export-json').addEventListener('click', () => exportJson(shown()));
  byId('export-csv').addEventListener('click', () => exportCsv(shown()));
  const clear = byId<HTMLButtonElement>('clear');
  let armed = false;
  clear.addEventListener('click', async () => {
    if (!armed) {
      armed = true;
      clear.textContent = `Delete all ${records.length} records? Click again`;
      return;
    }
    armed = false;
    clear.textContent = 'Clear history';
    await send('history-clear', {});
    await load();
  });
  clear.addEventListener('blur', () => {
    armed = false;
    clear.textContent = 'Clear history';
  });
  try {
    await load();
  } catch (error) {
    showError(byId('records'), error);
  }
}

void main();
