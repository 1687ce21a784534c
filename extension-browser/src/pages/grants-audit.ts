/**
 * The connector audit beyond GitHub: pick a provider, paste a token of your own, read the report. The
 * token goes to the service worker for this one audit and is cleared from the field at once; it is never
 * stored (the access tokens these APIs take last about an hour, and a long-lived Slack token is better
 * not kept at all).
 */
import browser from 'webextension-polyfill';
import { requestApiAccess, type PermissionApi } from '../grants/api-permission.js';
import type { GrantAssessment, GrantsAuditReport, GrantsProvider, GrantsSection, ExplainedApiError } from '../grants/report.js';
import { RISK_LABEL } from '../model/risk-style.js';
import { send } from '../send.js';
import { adoptCss, chipList, CHIP_CSS, riskLabel } from '../ui/chips.js';
import { byId, h, showError } from '../ui/element.js';

const HINTS: Record<GrantsProvider, string> = {
  microsoft: 'A Microsoft Graph access token, for example from Graph Explorer’s “Access token” tab; listing grants needs DelegatedPermissionGrant.Read.All or Directory.Read.All.',
  google: 'A Google access token (ya29.…), for example from the OAuth 2.0 Playground. Google cannot list your connected apps through an API: the report links to the page that does.',
  slack: 'A Slack user (xoxp-) or bot (xoxb-) token. Slack shows what the token may do; it cannot list the apps installed in the workspace.',
  atlassian: 'An Atlassian OAuth 2.0 (3LO) access token: the report lists the sites it reaches and its scopes on each.',
};

function errorBlock(error: ExplainedApiError): HTMLElement {
  return h('div', { class: 'api-error', 'data-kind': error.kind, role: 'note' }, h('p', { class: 'error' }, error.message), error.providerMessage ? h('p', { class: 'muted' }, `The provider said: ${error.providerMessage}`) : null);
}

function grantRow(g: GrantAssessment): HTMLElement {
  const about = [g.audience ? `for ${g.audience}` : '', g.resource ? `on ${g.resource}` : '', g.publisher ? `published by ${g.publisher}${g.verifiedPublisher ? ' (verified)' : ''}` : ''].filter(Boolean).join(', ');
  return h(
    'article',
    { class: 'record grant', 'data-app': g.app, 'data-risk': g.risk, 'data-flagged': String(g.flags.length > 0), 'data-audience': g.audience ?? '' },
    h('header', {}, h('span', { class: `chip compact risk-${g.risk}` }, riskLabel(document, g.risk)), h('strong', {}, g.app), h('span', { class: 'app' }, about)),
    g.scopes.length ? chipList(document, g.scopes, 'compact') : h('p', { class: 'muted' }, 'No scopes reported.'),
    g.flags.length ? h('ul', { class: 'flags' }, ...g.flags.map((f) => h('li', {}, f))) : h('p', { class: 'ok' }, 'Not over-scoped.'),
  );
}

function sectionBlock(s: GrantsSection): HTMLElement {
  const body = s.error ? errorBlock(s.error) : s.grants?.length ? s.grants.map(grantRow) : h('p', { class: 'muted' }, 'None.');
  return h('section', { class: 'section', id: s.id }, h('h2', {}, s.title), body);
}

function render(report: GrantsAuditReport): HTMLElement[] {
  const head = h('p', { id: 'overall', 'data-risk': report.risk, 'data-provider': report.provider }, `${report.providerName} audit of ${report.time} with token `, h('code', {}, report.redactedToken), report.identity ? ` of ${report.identity}` : '', report.error ? '.' : `. Worst finding: ${RISK_LABEL[report.risk]}.`);
  const cannot = h('section', { class: 'section', id: 'cannot-list' }, h('h2', {}, 'What the API cannot show'), h('ul', {}, ...report.cannotList.map((c) => h('li', {}, c.text, c.link ? [' ', h('a', { href: c.link, target: '_blank', rel: 'noopener noreferrer' }, c.link)] : null))));
  if (report.error) return [head, errorBlock(report.error), cannot];
  const t = report.token;
  const token = t
    ? h('section', { class: 'section', id: 'token-report' }, h('h2', {}, 'The token'), h('p', {}, `${t.label}: `, h('strong', { 'data-lifetime': t.lifetime }, t.lifetime), t.expiresAt ? `, expires ${t.expiresAt}` : ''), t.scopes.length ? chipList(document, t.scopes, 'expandable') : h('p', { class: 'muted' }, 'No scopes reported.'))
    : null;
  return [head, ...(token ? [token] : []), ...report.sections.map(sectionBlock), cannot];
}

/** The browser's permission API as the audit needs it (optional host permissions from the manifest). */
const permissionApi: PermissionApi = {
  request: (permissions) => browser.permissions.request(permissions),
  optionalOrigins: () => (browser.runtime.getManifest() as { optional_host_permissions?: string[] }).optional_host_permissions ?? [],
};

async function main(): Promise<void> {
  adoptCss(document, CHIP_CSS);
  const provider = byId<HTMLSelectElement>('provider');
  const token = byId<HTMLInputElement>('token');
  const report = byId('report');
  const hint = () => (byId('hint').textContent = HINTS[provider.value as GrantsProvider] ?? '');
  provider.addEventListener('change', hint);
  hint();
  byId('form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = token.value;
    token.value = '';
    if (!value.trim()) return showError(report, new TypeError('paste a token first'));
    const chosen = provider.value as GrantsProvider;
    // Asked before any await: the browser grants host access only during the click (user gesture).
    const access = requestApiAccess(chosen, permissionApi);
    report.replaceChildren(h('p', { class: 'muted', role: 'status' }, 'Waiting for your permission to reach the provider’s API…'));
    try {
      await access;
      report.replaceChildren(h('p', { class: 'muted', role: 'status' }, 'Auditing…'));
      report.replaceChildren(...render(await send('grants-audit', { provider: chosen, token: value })));
    } catch (error) {
      if ((error as Error)?.name === 'ApiAccessRefusedError') report.replaceChildren(h('p', { class: 'error', id: 'permission-refused', role: 'alert' }, (error as Error).message));
      else showError(report, error);
    }
  });
}

main().catch((error: unknown) => showError(byId('report'), error));
