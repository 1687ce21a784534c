/**
 * Slack: what a pasted token is and may do, from `auth.test` (https://api.slack.com/methods/auth.test:
 * who and which workspace) and the `x-oauth-scopes` header Slack returns with every Web API answer
 * (https://api.slack.com/authentication/oauth-v2). What Slack does not let a user token list: the apps
 * installed in a workspace or the apps a person authorised; workspace admins see them on the workspace's
 * app management page, and Enterprise Grid org admins can call admin.apps.approved.list
 * (https://api.slack.com/methods/admin.apps.approved.list, scope admin.apps:read).
 * Where the API does allow it: a workspace admin's user token with the `admin` scope may read the
 * workspace's integration log (https://api.slack.com/methods/team.integrationLogs: apps and services
 * added, updated, removed, with their scopes), from which the apps still installed are rebuilt.
 * Token kinds: https://api.slack.com/authentication/token-types; rotation: https://api.slack.com/authentication/rotation.
 */
import { assessScope, redact, worstRisk } from '../core-api.js';
import { flagScopes, sortByRisk, splitScopes, worstOfScopes } from './assess.js';
import { callJson, explained, explainStatus, GrantsApiError, retryAfterText, type ErrorExplainer } from './http.js';
import type { GrantAssessment, GrantsAuditOptions, GrantsAuditReport, GrantsSection, TokenAssessment } from './report.js';

export const SLACK_API = 'https://slack.com';

export interface AuthTestPayload {
  ok?: boolean;
  error?: string;
  url?: string;
  team?: string;
  user?: string;
  team_id?: string;
  user_id?: string;
  bot_id?: string;
  enterprise_id?: string;
  is_enterprise_install?: boolean;
}

const UNAUTHORIZED = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'not_allowed_token_type']);

export const explainSlackError: ErrorExplainer = (status, body, headers, what) => {
  const code = typeof (body as AuthTestPayload | undefined)?.error === 'string' ? (body as AuthTestPayload).error : undefined;
  if (status === 429) return explained('rate-limited', `Slack's rate limit stopped ${what} (429)${retryAfterText(headers)}.`, status, code);
  return explainStatus('Slack', status, headers, what, code);
};

/** Slack answers 200 with `ok: false`: that is an error too. */
function explainNotOk(code: string | undefined, what: string): ReturnType<typeof explained> {
  if (code && UNAUTHORIZED.has(code)) return explained('unauthorized', `Slack rejected the token while ${what}: it is wrong, revoked or expired.`, 200, code);
  if (code === 'ratelimited') return explained('rate-limited', `Slack's rate limit stopped ${what}.`, 200, code);
  return explained('other', `Slack refused ${what}.`, 200, code);
}

/** One entry of team.integrationLogs (the fields the audit reads). */
export interface IntegrationLogPayload {
  app_id?: string;
  app_type?: string;
  service_id?: string | number;
  service_type?: string;
  change_type?: string;
  scope?: string;
  user_name?: string;
  date?: string;
}

const MAX_LOG_PAGES = 5;

/**
 * The apps still installed, rebuilt from the log oldest first: added/enabled/updated/expanded keep an app
 * (with every scope it was ever given: an update may only list the new ones), removed drops it.
 */
export function installedFromLogs(logs: readonly IntegrationLogPayload[]): GrantAssessment[] {
  const apps = new Map<string, { name: string; scopes: Set<string>; by?: string; disabled: boolean }>();
  const ordered = [...logs].sort((a, b) => Number(a.date ?? 0) - Number(b.date ?? 0));
  for (const log of ordered) {
    const key = log.app_id ? `app:${log.app_id}` : log.service_id !== undefined ? `service:${log.service_id}` : undefined;
    if (!key) continue;
    if (log.change_type === 'removed') {
      apps.delete(key);
      continue;
    }
    const app = apps.get(key) ?? { name: log.service_type ?? (log.app_id ? `app ${log.app_id}` : `service ${log.service_id}`), scopes: new Set<string>(), disabled: false };
    for (const scope of splitScopes(log.scope, /,/)) app.scopes.add(scope);
    if (log.user_name) app.by = log.user_name;
    app.disabled = log.change_type === 'disabled' ? true : log.change_type === 'enabled' ? false : app.disabled;
    apps.set(key, app);
  }
  return sortByRisk(
    [...apps.entries()].map(([key, app]) => {
      const scopes = sortByRisk([...app.scopes].map((s) => assessScope('slack', s)));
      const grant: GrantAssessment = { id: key, app: app.name, audience: 'the workspace', scopes, risk: app.disabled ? 'low' : worstOfScopes(scopes), flags: app.disabled ? ['disabled'] : flagScopes(scopes) };
      if (key.startsWith('app:')) grant.appId = key.slice(4);
      if (app.by) grant.publisher = `added by ${app.by}`;
      return grant;
    }),
  );
}

async function integrationLogs(base: string, token: string, doFetch?: typeof fetch): Promise<GrantsSection> {
  const section: GrantsSection = { id: 'workspace-apps', title: 'Apps installed in the workspace (from its integration log)' };
  const what = 'reading the workspace’s integration log (team.integrationLogs)';
  const logs: IntegrationLogPayload[] = [];
  try {
    for (let page = 1; page <= MAX_LOG_PAGES; page++) {
      const answer = await callJson<{ ok?: boolean; error?: string; logs?: IntegrationLogPayload[]; paging?: { pages?: number } }>(`${base}/api/team.integrationLogs`, what, explainSlackError, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ count: '100', page: String(page) }).toString(),
        fetch: doFetch,
      });
      if (answer.data.ok !== true) throw new GrantsApiError(explainNotOk(answer.data.error, what));
      if (Array.isArray(answer.data.logs)) logs.push(...answer.data.logs);
      if (!(Number(answer.data.paging?.pages) > page)) break;
    }
    section.grants = installedFromLogs(logs);
  } catch (error) {
    if (!(error instanceof GrantsApiError)) throw error;
    section.error = error.explained;
  }
  return section;
}

export function slackTokenKind(token: string): Pick<TokenAssessment, 'label' | 'lifetime'> {
  if (/^xoxe\.xox[bp]-/.test(token)) return { label: 'Slack rotating token', lifetime: 'short-lived' };
  if (token.startsWith('xoxp-')) return { label: 'Slack user token', lifetime: 'long-lived' };
  if (token.startsWith('xoxb-')) return { label: 'Slack bot token', lifetime: 'long-lived' };
  return { label: 'Slack token', lifetime: 'unknown' };
}

/** The workspace's app page, only for a URL that is really a Slack workspace. */
function appsPage(url: string | undefined): string | undefined {
  return url && /^https:\/\/[a-z0-9-]{1,63}(\.enterprise)?\.slack\.com\/$/.test(url) ? `${url}apps/manage` : undefined;
}

export async function auditSlackToken(token: string, options: GrantsAuditOptions = {}): Promise<GrantsAuditReport> {
  const base = (options.baseUrl ?? SLACK_API).replace(/\/$/, '');
  const now = options.now?.() ?? new Date();
  const kind = slackTokenKind(token);
  const report: GrantsAuditReport = {
    provider: 'slack',
    providerName: 'Slack',
    time: now.toISOString(),
    redactedToken: redact(token),
    sections: [],
    cannotList: [{ text: 'Slack’s Web API gives an ordinary user token no way to list the apps installed in a workspace or the apps you authorised. A workspace admin’s token with the admin scope reads the integration log (listed above when it does); admins also see the apps on the workspace’s app management page; Enterprise Grid org admins can use admin.apps.approved.list (admin.apps:read).' }],
    risk: 'low',
  };
  const what = 'checking the token (auth.test)';
  try {
    const answer = await callJson<AuthTestPayload>(`${base}/api/auth.test`, what, explainSlackError, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
      fetch: options.fetch,
    });
    if (answer.data.ok !== true) throw new GrantsApiError(explainNotOk(answer.data.error, what));
    const scopes = sortByRisk(splitScopes(answer.headers.get('x-oauth-scopes'), /,/).map((s) => assessScope('slack', s)));
    const d = answer.data;
    if (d.user || d.team) report.identity = `${d.user ?? '?'} on ${d.team ?? '?'}${d.bot_id ? ' (a bot)' : ''}`;
    report.token = { ...kind, scopes, risk: worstOfScopes(scopes) };
    const flags = flagScopes(scopes);
    if (kind.lifetime === 'long-lived') flags.push('the token does not expire: turn on token rotation for the app, or revoke it when no longer needed');
    if (!scopes.length) flags.push('Slack returned no x-oauth-scopes header, so the scopes are unknown');
    report.sections.push({ id: 'token-grant', title: 'What this token may do', grants: [{ id: d.user_id ?? d.bot_id ?? 'token', app: kind.label, audience: d.bot_id ? 'the bot' : 'you', resource: d.team ?? d.url ?? 'Slack', scopes, risk: report.token.risk, flags }] });
    const page = appsPage(d.url);
    if (page) report.cannotList.push({ text: 'This workspace’s installed apps:', link: page });
    // Only an admin's token with the `admin` scope may read the log: no call is made that must fail.
    if (scopes.some((s) => s.scope === 'admin')) report.sections.push(await integrationLogs(base, token, options.fetch));
    report.risk = worstRisk(report.sections.flatMap((s) => s.grants ?? []).map((g) => g.risk));
  } catch (error) {
    if (!(error instanceof GrantsApiError)) throw error;
    report.error = error.explained;
  }
  return report;
}
