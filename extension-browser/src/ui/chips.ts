/**
 * Risk chips: one requested scope, its risk in words (never colour alone), what it grants and the
 * narrower alternative. Shared by the banner (inside its shadow root), the popup, the history and the
 * blocked page, so a scope looks the same everywhere. Text only: nothing from a page is parsed as HTML.
 */
import type { RequestedScope, ScopeRisk } from '../core-api.js';
import { RISK_BADGE, RISK_LABEL } from '../model/risk-style.js';

export const CHIP_CSS = `
.chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.chip { border-radius: 6px; border: 1px solid currentColor; font: 13px/1.35 system-ui, sans-serif; max-width: 100%; }
.chip > details > summary, .chip.compact { padding: 3px 8px; cursor: default; display: inline-flex; gap: 6px; align-items: baseline; }
.chip > details > summary { cursor: pointer; }
.chip > details > summary:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.chip .risk { font-weight: 700; text-transform: uppercase; font-size: 11px; letter-spacing: .03em; }
.chip code { font: 12px/1.35 ui-monospace, monospace; word-break: break-all; }
.chip .detail { margin: 0; padding: 0 8px 6px; color: #202124; max-width: 60ch; }
.chip .detail + .detail { padding-top: 0; }
${(Object.keys(RISK_BADGE) as ScopeRisk[]).map((risk) => `.risk-${risk} { color: ${RISK_BADGE[risk].color}; background: ${tint(RISK_BADGE[risk].color)}; }`).join('\n')}
`;

/** A very light background of the risk colour (text keeps the full colour: contrast ≥ 4.5:1). */
function tint(hex: string): string {
  return `${hex}14`;
}

export function riskLabel(doc: Document, risk: ScopeRisk): HTMLElement {
  const span = doc.createElement('span');
  span.className = 'risk';
  span.textContent = RISK_LABEL[risk];
  return span;
}

function scopeText(doc: Document, scope: RequestedScope): HTMLElement {
  const code = doc.createElement('code');
  code.textContent = scope.userToken ? `${scope.scope} (user token)` : scope.scope;
  return code;
}

/** An expandable chip (details/summary: keyboard accessible without script). */
export function scopeChip(doc: Document, scope: RequestedScope): HTMLLIElement {
  const li = doc.createElement('li');
  li.className = `chip risk-${scope.risk}`;
  li.dataset.scope = scope.scope;
  li.dataset.risk = scope.risk;
  const details = doc.createElement('details');
  const summary = doc.createElement('summary');
  summary.append(riskLabel(doc, scope.risk), scopeText(doc, scope));
  details.append(summary, detail(doc, `${scope.known ? '' : '(not in the catalog) '}${scope.reason}`));
  if (scope.narrower) details.append(detail(doc, `Narrower: ${scope.narrower}`));
  li.append(details);
  return li;
}

/** A one-line chip for lists (popup, history); the explanation is its tooltip. */
export function compactChip(doc: Document, scope: RequestedScope): HTMLLIElement {
  const li = doc.createElement('li');
  li.className = `chip compact risk-${scope.risk}`;
  li.dataset.scope = scope.scope;
  li.dataset.risk = scope.risk;
  li.title = scope.narrower ? `${scope.reason}\nNarrower: ${scope.narrower}` : scope.reason;
  li.append(riskLabel(doc, scope.risk), scopeText(doc, scope));
  return li;
}

function detail(doc: Document, text: string): HTMLParagraphElement {
  const p = doc.createElement('p');
  p.className = 'detail';
  p.textContent = text;
  return p;
}

export function chipList(doc: Document, scopes: readonly RequestedScope[], kind: 'expandable' | 'compact'): HTMLUListElement {
  const ul = doc.createElement('ul');
  ul.className = 'chips';
  ul.setAttribute('aria-label', 'Requested scopes');
  for (const scope of scopes) ul.append(kind === 'expandable' ? scopeChip(doc, scope) : compactChip(doc, scope));
  return ul;
}

/** Adds a stylesheet to a document or shadow root (constructable sheets: no inline <style> for page CSPs to block). */
export function adoptCss(root: Document | ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    const style = (root instanceof Document ? root : root.ownerDocument).createElement('style');
    style.textContent = css;
    (root instanceof Document ? root.head : root).append(style);
  }
}
