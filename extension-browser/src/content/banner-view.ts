/**
 * The banner's DOM, built from a record with text nodes only. It lives in a shadow root, so page CSS
 * cannot reach it; `role="alert"` announces it; every control is a native button or details element.
 */
import { hasPageFindings } from '../consent-page/compare.js';
import type { ConsentPageReport, RatedPagePermission } from '../consent-page/page-risk.js';
import type { BannerView } from '../messages.js';
import { groupedReasonTexts } from '../model/reason-groups.js';
import { RISK_BADGE, RISK_LABEL, riskRank } from '../model/risk-style.js';
import { CHIP_CSS, chipList } from '../ui/chips.js';
import { sourceText } from '../ui/describe.js';
import { flowList, recordFlows } from '../ui/flows.js';

export const BANNER_CSS = `
:host { all: initial; }
.banner { box-sizing: border-box; margin: 8px auto; max-width: 960px; width: calc(100% - 16px); max-height: 70vh; overflow: auto;
  background: #fff; color: #202124; border: 2px solid var(--risk); border-left-width: 8px; border-radius: 8px;
  box-shadow: 0 4px 16px rgb(0 0 0 / 25%); padding: 10px 14px; font: 14px/1.45 system-ui, sans-serif; }
.banner.verdict-warn { background: #fff8e1; border-color: #b3420e; }
.banner:focus { outline: 3px solid #0b57d0; outline-offset: 2px; }
header { display: flex; gap: 12px; align-items: flex-start; justify-content: space-between; }
h2 { font: 700 15px/1.35 system-ui, sans-serif; margin: 0 0 4px; }
.overall { color: var(--risk); }
p { margin: 4px 0; }
ul.facts { margin: 4px 0; padding-left: 20px; }
ul.flow-risks li { margin: 2px 0; }
.chip.flow-risk { display: inline-flex; padding: 0 6px; }
code { font: 12px/1.35 ui-monospace, monospace; word-break: break-all; }
.verdict { font-weight: 600; }
.verdict-warn .verdict { color: #8a3300; }
button { font: inherit; border: 1px solid #5f6368; background: #fff; color: #202124; border-radius: 6px; padding: 2px 10px; cursor: pointer; }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.section-title { font-weight: 600; margin-top: 8px; }
${CHIP_CSS}
`;

export function shouldShowBanner(view: BannerView, page?: ConsentPageReport): boolean {
  if (view.record.verdict.action !== 'allow' || riskRank(view.record.risk) >= riskRank(view.bannerMinRisk)) return true;
  // The page grants more than the request shows, and that is at or above the threshold.
  return !!page && [...page.extra, ...page.revealed].some((p) => !p.rated || riskRank(p.risk) >= riskRank(view.bannerMinRisk));
}

function pagePermissionList(doc: Document, title: string, items: readonly RatedPagePermission[], kind: string): HTMLElement[] {
  if (!items.length) return [];
  const list = el(doc, 'ul', undefined, `facts page-${kind}`);
  for (const item of items) {
    const li = el(doc, 'li');
    li.dataset.scopes = item.scopes.join(' ');
    li.dataset.risk = item.rated ? item.risk : 'unrated';
    li.append(`“${item.wording}”: `, el(doc, 'code', item.scopes.join(', ')), ` (${item.rated ? RISK_LABEL[item.risk] : 'not rated'})`);
    list.append(li);
  }
  return [el(doc, 'p', title, 'section-title'), list];
}

/** What the consent page itself shows, against the request (content/consent-page.ts). */
function pageSection(doc: Document, view: BannerView, page: ConsentPageReport | undefined): HTMLElement[] {
  if (!hasPageFindings(page?.comparison)) return [];
  const section = el(doc, 'div', undefined, 'page-reading');
  section.dataset.effectiveRisk = page!.effectiveRisk;
  section.append(
    ...pagePermissionList(doc, 'This page grants more than the request names (an earlier grant or the app’s registered permissions):', page!.extra, 'extra'),
    ...pagePermissionList(doc, 'The request asks for everything the app registered (.default); this page shows what that is:', page!.revealed, 'revealed'),
    ...pagePermissionList(doc, 'Unticked on this page: the app will not get them:', page!.unticked, 'unticked'),
  );
  const changed = page!.effectiveRisk !== view.record.risk;
  section.append(el(doc, 'p', `As this page stands, the worst permission granted is ${RISK_LABEL[page!.effectiveRisk]}${changed ? ` (the request alone: ${RISK_LABEL[view.record.risk]})` : ''}.${page!.comparison.truncated ? ' The page lists more than Secret Hygiene reads; check the rest yourself.' : ''}`, 'effective'));
  return [section];
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function facts(doc: Document, title: string, items: readonly string[], className: string): HTMLElement[] {
  if (!items.length) return [];
  const list = el(doc, 'ul', undefined, `facts ${className}`);
  for (const item of items) list.append(el(doc, 'li', item));
  return [el(doc, 'p', title, 'section-title'), list];
}

export function buildBanner(doc: Document, view: BannerView, onDismiss: () => void, page?: ConsentPageReport): HTMLElement {
  const { record } = view;
  const banner = el(doc, 'section', undefined, `banner verdict-${record.verdict.action}`);
  banner.style.setProperty('--risk', RISK_BADGE[record.risk].color);
  banner.setAttribute('role', 'alert');
  banner.setAttribute('aria-labelledby', 'sh-title');
  banner.tabIndex = -1;
  banner.dataset.risk = record.risk;
  banner.dataset.verdict = record.verdict.action;

  const title = el(doc, 'h2');
  title.id = 'sh-title';
  title.append(`Secret Hygiene: ${record.providerName} authorization request. Overall risk: `, el(doc, 'span', RISK_LABEL[record.risk], 'overall'));
  const dismiss = el(doc, 'button', 'Dismiss', 'dismiss');
  dismiss.type = 'button';
  dismiss.setAttribute('aria-label', 'Dismiss the Secret Hygiene banner');
  dismiss.addEventListener('click', onDismiss);
  const header = el(doc, 'header');
  header.append(title, dismiss);
  banner.append(header);

  const app = el(doc, 'p', undefined, 'app');
  app.append('App: ');
  if (record.appName) app.append(el(doc, 'strong', record.appName), ' (as this page names it), ');
  app.append('client id ', el(doc, 'code', record.clientId ?? 'none'));
  if (record.redirectOrigin) app.append(', returns to ', el(doc, 'code', record.redirectOrigin));
  banner.append(app);

  const verdict = el(doc, 'p', undefined, 'verdict');
  if (record.verdict.action === 'allow') verdict.textContent = 'Policy: no rule is violated.';
  else {
    verdict.textContent = `Policy ${record.verdict.action === 'block' ? 'blocks' : 'warns about'} this request: ${groupedReasonTexts(record.verdict.reasons).join('; ')}.`;
    if (record.verdict.source) verdict.append(` Set by ${sourceText(record.verdict.source)}.`);
  }
  banner.append(verdict);

  if (record.scopes.length) {
    banner.append(el(doc, 'p', `Requested scopes (${record.scopes.length}); open one for what it grants and the narrower alternative:`, 'section-title'));
    banner.append(chipList(doc, record.scopes, 'expandable'));
  }
  banner.append(...facts(doc, 'Long-lived grant:', record.longLivedSignals, 'long-lived'));
  const flows = flowList(doc, recordFlows(record));
  if (flows) banner.append(el(doc, 'p', 'Weak flow:', 'section-title'), flows);
  banner.append(...facts(doc, 'Note:', record.notes, 'notes'));
  banner.append(...pageSection(doc, view, page));
  banner.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') onDismiss();
  });
  return banner;
}
