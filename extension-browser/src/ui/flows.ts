/**
 * The flow findings of a record (admin consent, bot permissions, implicit grant, missing PKCE…), each
 * with its risk in words beside the sentence, worst first, so a "Weak flow" line says how weak. Records
 * kept before flows were stored carry the sentences only: those are shown without a risk, as "not rated".
 */
import type { AuthorizationRecord, RecordFlow } from '../model/record.js';
import { RISK_LABEL, riskRank } from '../model/risk-style.js';

export interface ShownFlow {
  id?: string;
  risk?: RecordFlow['risk'];
  message: string;
}

export function recordFlows(record: Pick<AuthorizationRecord, 'flows' | 'flowRisks'>): ShownFlow[] {
  if (!record.flows) return record.flowRisks.map((message) => ({ message }));
  return [...record.flows].sort((a, b) => riskRank(b.risk) - riskRank(a.risk));
}

/** `ul.facts.flow-risks`, one item per flow: a compact risk chip (the chip CSS of chips.ts) and the sentence. */
export function flowList(doc: Document, flows: readonly ShownFlow[]): HTMLElement | undefined {
  if (!flows.length) return undefined;
  const list = doc.createElement('ul');
  list.className = 'facts flow-risks';
  for (const flow of flows) {
    const li = doc.createElement('li');
    li.dataset.risk = flow.risk ?? 'unrated';
    if (flow.id) li.dataset.flow = flow.id;
    const chip = doc.createElement('span');
    chip.className = flow.risk ? `chip compact flow-risk risk-${flow.risk}` : 'chip compact flow-risk';
    const label = doc.createElement('span');
    label.className = 'risk';
    label.textContent = flow.risk ? RISK_LABEL[flow.risk] : 'not rated';
    chip.append(label);
    li.append(chip, ` ${flow.message}`);
    list.append(li);
  }
  return list;
}
