/** The toolbar popup: the most recent authorization requests, the worst one's colour, and links. */
import { RISK_BADGE, RISK_LABEL, worstOf } from '../model/risk-style.js';
import { send } from '../send.js';
import { adoptCss, CHIP_CSS } from '../ui/chips.js';
import { byId, h, showError } from '../ui/element.js';
import { recordItem } from '../ui/record-view.js';
import { exportCsv, exportJson } from './history-export.js';

const RECENT = 10;

async function main(): Promise<void> {
  adoptCss(document, CHIP_CSS);
  const list = byId('recent');
  try {
    const records = await send('recent-requests', { limit: RECENT });
    const worst = byId('worst');
    if (!records.length) {
      list.replaceChildren(h('p', { class: 'muted' }, 'No authorization requests seen yet. Open an app’s “Connect” or “Sign in with” page to see its scopes rated here.'));
      worst.hidden = true;
    } else {
      const risk = worstOf(records.map((r) => r.risk));
      worst.textContent = RISK_BADGE[risk].text;
      worst.style.background = RISK_BADGE[risk].color;
      worst.title = `Worst recent request: ${RISK_LABEL[risk]} risk`;
      worst.dataset.risk = risk;
      list.replaceChildren(...records.map(recordItem));
    }
    byId('export-json').addEventListener('click', async () => exportJson(await send('history', {})));
    byId('export-csv').addEventListener('click', async () => exportCsv(await send('history', {})));
  } catch (error) {
    showError(list, error);
  }
}

void main();
