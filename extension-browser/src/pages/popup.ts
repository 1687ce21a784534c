/**
 * The toolbar popup: the most recent authorization requests (of one provider, if chosen), worst first,
 * the worst one's colour, and links. Policy reasons are grouped per rule (ui/describe.ts).
 */
import { popupRecords, providersOf } from '../model/record-list.js';
import type { AuthorizationRecord } from '../model/record.js';
import { RISK_BADGE, RISK_LABEL, worstOf } from '../model/risk-style.js';
import { send } from '../send.js';
import { adoptCss, CHIP_CSS } from '../ui/chips.js';
import { byId, h, showError } from '../ui/element.js';
import { recordItem } from '../ui/record-view.js';
import { exportCsv, exportJson } from './history-export.js';

const RECENT = 10;

function render(records: AuthorizationRecord[]): void {
  const list = byId('recent');
  const worst = byId('worst');
  const provider = byId<HTMLSelectElement>('filter-provider').value;
  const shown = popupRecords(records, provider, RECENT);
  if (!shown.length) {
    list.replaceChildren(h('p', { class: 'muted' }, 'No authorization requests seen yet. Open an app’s “Connect” or “Sign in with” page to see its scopes rated here.'));
    worst.hidden = true;
    return;
  }
  const risk = worstOf(shown.map((r) => r.risk));
  worst.hidden = false;
  worst.textContent = RISK_BADGE[risk].text;
  worst.style.background = RISK_BADGE[risk].color;
  worst.title = `Worst recent request: ${RISK_LABEL[risk]} risk`;
  worst.dataset.risk = risk;
  list.replaceChildren(...shown.map(recordItem));
}

async function main(): Promise<void> {
  adoptCss(document, CHIP_CSS);
  try {
    const records = await send('history', {});
    const filter = byId<HTMLSelectElement>('filter-provider');
    filter.replaceChildren(h('option', { value: '' }, 'All providers'), ...providersOf(records).map((p) => h('option', { value: p.id }, `${p.name} (${p.count})`)));
    filter.addEventListener('input', () => render(records));
    render(records);
    byId('export-json').addEventListener('click', async () => exportJson(await send('history', {})));
    byId('export-csv').addEventListener('click', async () => exportCsv(await send('history', {})));
  } catch (error) {
    showError(byId('recent'), error);
  }
}

void main();
