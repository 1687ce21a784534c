/** Where a blocked authorization request ends: what was asked, which rule stopped it, and who set it. */
import { groupedReasonTexts } from '../model/reason-groups.js';
import { RISK_LABEL } from '../model/risk-style.js';
import { send } from '../send.js';
import { adoptCss, chipList, CHIP_CSS } from '../ui/chips.js';
import { sourceText } from '../ui/describe.js';
import { byId, h, showError } from '../ui/element.js';

async function main(): Promise<void> {
  adoptCss(document, CHIP_CSS);
  const target = byId('details');
  byId('back').addEventListener('click', () => (history.length > 1 ? history.back() : window.close()));
  try {
    const id = new URLSearchParams(location.search).get('id') ?? '';
    const record = id ? await send('record', { id }) : null;
    if (!record) {
      target.replaceChildren(h('p', {}, 'The request this page was about is no longer in the history.'));
      return;
    }
    const source = record.verdict.source;
    const who = source
      ? source.source === 'managed' || source.source === 'strict-default'
        ? [h('p', { id: 'who' }, `This rule was set by ${sourceText(source)}. Ask your security team if this app needs an exception.`)]
        : [h('p', { id: 'who' }, `This rule was set by ${sourceText(source)}. `, h('a', { href: 'options.html' }, 'Change your rules'))]
      : [];
    target.replaceChildren(
      h('p', {}, `${record.providerName} authorization request for client `, h('code', {}, record.clientId ?? 'none'), record.appName ? ` (${record.appName})` : '', ` at ${record.host}. Overall risk: ${RISK_LABEL[record.risk]}.`),
      h('h2', {}, 'Why it was blocked'),
      h('ul', { id: 'reasons' }, ...groupedReasonTexts(record.verdict.reasons).map((reason) => h('li', {}, reason))),
      ...who,
      h('h2', {}, 'What it asked for'),
      record.scopes.length ? chipList(document, record.scopes, 'expandable') : h('p', { class: 'muted' }, record.notes[0] ?? 'No scopes in the request.'),
    );
  } catch (error) {
    showError(target, error);
  }
}

void main();
