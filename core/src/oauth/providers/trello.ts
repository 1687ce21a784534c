/**
 * Trello authorization (`trello.com/1/authorize?key=…&scope=read,write,account&expiration=…`): three
 * scopes, a token that by default lasts 30 days, `expiration=never` for one that never expires, and the
 * token handed back in the URL fragment (`response_type=token`).
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'read', risk: 'medium', grants: 'Read every board, list, card and member the user can see, including private boards.' },
  { scope: 'write', risk: 'high', grants: 'Create, change, archive and delete boards, lists and cards as the user.', narrower: 'read' },
  { scope: 'account', risk: 'high', grants: 'Read the user’s email and change their account and notifications.' },
];

export const trelloScopes: ScopeCatalog = {
  provider: 'trello',
  name: 'Trello',
  sources: ['https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/'],
  scopes: entries,
  unscoped: { why: 'A Trello request without scope gets read access to every board the user can see', risk: 'medium' },
};
