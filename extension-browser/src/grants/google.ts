/**
 * Google: what a pasted access token may do, from the tokeninfo endpoint
 * (https://developers.google.com/identity/protocols/oauth2/javascript-implicit-flow#tokeninfo-validation:
 * it answers `azp`, `aud`, `scope`, `exp`, `expires_in`, `email`; an unknown or expired token is a 400
 * `invalid_token`). The token is POSTed as a form field, as the CLI's verifier does, so it is never
 * part of a URL that could be logged. Google offers no API that
 * lists the third-party apps a person connected: the report links to the page that does
 * (https://myaccount.google.com/connections); Workspace administrators can list a user's tokens with the
 * Admin SDK (https://developers.google.com/admin-sdk/directory/reference/rest/v1/tokens/list).
 */
import { assessScope, redact } from '../core-api.js';
import { flagScopes, sortByRisk, splitScopes, worstOfScopes } from './assess.js';
import { callJson, explained, explainStatus, GrantsApiError, type ErrorExplainer } from './http.js';
import type { GrantsAuditOptions, GrantsAuditReport } from './report.js';

export const GOOGLE_TOKENINFO_API = 'https://oauth2.googleapis.com';
export const GOOGLE_CONNECTIONS_PAGE = 'https://myaccount.google.com/connections';

export interface TokenInfoPayload {
  azp?: string;
  aud?: string;
  sub?: string;
  scope?: string;
  exp?: string;
  expires_in?: string;
  email?: string;
  access_type?: string;
}

export const explainGoogleError: ErrorExplainer = (status, body, headers, what) => {
  const b = body as { error?: unknown; error_description?: unknown } | undefined;
  const said = [b?.error, b?.error_description].filter((v) => typeof v === 'string').join(': ') || undefined;
  if (status === 400 && b?.error === 'invalid_token') {
    return explained('unauthorized', `Google does not know this token while ${what}: it expired (access tokens last an hour), was revoked, or is not an access token.`, status, said);
  }
  return explainStatus('Google', status, headers, what, said);
};

export async function auditGoogleToken(token: string, options: GrantsAuditOptions = {}): Promise<GrantsAuditReport> {
  const base = (options.baseUrl ?? GOOGLE_TOKENINFO_API).replace(/\/$/, '');
  const now = options.now?.() ?? new Date();
  const report: GrantsAuditReport = {
    provider: 'google',
    providerName: 'Google',
    time: now.toISOString(),
    redactedToken: redact(token),
    sections: [],
    cannotList: [
      { text: 'Google has no API that lists the third-party apps connected to your account; review and remove them on your Google Account’s “Third-party apps & services” page.', link: GOOGLE_CONNECTIONS_PAGE },
      { text: 'Workspace administrators can list a user’s app tokens with the Admin SDK Directory API (tokens.list).', link: 'https://developers.google.com/admin-sdk/directory/reference/rest/v1/tokens/list' },
    ],
    risk: 'low',
  };
  // A refresh token (`1//…`) cannot be inspected, and must not be sent where it is not needed.
  if (/^1\/\//.test(token)) {
    report.error = explained('other', 'This is a Google refresh token: it never expires on its own and cannot be inspected with tokeninfo. Paste an access token (ya29.…) of the same app instead, and revoke the refresh token if it leaked.');
    return report;
  }
  try {
    const { data } = await callJson<TokenInfoPayload>(`${base}/tokeninfo`, 'reading the token (tokeninfo)', explainGoogleError, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ access_token: token }).toString(),
      fetch: options.fetch,
    });
    const scopes = sortByRisk(splitScopes(data.scope, /\s+/).map((s) => assessScope('google', s)));
    const exp = Number(data.exp);
    const expiresAt = Number.isFinite(exp) && exp > 0 ? new Date(exp * 1000).toISOString() : undefined;
    if (data.email) report.identity = data.email;
    report.token = { label: 'Google access token', lifetime: 'short-lived', scopes, risk: worstOfScopes(scopes), ...(expiresAt ? { expiresAt } : {}) };
    const client = data.azp ?? data.aud;
    const flags = flagScopes(scopes);
    if (data.access_type === 'offline') flags.push('issued with access_type=offline: the app also holds a refresh token that does not expire');
    report.sections.push({
      id: 'token-app',
      title: 'The app this token was issued to',
      grants: [{ id: client ?? 'token', app: client ? `OAuth client ${client}` : 'unknown OAuth client', ...(client ? { appId: client } : {}), audience: 'you', scopes, risk: report.token.risk, flags }],
    });
    report.risk = report.token.risk;
  } catch (error) {
    if (!(error instanceof GrantsApiError)) throw error;
    report.error = error.explained;
  }
  return report;
}
