/**
 * ReadMe (readme.com) API keys: `rdme_` + 70 lowercase alphanumerics.
 * https://docs.readme.com/main/reference/intro/authentication
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'readme-api-token',
    provider: 'readme',
    description: 'ReadMe API key',
    regex: standalone('rdme_[a-z0-9]{70}'),
    keywords: ['rdme_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://dash.readme.com/',
    samples: {
      match: [{ text: 'npx rdme openapi spec.json --key=rdme_093zsypkcvs6w0qfg0unpp71kxbqzo579xr7j7idmmv39x7ogfpkndwj3k3e1t67thbfu1', reason: 'rdme CLI' }],
      noMatch: [{ text: "const API_KEY = 'rdme_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX';", reason: 'placeholder' }],
    },
  },
];
