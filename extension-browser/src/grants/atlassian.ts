/**
 * Atlassian: the sites an OAuth 2.0 (3LO) access token reaches and the scopes it holds on each, from
 * `GET https://api.atlassian.com/oauth/token/accessible-resources`
 * (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/: `id` (cloud id),
 * `name`, `url`, `scopes`). The apps a person authorised are listed on their Atlassian account's
 * "Connected apps" page, which has no API.
 */
import { assessScope, redact, worstRisk } from '../core-api.js';
import { flagScopes, sortByRisk, worstOfScopes } from './assess.js';
import { callJson, explainStatus, GrantsApiError, type ErrorExplainer } from './http.js';
import type { GrantAssessment, GrantsAuditOptions, GrantsAuditReport } from './report.js';

export const ATLASSIAN_API = 'https://api.atlassian.com';
export const ATLASSIAN_CONNECTED_APPS = 'https://id.atlassian.com/manage-profile/apps';
const MAX_SITES = 200;

export interface AccessibleResourcePayload {
  id?: string;
  name?: string;
  url?: string;
  scopes?: unknown;
}

export const explainAtlassianError: ErrorExplainer = (status, body, headers, what) => {
  const b = body as { message?: unknown; code?: unknown } | undefined;
  const said = typeof b?.message === 'string' ? b.message : undefined;
  return explainStatus('Atlassian', status, headers, what, said);
};

export function assessSite(site: AccessibleResourcePayload): GrantAssessment {
  const names = Array.isArray(site.scopes) ? [...new Set(site.scopes.filter((s): s is string => typeof s === 'string'))].slice(0, 500) : [];
  const scopes = sortByRisk(names.map((s) => assessScope('atlassian', s)));
  const flags = flagScopes(scopes);
  const grant: GrantAssessment = { id: site.id ?? site.url ?? '?', app: site.name ?? 'unnamed site', audience: 'you', scopes, risk: worstOfScopes(scopes), flags };
  if (site.url) grant.resource = site.url;
  return grant;
}

export async function auditAtlassianToken(token: string, options: GrantsAuditOptions = {}): Promise<GrantsAuditReport> {
  const base = (options.baseUrl ?? ATLASSIAN_API).replace(/\/$/, '');
  const now = options.now?.() ?? new Date();
  const report: GrantsAuditReport = {
    provider: 'atlassian',
    providerName: 'Atlassian',
    time: now.toISOString(),
    redactedToken: redact(token),
    sections: [],
    cannotList: [{ text: 'Atlassian has no API that lists the apps connected to your account; review and revoke them on your Atlassian account’s “Connected apps” page.', link: ATLASSIAN_CONNECTED_APPS }],
    risk: 'low',
  };
  try {
    const { data } = await callJson<AccessibleResourcePayload[]>(`${base}/oauth/token/accessible-resources`, 'listing the sites this token reaches (GET /oauth/token/accessible-resources)', explainAtlassianError, {
      headers: { authorization: `Bearer ${token}` },
      fetch: options.fetch,
    });
    const sites = (Array.isArray(data) ? data : []).slice(0, MAX_SITES).map(assessSite);
    report.sections.push({ id: 'sites', title: 'Sites this token reaches, and its scopes on each', grants: sortByRisk(sites) });
    report.risk = worstRisk(sites.map((s) => s.risk));
  } catch (error) {
    if (!(error instanceof GrantsApiError)) throw error;
    report.error = error.explained;
  }
  return report;
}
