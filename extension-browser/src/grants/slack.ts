/**
 * Slack: what a pasted token is and may do, from `auth.test` (https://api.slack.com/methods/auth.test:
 * who and which workspace) and the `x-oauth-scopes` header Slack returns with every Web API answer
 * (https://api.slack.com/authentication/oauth-v2). What Slack does not let a user token list: the apps
 * installed in a workspace or the apps a person authorised; workspace admins see them on the workspace's
 * app management page, and Enterprise Grid org admins can call admin.apps.approved.list
 * (https://api.slack.com/methods/admin.apps.approved.list, scope admin.apps:read).
 * Token kinds: https://api.slack.com/authentication/token-types; rotation: https://api.slack.com/authentication/rotation.
 */
import { assessScope, redact } from '../core-api.js';
import { flagScopes, sortByRisk, splitScopes, worstOfScopes } from './assess.js';
import { callJson, explained, explainStatus, GrantsApiError, retryAfterText, type ErrorExplainer } from './http.js';
import type { GrantsAuditOptions, GrantsAuditReport, TokenAssessment } from './report.js';

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
    cannotList: [{ text: 'Slack’s Web API gives a user token no way to list the apps installed in a workspace or the apps you authorised. Workspace admins see them on the workspace’s app management page; Enterprise Grid org admins can use admin.apps.approved.list (admin.apps:read).' }],
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
    report.risk = report.token.risk;
  } catch (error) {
    if (!(error instanceof GrantsApiError)) throw error;
    report.error = error.explained;
  }
  return report;
}
