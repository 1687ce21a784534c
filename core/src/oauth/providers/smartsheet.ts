/** Smartsheet access scopes (`app.smartsheet.com/b/authorize`), upper-case. */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'READ_SHEETS', risk: 'medium', grants: 'Read every sheet, report, workspace and attachment the user can see.' },
  { scope: 'WRITE_SHEETS', risk: 'high', grants: 'Change rows, columns and attachments of sheets the user can edit.', narrower: 'READ_SHEETS' },
  { scope: 'CREATE_SHEETS', risk: 'medium', grants: 'Create sheets, folders and workspaces.' },
  { scope: 'DELETE_SHEETS', risk: 'high', grants: 'Delete sheets the user owns.' },
  { scope: 'SHARE_SHEETS', risk: 'high', grants: 'Share sheets with anyone, including outside the organisation.' },
  { scope: 'ADMIN_SHEETS', risk: 'high', grants: 'Change sheet structure and sharing as an admin of the sheet.' },
  { scope: 'ADMIN_WORKSPACES', risk: 'high', grants: 'Create, change and delete workspaces and their sharing.' },
  { scope: 'ADMIN_WEBHOOKS', risk: 'high', grants: 'Create webhooks that send sheet changes elsewhere.' },
  { scope: 'ADMIN_USERS', risk: 'critical', grants: 'Add, change and remove the organisation’s users (as a system admin).' },
  { scope: 'READ_USERS', risk: 'low', grants: 'Read the organisation’s users.' },
  { scope: 'READ_CONTACTS', risk: 'low', grants: 'Read the user’s contacts.' },
  { scope: 'READ_EVENTS', risk: 'high', grants: 'Read the organisation’s event log (system admin).' },
  { scope: 'READ_SIGHTS', risk: 'low', grants: 'Read dashboards.' },
  { scope: 'CREATE_SIGHTS', risk: 'low', grants: 'Create dashboards.' },
  { scope: 'DELETE_SIGHTS', risk: 'medium', grants: 'Delete dashboards.' },
  { scope: 'SHARE_SIGHTS', risk: 'medium', grants: 'Share dashboards.' },
  { scope: 'ADMIN_SIGHTS', risk: 'medium', grants: 'Change dashboards’ sharing and publishing.' },
];

export const smartsheetScopes: ScopeCatalog = {
  provider: 'smartsheet',
  name: 'Smartsheet',
  sources: ['https://developers.smartsheet.com/api/smartsheet/guides/advanced-topics/scopes', 'https://developers.smartsheet.com/api/smartsheet/guides/basics/authentication'],
  scopes: entries,
};
