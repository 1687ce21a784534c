/**
 * Microsoft: the delegated permission grants of the signed-in user and the apps they are assigned to,
 * through Microsoft Graph v1.0 with the user's own access token (for example from Graph Explorer).
 * - GET /me (who): https://learn.microsoft.com/graph/api/user-get
 * - GET /me/oauth2PermissionGrants: https://learn.microsoft.com/graph/api/user-list-oauth2permissiongrants;
 *   each grant's `clientId` and `resourceId` are service principal object ids, `consentType`
 *   `AllPrincipals` (admin consent for everyone) or `Principal` (this user), `scope` space-separated
 *   (https://learn.microsoft.com/graph/api/resources/oauth2permissiongrant).
 * - GET /me/appRoleAssignments: https://learn.microsoft.com/graph/api/user-list-approleassignments
 * - GET /servicePrincipals/{id}: the app's name, appId, publisher and app roles
 *   (https://learn.microsoft.com/graph/api/serviceprincipal-get).
 * Paging follows `@odata.nextLink` only while it stays on the same API root (the token goes nowhere else).
 */
import { assessScope, heuristicAssessment, redact, worstRisk, type ScopeAssessment } from '../core-api.js';
import { flagScopes, oneStepWorse, sortByRisk, splitScopes, worstOfScopes } from './assess.js';
import { callJson, explained, explainStatus, GrantsApiError, type ErrorExplainer } from './http.js';
import type { GrantAssessment, GrantsAuditOptions, GrantsAuditReport, GrantsSection } from './report.js';

export const GRAPH_API = 'https://graph.microsoft.com';
/** Microsoft Graph's own appId: its permissions are the ones core's Microsoft catalog rates. */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const MAX_PAGES = 10;
const MAX_SERVICE_PRINCIPALS = 100;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFAULT_ACCESS_ROLE = '00000000-0000-0000-0000-000000000000';

export interface PermissionGrantPayload {
  id?: string;
  clientId?: string;
  consentType?: string;
  principalId?: string | null;
  resourceId?: string;
  scope?: string;
}

export interface AppRoleAssignmentPayload {
  id?: string;
  appRoleId?: string;
  resourceId?: string;
  resourceDisplayName?: string;
}

export interface ServicePrincipalPayload {
  id?: string;
  appId?: string;
  displayName?: string;
  publisherName?: string | null;
  verifiedPublisher?: { displayName?: string | null; verifiedPublisherId?: string | null } | null;
  appRoles?: { id?: string; value?: string | null; displayName?: string | null }[];
}

export const explainGraphError: ErrorExplainer = (status, body, headers, what) => {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const code = typeof error?.code === 'string' ? error.code : undefined;
  const message = typeof error?.message === 'string' ? error.message : undefined;
  const said = [code, message].filter(Boolean).join(': ') || undefined;
  if (status === 401) return explained('unauthorized', `Microsoft Graph rejected the token while ${what} (401): it is expired (Graph access tokens last about an hour), revoked, or not a Graph token.`, status, said);
  return explainStatus('Microsoft Graph', status, headers, what, said, 'Listing permission grants needs a token with DelegatedPermissionGrant.Read.All or Directory.Read.All; a tenant may also forbid it.');
};

/** Rates one grant: Graph permissions by the catalog, other APIs' by their names only (marked unknown). */
export function assessPermissionGrant(grant: PermissionGrantPayload, client: ServicePrincipalPayload | undefined, resource: ServicePrincipalPayload | undefined): GrantAssessment {
  const isGraph = resource?.appId === GRAPH_APP_ID;
  const resourceName = resource?.displayName ?? (grant.resourceId ? `API ${grant.resourceId}` : 'an unknown API');
  const scopes: ScopeAssessment[] = sortByRisk(
    splitScopes(grant.scope, /\s+/).map((scope) => (isGraph ? assessScope('microsoft', scope) : { ...heuristicAssessment(scope), reason: `a permission of ${resourceName}; ${heuristicAssessment(scope).reason}` })),
  );
  const everyone = grant.consentType === 'AllPrincipals';
  const flags = flagScopes(scopes);
  let risk = worstOfScopes(scopes);
  if (everyone && scopes.length) {
    flags.push('granted for every user in the tenant (admin consent): it can act as anyone who signs in to it; revoke it in Enterprise applications if no one needs it');
    if (risk !== 'low') risk = oneStepWorse(risk);
  }
  if (scopes.some((s) => s.scope.toLowerCase() === 'offline_access')) flags.push('offline_access: it holds a refresh token and keeps this access while you are away');
  const verified = !!client?.verifiedPublisher?.verifiedPublisherId;
  if (!verified && risk !== 'low' && client) flags.push('its publisher is not verified by Microsoft');
  const out: GrantAssessment = {
    id: grant.id ?? `${grant.clientId}:${grant.resourceId}`,
    app: client?.displayName ?? `app ${grant.clientId ?? '?'}`,
    audience: everyone ? 'everyone in the tenant' : 'you',
    resource: resourceName,
    scopes,
    risk,
    flags,
    verifiedPublisher: verified,
  };
  if (client?.appId) out.appId = client.appId;
  const publisher = client?.verifiedPublisher?.displayName ?? client?.publisherName;
  if (publisher) out.publisher = publisher;
  return out;
}

/** An app the user is assigned to, with the role they hold in it (a role name says little: rated by its words). */
export function assessAppRoleAssignment(assignment: AppRoleAssignmentPayload, resource: ServicePrincipalPayload | undefined): GrantAssessment {
  const role = assignment.appRoleId === DEFAULT_ACCESS_ROLE ? undefined : resource?.appRoles?.find((r) => r.id === assignment.appRoleId);
  const roleName = role?.value ?? role?.displayName ?? (assignment.appRoleId === DEFAULT_ACCESS_ROLE ? 'default access' : `role ${assignment.appRoleId ?? '?'}`);
  const scopes = [roleName === 'default access' ? { scope: roleName, risk: 'low' as const, reason: 'signed-in access with no particular app role', known: true } : heuristicAssessment(roleName)];
  const out: GrantAssessment = { id: assignment.id ?? `${assignment.resourceId}:${assignment.appRoleId}`, app: assignment.resourceDisplayName ?? resource?.displayName ?? `app ${assignment.resourceId ?? '?'}`, audience: 'you', scopes, risk: worstOfScopes(scopes), flags: flagScopes(scopes) };
  if (resource?.appId) out.appId = resource.appId;
  return out;
}

async function listAll<T>(base: string, path: string, token: string, what: string, doFetch?: typeof fetch): Promise<T[]> {
  const items: T[] = [];
  let url: string | undefined = `${base}${path}`;
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const answer: { data: { value?: T[]; '@odata.nextLink'?: string } } = await callJson(url, what, explainGraphError, { headers: { authorization: `Bearer ${token}` }, fetch: doFetch });
    if (Array.isArray(answer.data.value)) items.push(...answer.data.value);
    const next = answer.data['@odata.nextLink'];
    url = typeof next === 'string' && next.startsWith(`${base}/`) ? next : undefined;
  }
  return items;
}

async function section(id: string, title: string, run: () => Promise<GrantAssessment[]>): Promise<GrantsSection> {
  try {
    return { id, title, grants: sortByRisk(await run()) };
  } catch (error) {
    if (error instanceof GrantsApiError) return { id, title, error: error.explained };
    throw error;
  }
}

export async function auditMicrosoftGrants(token: string, options: GrantsAuditOptions = {}): Promise<GrantsAuditReport> {
  const base = (options.baseUrl ?? GRAPH_API).replace(/\/$/, '');
  const now = options.now?.() ?? new Date();
  const auth = { authorization: `Bearer ${token}` };
  const report: GrantsAuditReport = {
    provider: 'microsoft',
    providerName: 'Microsoft',
    time: now.toISOString(),
    redactedToken: redact(token),
    sections: [],
    cannotList: [
      { text: 'Grants you gave with a personal Microsoft account are listed on its privacy page, not through Graph.', link: 'https://account.live.com/consent/Manage' },
      { text: 'Your organisation’s apps and their consents, as you see them:', link: 'https://myapps.microsoft.com' },
    ],
    risk: 'low',
  };
  try {
    const me = await callJson<{ userPrincipalName?: string; mail?: string; displayName?: string }>(`${base}/v1.0/me?$select=displayName,userPrincipalName,mail`, 'reading who the token belongs to (GET /me)', explainGraphError, { headers: auth, fetch: options.fetch });
    const who = me.data.userPrincipalName ?? me.data.mail;
    if (who) report.identity = who;
  } catch (error) {
    if (!(error instanceof GrantsApiError)) throw error;
    report.error = error.explained;
    return report;
  }

  const principals = new Map<string, Promise<ServicePrincipalPayload | undefined>>();
  const principal = (id: string | undefined): Promise<ServicePrincipalPayload | undefined> => {
    if (!id || !GUID.test(id)) return Promise.resolve(undefined);
    if (!principals.has(id) && principals.size >= MAX_SERVICE_PRINCIPALS) return Promise.resolve(undefined);
    if (!principals.has(id)) {
      const url = `${base}/v1.0/servicePrincipals/${id}?$select=id,appId,displayName,publisherName,verifiedPublisher,appRoles`;
      principals.set(id, callJson<ServicePrincipalPayload>(url, `reading app ${id} (GET /servicePrincipals/${id})`, explainGraphError, { headers: auth, fetch: options.fetch }).then((a) => a.data, () => undefined));
    }
    return principals.get(id)!;
  };

  report.sections.push(
    await section('delegated-grants', 'Apps you (or an administrator for everyone) let act as you', async () => {
      const grants = await listAll<PermissionGrantPayload>(base, '/v1.0/me/oauth2PermissionGrants', token, 'listing your delegated permission grants (GET /me/oauth2PermissionGrants)', options.fetch);
      return Promise.all(grants.map(async (g) => assessPermissionGrant(g, await principal(g.clientId), await principal(g.resourceId))));
    }),
    await section('app-roles', 'Apps you are assigned to (app role assignments)', async () => {
      const assignments = await listAll<AppRoleAssignmentPayload>(base, '/v1.0/me/appRoleAssignments', token, 'listing your app role assignments (GET /me/appRoleAssignments)', options.fetch);
      return Promise.all(assignments.map(async (a) => assessAppRoleAssignment(a, await principal(a.resourceId))));
    }),
  );
  report.risk = worstRisk(report.sections.flatMap((s) => s.grants ?? []).map((g) => g.risk));
  return report;
}
