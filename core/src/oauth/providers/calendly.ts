/**
 * Calendly OAuth scopes, introduced in 2026: new apps get nothing until scopes are requested; legacy
 * apps and tokens from before keep full access to the user's account. Refresh tokens do not expire
 * until they are used. Catalogued here: the scheduling scopes we could confirm in Calendly's scope
 * catalog; other `:read`/`:write` scopes fall back to the heuristic.
 */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'availability:read', risk: 'low', grants: 'Read the user’s and event types’ availability and busy times.' },
  { scope: 'availability:write', risk: 'medium', grants: 'Change event types’ availability schedules.' },
  { scope: 'event_types:read', risk: 'low', grants: 'Read event types and their available times.' },
  { scope: 'event_types:write', risk: 'medium', grants: 'Create and change event types, including one-off ones.' },
  { scope: 'locations:read', risk: 'low', grants: 'Read configured meeting locations.' },
];

export const calendlyScopes: ScopeCatalog = {
  provider: 'calendly',
  name: 'Calendly',
  sources: [
    'https://developer.calendly.com/docs/authentication/scopes',
    'https://developer.calendly.com/how-to-access-calendly-data-on-behalf-of-authenticated-users',
  ],
  scopes: entries,
  unscoped: { why: 'A Calendly request without scope gets what the app registration says, full access to the user’s account for legacy apps', risk: 'medium' },
  longLivedByDefault: 'Calendly refresh tokens do not expire until they are used',
};
