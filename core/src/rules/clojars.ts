/**
 * Clojars deploy tokens: `CLOJARS_` + 60 lowercase hex/alphanumeric characters.
 * https://github.com/clojars/clojars-web/wiki/Deploy-Tokens
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'clojars-deploy-token',
    provider: 'clojars',
    description: 'Clojars deploy token',
    regex: standalone('CLOJARS_[a-z0-9]{60}'),
    keywords: ['clojars_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://clojars.org/tokens',
    samples: {
      match: [{ text: ':password "CLOJARS_r29olgndsl6383qcr2xldn9481cv3hug2fjh6sujx81zm796zn1c1rr8jcjd"', reason: 'profiles.clj' }],
      noMatch: [{ text: 'CLOJARS_h9qefxsi4tjw1esvluyjn9b96gijp0', reason: 'too short' }],
    },
  },
];
