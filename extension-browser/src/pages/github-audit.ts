/**
 * The GitHub connector audit page: paste a token (kept for this browser session only unless
 * "remember" is ticked), run the audit, read the report. The token field is cleared once handed over.
 */
import type { ExplainedError } from '../github/errors.js';
import type { GitHubAuditReport, Section } from '../github/audit.js';
import type { InstallationAssessment } from '../github/assess.js';
import { RISK_LABEL } from '../model/risk-style.js';
import { send } from '../send.js';
import { adoptCss, chipList, CHIP_CSS, riskLabel } from '../ui/chips.js';
import { byId, h, showError } from '../ui/element.js';

function errorBlock(error: ExplainedError): HTMLElement {
  return h(
    'div',
    { class: 'api-error', 'data-kind': error.kind, role: 'note' },
    h('p', { class: 'error' }, error.message),
    error.githubMessage ? h('p', { class: 'muted' }, `GitHub said: ${error.githubMessage}`) : null,
  );
}

function installationRow(i: InstallationAssessment): HTMLElement {
  return h(
    'article',
    { class: 'record installation', 'data-app': i.appSlug, 'data-risk': i.risk, 'data-flagged': String(i.flags.length > 0) },
    h('header', {}, h('span', { class: `chip compact risk-${i.risk}` }, riskLabel(document, i.risk)), h('strong', {}, i.appSlug), h('span', { class: 'app' }, `on ${i.account}, ${i.repositorySelection === 'all' ? 'all repositories' : 'selected repositories'}${i.suspended ? ', suspended' : ''}`)),
    chipList(document, i.permissions.map((p) => ({ ...p, scope: `${p.permission}: ${p.level}` })), 'compact'),
    i.flags.length ? h('ul', { class: 'flags' }, ...i.flags.map((f) => h('li', {}, f))) : h('p', { class: 'ok' }, 'Not over-scoped.'),
  );
}

function installations(title: string, section: Section<InstallationAssessment[]>, id: string): HTMLElement {
  const body = section.error
    ? errorBlock(section.error)
    : section.value?.length
      ? section.value.map(installationRow)
      : h('p', { class: 'muted' }, 'No installations.');
  return h('section', { class: 'section', id }, h('h2', {}, title), body);
}

function render(report: GitHubAuditReport): HTMLElement[] {
  const t = report.token;
  const tokenSection = h(
    'section',
    { class: 'section', id: 'token-report' },
    h('h2', {}, 'The token'),
    h('p', {}, h('code', {}, report.redactedToken), ` ${t.label}${report.login ? ` of ${report.login}` : ''}: `, h('strong', { 'data-lifetime': t.lifetime }, t.lifetime), t.expiresAt ? `, expires ${t.expiresAt}` : t.lifetime === 'long-lived' ? ', no expiry: it works until revoked' : ''),
    t.classicScopes.length
      ? [h('p', {}, `Classic scopes (X-OAuth-Scopes), overall ${RISK_LABEL[t.risk]}:`), chipList(document, t.classicScopes, 'expandable')]
      : h('p', { class: 'muted' }, 'No classic scopes (fine-grained or GitHub App token, or none granted).'),
  );
  if (report.error) return [h('p', { class: 'muted' }, `Audit of ${report.time}.`), errorBlock(report.error)];
  return [
    h('p', { id: 'overall', 'data-risk': report.risk }, `Audit of ${report.time}. Worst finding: ${RISK_LABEL[report.risk]}.`),
    tokenSection,
    installations('Your GitHub App installations', report.userInstallations, 'user-installations'),
    ...report.organisations.map((o) => installations(`Installations in ${o.org} (you are an owner)`, o.installations, `org-${o.org}`)),
  ];
}

async function refreshStatus(): Promise<void> {
  const status = await send('github-token-status', {});
  byId('token-status').textContent = status.present ? `Token ${status.redacted} is ${status.remembered ? 'remembered on this device' : 'kept for this browser session only'}.` : 'No token.';
  byId<HTMLButtonElement>('forget').disabled = !status.present;
  byId<HTMLButtonElement>('run').disabled = !status.present && !byId<HTMLInputElement>('token').value;
}

async function main(): Promise<void> {
  adoptCss(document, CHIP_CSS);
  const report = byId('report');
  const tokenInput = byId<HTMLInputElement>('token');
  tokenInput.addEventListener('input', () => void refreshStatus());
  byId('form').addEventListener('submit', async (event) => {
    event.preventDefault();
    report.replaceChildren(h('p', { class: 'muted', role: 'status' }, 'Auditing…'));
    try {
      if (tokenInput.value.trim()) {
        await send('github-token-set', { token: tokenInput.value, remember: byId<HTMLInputElement>('remember').checked });
        tokenInput.value = '';
      }
      await refreshStatus();
      report.replaceChildren(...render(await send('github-audit', {})));
    } catch (error) {
      showError(report, error);
    }
  });
  byId('forget').addEventListener('click', async () => {
    await send('github-token-clear', {});
    await refreshStatus();
  });
  await refreshStatus();
}

main().catch((error: unknown) => showError(byId('report'), error));
