/**
 * Algolia API keys (32 hex). The Admin key and write keys grant full index control; the Search-only key
 * is meant for browsers. https://www.algolia.com/doc/guides/security/api-keys/
 * The shape is the same for every key: the variable name decides the severity.
 */
import type { LifetimeEvidence, Rule, RuleContext } from '../engine/types.js';
import { assignment } from './patterns.js';

function byName({ match }: RuleContext): LifetimeEvidence {
  const name = match.toLowerCase();
  if (/admin|write|master/.test(name)) return { lifetime: 'long-lived', severity: 'critical', note: 'admin or write key' };
  if (/search|public|read/.test(name)) return { lifetime: 'long-lived', severity: 'low', note: 'search-only key (public by design)' };
  return { lifetime: 'long-lived' };
}

export const rules: Rule[] = [
  {
    id: 'algolia-api-key',
    provider: 'algolia',
    description: 'Algolia API key (32 hex) assigned to an Algolia-named variable',
    regex: assignment(['algolia'], '[a-f0-9]{32}'),
    keywords: ['algolia'],
    window: { before: 64, after: 320, crossLines: true },
    severity: 'high',
    lifetime: byName,
    entropy: 3,
    rotateUrl: 'https://dashboard.algolia.com/account/api-keys',
    samples: {
      match: [
        { text: 'ALGOLIA_ADMIN_KEY=cba0afa707e1448c828b4136d3b97429', reason: 'admin key' },
        { text: "algoliaSearchKey: '3d9e1c5a7b2f4068a1c3e5d7f9b02468'", reason: 'search key (low)' },
      ],
      noMatch: [{ text: 'ALGOLIA_APP_ID=VX6PW9ZVDV', reason: 'application id' }],
    },
  },
];
