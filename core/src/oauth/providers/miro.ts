/**
 * Miro REST API scopes. They are set on the app in Miro's app settings, not in the authorize URL
 * (`miro.com/oauth/authorize?response_type=code&client_id=…`): the consent screen lists them and the
 * user picks a team. Access tokens do not expire unless the app enabled expiring tokens.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'boards:read', risk: 'medium', grants: 'Read every board the user can see in the team, with their content.' },
  { scope: 'boards:write', risk: 'high', grants: 'Create, change and delete boards and their items, and share them.', narrower: 'boards:read' },
  { scope: 'identity:read', risk: 'low', grants: 'The user’s name and email.' },
  { scope: 'identity:write', risk: 'low', grants: 'Change the user’s name.' },
  { scope: 'team:read', risk: 'low', grants: 'Read the team’s name and settings.' },
  { scope: 'team:write', risk: 'high', grants: 'Change team settings and invite or remove members.' },
  { scope: 'microphone:listen', risk: 'medium', grants: 'Use the microphone in the Web SDK.' },
  { scope: 'screen:record', risk: 'medium', grants: 'Record the screen in the Web SDK.' },
  { scope: 'webcam:record', risk: 'medium', grants: 'Record the webcam in the Web SDK.' },
  { scope: 'organizations:read', risk: 'medium', grants: 'Read the organisation and its members (Enterprise).' },
  { scope: 'organizations:teams:read', risk: 'medium', grants: 'Read the organisation’s teams (Enterprise).' },
  { scope: 'organizations:teams:write', risk: 'critical', grants: 'Create teams and change their members across the organisation (Enterprise).' },
  { scope: 'projects:read', risk: 'low', grants: 'Read projects (Enterprise).' },
  { scope: 'projects:write', risk: 'medium', grants: 'Create and change projects (Enterprise).' },
  { scope: 'auditlogs:read', risk: 'high', grants: 'Read the organisation’s audit logs (Enterprise).' },
];

export const miroScopes: ScopeCatalog = {
  provider: 'miro',
  name: 'Miro',
  sources: ['https://developers.miro.com/reference/scopes', 'https://developers.miro.com/docs/getting-started-with-oauth'],
  scopes: entries,
  unscoped: { why: 'Miro apps get the scopes set in their app settings (listed on the consent screen), for the whole team the user picks', risk: 'medium' },
  longLivedByDefault: 'Miro access tokens do not expire unless the app enabled expiring tokens',
};
