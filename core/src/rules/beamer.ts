/**
 * Beamer API keys: `b_` + 44 URL-safe characters, sent as the `Beamer-Api-Key` header.
 * https://www.getbeamer.com/api
 */
import type { Rule } from '../engine/types.js';
import { assignment } from './patterns.js';

/** Values may sit on the line after their name (`<fooToken>\n  value\n</fooToken>`). */
const NEXT_LINE = { before: 32, after: 300, crossLines: true };

export const rules: Rule[] = [
  {
    id: 'beamer-api-token',
    provider: 'beamer',
    description: 'Beamer API key',
    regex: assignment(['beamer'], 'b_[A-Za-z0-9=_-]{44}'),
    keywords: ['beamer'],
    window: NEXT_LINE,
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://app.getbeamer.com/settings',
    samples: {
      match: [{ text: "'Beamer-Api-Key': 'b_B46L3tkCwAjAQLrzx74XuMMwaKUEwvzm2Nya-6k5M70o'", reason: 'API header' }],
      noMatch: [{ text: 'beamer_product_id = "utaDX51u"', reason: 'product id' }],
    },
  },
];
