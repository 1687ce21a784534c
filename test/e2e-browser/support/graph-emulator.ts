/**
 * A loopback emulator of the Microsoft Graph v1.0 endpoints the browser's grants audit calls, with
 * Graph's documented shapes: GET /me, /me/oauth2PermissionGrants and /me/appRoleAssignments (collections
 * under `value`, paged with `@odata.nextLink`), /servicePrincipals/{id}; errors as
 * `{ error: { code, message } }` (https://learn.microsoft.com/graph/errors). A Route for
 * test/emulators/loopback-server.ts; the Chromium e2e serves it as graph.microsoft.com.
 */
import type { EmulatedReply, EmulatedRequest, Route } from '../../emulators/loopback-server.js';

export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

/** Service principals of the tenant (object ids are GUIDs, as Graph's are). */
export const SERVICE_PRINCIPALS = {
  graph: { id: '8a3d1f0e-0000-4000-8000-000000000001', appId: GRAPH_APP_ID, displayName: 'Microsoft Graph', publisherName: 'Microsoft Services', verifiedPublisher: { displayName: null, verifiedPublisherId: null }, appRoles: [] },
  mailer: { id: '8a3d1f0e-0000-4000-8000-000000000002', appId: 'c0ffee00-1111-4222-8333-444455556666', displayName: 'Contoso Mailer', publisherName: 'Contoso Mailer Ltd', verifiedPublisher: { displayName: null, verifiedPublisherId: null }, appRoles: [] },
  sync: { id: '8a3d1f0e-0000-4000-8000-000000000003', appId: 'c0ffee00-2222-4222-8333-444455556666', displayName: 'Acme Directory Sync', publisherName: 'Acme', verifiedPublisher: { displayName: 'Acme Corporation', verifiedPublisherId: '1234567' }, appRoles: [] },
  wiki: {
    id: '8a3d1f0e-0000-4000-8000-000000000004',
    appId: 'c0ffee00-3333-4222-8333-444455556666',
    displayName: 'Contoso Wiki API',
    publisherName: 'Contoso',
    verifiedPublisher: { displayName: 'Contoso', verifiedPublisherId: '7654321' },
    appRoles: [{ id: 'aaaaaaaa-0000-4000-8000-00000000000a', value: 'Wiki.Admin', displayName: 'Wiki administrator' }],
  },
  reader: { id: '8a3d1f0e-0000-4000-8000-000000000005', appId: 'c0ffee00-4444-4222-8333-444455556666', displayName: 'Wiki Reader', publisherName: 'Contoso', verifiedPublisher: { displayName: 'Contoso', verifiedPublisherId: '7654321' }, appRoles: [] },
} as const;

const USER_ID = '5b2e9c1d-aaaa-4bbb-8ccc-ddddeeeeffff';

export const PERMISSION_GRANTS = [
  { id: 'grant-mailer', clientId: SERVICE_PRINCIPALS.mailer.id, consentType: 'Principal', principalId: USER_ID, resourceId: SERVICE_PRINCIPALS.graph.id, scope: 'openid profile offline_access Mail.ReadWrite Mail.Send' },
  { id: 'grant-sync', clientId: SERVICE_PRINCIPALS.sync.id, consentType: 'AllPrincipals', principalId: null, resourceId: SERVICE_PRINCIPALS.graph.id, scope: 'User.Read Directory.ReadWrite.All' },
  { id: 'grant-reader', clientId: SERVICE_PRINCIPALS.reader.id, consentType: 'Principal', principalId: USER_ID, resourceId: SERVICE_PRINCIPALS.wiki.id, scope: 'wiki.read' },
];

export const APP_ROLE_ASSIGNMENTS = [
  { id: 'assign-wiki', appRoleId: SERVICE_PRINCIPALS.wiki.appRoles[0]!.id, principalId: USER_ID, resourceId: SERVICE_PRINCIPALS.wiki.id, resourceDisplayName: 'Contoso Wiki API', createdDateTime: '2025-02-01T10:00:00Z' },
  { id: 'assign-default', appRoleId: '00000000-0000-0000-0000-000000000000', principalId: USER_ID, resourceId: SERVICE_PRINCIPALS.reader.id, resourceDisplayName: 'Wiki Reader', createdDateTime: '2025-02-02T10:00:00Z' },
];

export interface GraphEmulatorTokens {
  /** Sees everything. */
  good: string;
  /** Signs in, but may not list permission grants (403 Authorization_RequestDenied). */
  limited: string;
  /** Its grants list ends with a nextLink to another host, which must not be followed. */
  leaky: string;
}

const graphError = (status: number, code: string, message: string): EmulatedReply => ({
  status,
  headers: { 'request-id': 'e2e-00000000', 'client-request-id': 'e2e-00000000' },
  body: { error: { code, message, innerError: { date: '2025-06-01T00:00:00', 'request-id': 'e2e-00000000' } } },
});

/** `baseUrl()` is where this emulator is reached (for nextLink). */
export function graphEmulator(tokens: GraphEmulatorTokens, baseUrl: () => string): Route {
  return (request: EmulatedRequest) => {
    const url = new URL(request.url, 'http://graph.invalid');
    if (!url.pathname.startsWith('/v1.0/')) return undefined;
    const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!token || !Object.values(tokens).includes(token)) return graphError(401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.');
    if (request.method !== 'GET') return graphError(405, 'Request_BadRequest', 'Only GET is emulated.');
    const path = url.pathname.slice('/v1.0'.length);
    if (path === '/me') return { status: 200, body: { '@odata.context': `${baseUrl()}/v1.0/$metadata#users/$entity`, displayName: 'Grace Hopper', userPrincipalName: 'grace@contoso.example', mail: 'grace@contoso.example', id: USER_ID } };
    if (path === '/me/oauth2PermissionGrants') {
      if (token === tokens.limited) return graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
      // Two pages, as Graph pages large collections.
      const page = url.searchParams.get('$skiptoken');
      if (!page) return { status: 200, body: { value: PERMISSION_GRANTS.slice(0, 2), '@odata.nextLink': `${baseUrl()}/v1.0/me/oauth2PermissionGrants?$skiptoken=page2` } };
      const next = token === tokens.leaky ? { '@odata.nextLink': 'https://collector.invalid/v1.0/me/oauth2PermissionGrants?$skiptoken=steal' } : {};
      return { status: 200, body: { value: PERMISSION_GRANTS.slice(2), ...next } };
    }
    if (path === '/me/appRoleAssignments') return { status: 200, body: { value: APP_ROLE_ASSIGNMENTS } };
    const principal = /^\/servicePrincipals\/([0-9a-f-]{36})$/.exec(path)?.[1];
    if (principal) {
      const found = Object.values(SERVICE_PRINCIPALS).find((sp) => sp.id === principal);
      return found ? { status: 200, body: found } : graphError(404, 'Request_ResourceNotFound', `Resource '${principal}' does not exist.`);
    }
    return graphError(404, 'Request_ResourceNotFound', `No emulated resource at ${path}.`);
  };
}
