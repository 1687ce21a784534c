/**
 * Notion has no OAuth scopes: its authorize URL carries no `scope`, and what a public integration may do
 * is fixed by the *capabilities* configured on the integration, applied to the pages the user picks on
 * the consent screen (and all their children). We model each capability as a pseudo-scope, spelled in
 * snake_case after the capability's name, so a consent screen or integration config can still be rated.
 * `normalize` accepts the dashboard labels ("Read content" -> `read_content`).
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const PICK_PAGES = 'share only the pages the integration needs: access extends to every child page';

const entries: ScopeEntry[] = [
  { scope: 'read_content', risk: 'medium', grants: 'Read the shared pages, databases and blocks, and all their children.', narrower: PICK_PAGES },
  { scope: 'update_content', risk: 'high', grants: 'Change and archive existing content of the shared pages and databases.', narrower: 'insert_content if the integration only adds pages' },
  { scope: 'insert_content', risk: 'medium', grants: 'Create new pages and blocks under the shared pages and databases.' },
  { scope: 'read_comments', risk: 'medium', grants: 'Read comments on the shared pages and blocks.' },
  { scope: 'insert_comments', risk: 'low', grants: 'Add comments to the shared pages and discussions.' },
  { scope: 'user_information_with_email', risk: 'medium', grants: 'Names, avatars and email addresses of every workspace member.', narrower: 'user_information_without_email' },
  { scope: 'user_information_without_email', risk: 'low', grants: 'Names and avatars of workspace members, without email addresses.' },
  { scope: 'no_user_information', risk: 'low', grants: 'No information about users.' },
];

function toCapabilitySpelling(scope: string): string {
  return scope
    .trim()
    .toLowerCase()
    .replace(/(?<!\s)\s+(including|with)\s+email(\s+addresses)?$/, '_with_email')
    .replace(/(?<!\s)\s+without\s+email(\s+addresses)?$/, '_without_email')
    .replace(/^read\s+user\s+information/, 'user_information')
    .replace(/[\s-]+/g, '_');
}

export const notionScopes: ScopeCatalog = {
  provider: 'notion',
  name: 'Notion (integration capabilities)',
  sources: ['https://developers.notion.com/reference/capabilities', 'https://developers.notion.com/reference/authorization'],
  scopes: entries,
  normalize: toCapabilitySpelling,
  unscoped: { why: 'Notion requests carry no scopes: the integration gets the capabilities set on it, for every page the user shares and all their children', risk: 'medium' },
};
