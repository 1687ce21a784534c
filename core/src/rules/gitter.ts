/**
 * Gitter personal access tokens (40 characters), used as a bearer token with api.gitter.im.
 * https://developer.gitter.im/docs/authentication
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'gitter-access-token',
    provider: 'gitter',
    description: 'Gitter access token assigned to a Gitter variable',
    regex: assignment(['gitter'], '[A-Za-z0-9_-]{40}'),
    keywords: ['gitter'],
    window: NEXT_LINE,
    severity: 'medium',
    lifetime: 'long-lived',
    entropy: 3.2,
    rotateUrl: 'https://developer.gitter.im/apps',
    samples: {
      match: [{ text: 'GITTER_TOKEN=4df722c752cf615f0e4306df2eb4bff105b58571', reason: 'dotenv' }],
      noMatch: [{ text: 'GITTER_ROOM=acme-corp/developers-chat-room', reason: 'room name' }],
    },
  },
];
