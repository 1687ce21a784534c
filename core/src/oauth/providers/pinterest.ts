/** Pinterest API v5 scopes (`www.pinterest.com/oauth/`). `_secret` scopes reach secret boards and pins. */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'user_accounts:read', risk: 'low', grants: 'The user’s account information.' },
  { scope: 'boards:read', risk: 'low', grants: 'Public boards and group boards.' },
  { scope: 'boards:read_secret', risk: 'medium', grants: 'The user’s secret boards.' },
  { scope: 'boards:write', risk: 'medium', grants: 'Create, change and delete public boards.' },
  { scope: 'boards:write_secret', risk: 'medium', grants: 'Create, change and delete secret boards.' },
  { scope: 'pins:read', risk: 'low', grants: 'Public pins.' },
  { scope: 'pins:read_secret', risk: 'medium', grants: 'Pins on secret boards.' },
  { scope: 'pins:write', risk: 'medium', grants: 'Create, change and delete public pins.' },
  { scope: 'pins:write_secret', risk: 'medium', grants: 'Create, change and delete secret pins.' },
  { scope: 'ads:read', risk: 'medium', grants: 'Read ad accounts, campaigns and analytics.' },
  { scope: 'ads:write', risk: 'critical', grants: 'Create and change campaigns in the user’s ad accounts: spends money.', narrower: 'ads:read' },
  { scope: 'billing:read', risk: 'medium', grants: 'Read billing information of ad accounts.' },
  { scope: 'billing:write', risk: 'high', grants: 'Change billing of ad accounts.' },
  { scope: 'catalogs:read', risk: 'low', grants: 'Read catalogs.' },
  { scope: 'catalogs:write', risk: 'medium', grants: 'Change catalogs.' },
  { scope: 'biz_access:read', risk: 'medium', grants: 'Read business access (who can use the business account).' },
  { scope: 'biz_access:write', risk: 'high', grants: 'Grant and remove business access.' },
];

export const pinterestScopes: ScopeCatalog = {
  provider: 'pinterest',
  name: 'Pinterest',
  sources: ['https://developers.pinterest.com/docs/getting-started/set-up-authentication-and-authorization/', 'https://developers.pinterest.com/docs/api/v5/'],
  scopes: entries,
};
