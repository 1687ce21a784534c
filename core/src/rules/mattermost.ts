/**
 * Mattermost personal access tokens and bot tokens (26 lowercase alphanumerics).
 * https://developers.mattermost.com/integrate/reference/personal-access-token/
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'mattermost-access-token',
    provider: 'mattermost',
    description: 'Mattermost personal access or bot token assigned to a Mattermost variable',
    regex: assignment(['mattermost'], '[a-z0-9]{26}'),
    keywords: ['mattermost'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    samples: {
      match: [{ text: 'MATTERMOST_TOKEN=p2f2pq8pshghzv1l3xjc6hxjy3', reason: 'dotenv' }],
      noMatch: [{ text: 'MATTERMOST_URL=https://chat.example.com', reason: 'not a token' }],
    },
  },
];
