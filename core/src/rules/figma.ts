/**
 * Figma personal access tokens: `figd_` prefix.
 * https://developers.figma.com/docs/rest-api/authentication/#access-tokens
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'figma-pat',
    provider: 'figma',
    description: 'Figma personal access token',
    regex: standalone('figd_[A-Za-z0-9_-]{38,100}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['figd_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://www.figma.com/settings',
    samples: {
      match: [{ text: 'curl -H "X-Figma-Token: figd_zoUSM0qWYoztYyyQlJE60dPc5maZlze_RzAb9Moc" https://api.figma.com/v1/me', reason: 'API header' }],
      noMatch: [{ text: 'figd_abc', reason: 'too short' }],
    },
  },
];
