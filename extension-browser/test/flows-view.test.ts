import assert from 'node:assert/strict';
import { resolvePolicy } from '@secret-hygiene/core';
import { classifyNavigation } from '../src/model/classify.js';
import { createRecord } from '../src/model/record.js';
import { flowList, recordFlows } from '../src/ui/flows.js';

/** Just the members flowList uses: elements with a class, data attributes, text and children. */
interface Node {
  tag: string;
  className: string;
  dataset: Record<string, string>;
  textContent: string;
  children: (Node | string)[];
  append(...nodes: (Node | string)[]): void;
}
const fakeDoc = {
  createElement(tag: string): Node {
    const node: Node = { tag, className: '', dataset: {}, textContent: '', children: [], append: (...nodes) => void node.children.push(...nodes) };
    return node;
  },
} as unknown as Document;
const text = (n: Node | string): string => (typeof n === 'string' ? n : n.textContent + n.children.map(text).join(''));

// A Microsoft admin consent for `.default`, no PKCE, redirect to localhost: several flows of different risk.
const ADMIN_CONSENT =
  'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=6731de76-14a6-49ae-97bc-6eba6914391e&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcb';

describe('flows in the record and their risk chips', () => {
  const classified = classifyNavigation(ADMIN_CONSENT, resolvePolicy([]), { genericDetection: false })!;
  const record = createRecord(classified.request, classified.url, classified.verdict, new Date(0), 'r1');

  it('the record carries each flow with its id and risk, in the same order as its sentences', () => {
    assert.ok(record.flows && record.flows.length >= 2, JSON.stringify(record.flows));
    assert.deepEqual(record.flows.map((f) => f.message), record.flowRisks);
    assert.deepEqual(record.flows, classified.request.flows.map(({ id, risk, message }) => ({ id, risk, message })));
    assert.ok(record.flows.some((f) => f.id === 'microsoft-admin-consent' && f.risk === 'critical'), JSON.stringify(record.flows));
    assert.deepEqual(JSON.parse(JSON.stringify(record)).flows, record.flows, 'plain data: survives storage');
  });

  it('each flow is listed with its risk in words, worst first', () => {
    const list = flowList(fakeDoc, recordFlows(record)) as unknown as Node;
    assert.equal(list.className, 'facts flow-risks');
    const items = list.children as Node[];
    assert.equal(items.length, record.flows!.length);
    const rank = { low: 0, medium: 1, high: 2, critical: 3 } as Record<string, number>;
    const risks = items.map((li) => rank[li.dataset.risk!]!);
    assert.deepEqual(risks, [...risks].sort((a, b) => b - a));
    const first = items[0]!;
    assert.equal(first.dataset.flow, 'microsoft-admin-consent');
    assert.equal((first.children[0] as Node).className, 'chip compact flow-risk risk-critical');
    assert.match(text(first), /^Critical /);
  });

  it('a record kept before flows were stored shows its sentences as not rated', () => {
    const { flows: _dropped, ...old } = record;
    const items = (flowList(fakeDoc, recordFlows(old)) as unknown as Node).children as Node[];
    assert.deepEqual(items.map((li) => li.dataset.risk), record.flowRisks.map(() => 'unrated'));
    assert.match(text(items[0]!), /^not rated /);
  });

  it('no flows, no list', () => {
    assert.equal(flowList(fakeDoc, []), undefined);
  });
});
