/** A record as a list item (popup, history). */
import type { AuthorizationRecord } from '../model/record.js';
import { RISK_LABEL } from '../model/risk-style.js';
import { chipList, riskLabel } from './chips.js';
import { timeText, verdictText } from './describe.js';
import { h } from './element.js';
import { flowList, recordFlows } from './flows.js';

export function recordItem(record: AuthorizationRecord): HTMLElement {
  const app = record.appName ? `${record.appName} (client ${record.clientId ?? 'none'})` : `client ${record.clientId ?? 'none'}`;
  const risk = h('span', { class: `overall chip compact risk-${record.risk}`, title: `Overall risk: ${RISK_LABEL[record.risk]}` }, riskLabel(document, record.risk));
  return h(
    'article',
    { class: `record verdict-${record.verdict.action}`, 'data-id': record.id, 'data-provider': record.provider, 'data-risk': record.risk, 'data-verdict': record.verdict.action },
    h('header', {}, risk, h('strong', {}, record.providerName), h('span', { class: 'app' }, app), h('time', { datetime: record.time }, timeText(record.time))),
    record.scopes.length ? chipList(document, record.scopes, 'compact') : h('p', { class: 'muted' }, record.notes[0] ?? 'No scopes in the request.'),
    flowList(document, recordFlows(record)) ?? null,
    record.verdict.action === 'allow' ? null : h('p', { class: 'verdict' }, verdictText(record)),
  );
}
